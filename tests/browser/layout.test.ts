import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { skipLinkProblem } from '../support/a11y.ts';
import { urlOf } from '../../scripts/lib/pages.ts';
import { serve } from '../support/server.ts';
import { useBrowserSession } from '../support/session.ts';
import { siteTemplates } from '../support/templates.ts';

const { real, fixtureSubPath } = inject('sites');

const session = useBrowserSession(real.dir);
const open = (path: string, width: number) => session.open(path, width);

// The EU logo strip in the first viewport, and its check's planted fault, are checked on every page in the pass of accessibility.test.ts.

describe('narrow screens', () => {
  it('reflows one page of each template at 320 px without horizontal scrolling', async () => {
    const wide: string[] = [];
    const page = await session.open('/', 320, 640);
    for (const path of siteTemplates(real.dir).map((t) => t.sample)) {
      await page.goto(session.server.origin + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    await page.context().close();
    expect(wide).toEqual([]);
  });

  it('the reflow check notices a page wider than the screen', async () => {
    const page = await session.open('/', 320, 640, { plant: true });
    await page.addStyleTag({ content: 'main { min-width: 600px; }' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('keyboard use', () => {
  it('reaches the main content through the skip link', async () => {
    const page = await open('/modele/', 1280);
    expect(await skipLinkProblem(page)).toBeUndefined();
    await page.context().close();
  });

  it('the skip link check fails when the link does not lead to main', async () => {
    const page = await open('/modele/', 1280);
    await page.evaluate(() => document.getElementById('tresc')?.removeAttribute('id'));
    expect(await skipLinkProblem(page)).toMatch(/^focus after the skip link is on/);
    await page.context().close();
  });

  it('shows where the focus is on every link of the header', async () => {
    const page = await open('/', 1280);
    const invisible: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { text: el.textContent?.trim(), visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (!focus.visible) invisible.push(String(focus.text));
    }
    expect(invisible).toEqual([]);
    await page.context().close();
  });
});

describe('requests', () => {
  // That no page asks another origin for anything is checked while axe checks every page (accessibility.test.ts).
  it('no page under a sub-path asks another origin or a path outside the sub-path', async () => {
    const site = await serve(fixtureSubPath.dir, fixtureSubPath.base);
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(r.url());
    });
    for (const file of htmlFiles(fixtureSubPath.dir).filter((f) => f !== '404.html')) {
      await page.goto(site.origin + urlOf(file, fixtureSubPath.base));
    }
    await context.close();
    await site.close();
    expect(failed).toEqual([]);
    expect(site.requests.every((r) => r.startsWith(fixtureSubPath.base))).toBe(true);
  });
});
