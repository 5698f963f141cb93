import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { euStripVisible, skipLinkProblem, WIDTHS } from '../support/a11y.ts';
import { urlOf } from '../../scripts/lib/pages.ts';
import { serve } from '../support/server.ts';
import { useBrowserSession } from '../support/session.ts';

const { real, fixtureSubPath } = inject('sites');

const session = useBrowserSession(real.dir);
const open = (path: string, width: number) => session.open(path, width);

describe('the EU logo strip', () => {
  for (const width of WIDTHS) {
    it(`is inside the first viewport at ${width} px on every kind of page`, async () => {
      for (const path of ['/', '/modele/gminy-miejskie/', '/deklaracja-dostepnosci/', '/nie-ma-takiej-strony/']) {
        const page = await open(path, width);
        expect(await euStripVisible(page), path).toBe(true);
        await page.context().close();
      }
    });
  }

  it('the check fails when the strip is pushed below the fold', async () => {
    const page = await session.open('/', 375, 667, { plant: true });
    await page.addStyleTag({ content: '.eu { margin-top: 2000px; }' });
    expect(await euStripVisible(page)).toBe(false);
    await page.context().close();
  });
});

describe('narrow screens', () => {
  it('reflows every kind of page at 320 px without horizontal scrolling', async () => {
    const wide: string[] = [];
    for (const path of ['/', '/modele/', '/modele/gminy-miejskie/', '/narzedzia/arkusz-diagnozy/', '/rekomendacje/', '/szukaj/', '/do-pobrania/', '/deklaracja-dostepnosci/']) {
      const page = await session.open(path, 320, 640);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
      await page.context().close();
    }
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
  async function foreignRequests(dir: string, base: string, extraHtml?: string): Promise<string[]> {
    const site = await serve(dir, base);
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.origin)) foreign.push(r.url());
    });
    for (const file of htmlFiles(dir)) {
      await page.goto(site.origin + urlOf(file, base));
      if (extraHtml) await page.evaluate((h) => document.body.insertAdjacentHTML('beforeend', h), extraHtml);
      await page.waitForLoadState('networkidle');
      if (extraHtml) break;
    }
    await context.close();
    await site.close();
    return foreign;
  }

  it('no page built from the project’s content asks another origin for anything', async () => {
    expect(await foreignRequests(real.dir, '/')).toEqual([]);
  });

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

  it('the check reports a planted image from another origin', async () => {
    expect(await foreignRequests(real.dir, '/', '<img src="http://127.0.0.2:9/x.png" alt="x">')).toEqual(['http://127.0.0.2:9/x.png']);
  });
});
