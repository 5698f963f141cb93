import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { axeViolations, euStripVisible, skipLinkProblem } from '../support/a11y.ts';
import { firstPrintedPage, focusedText, headerBottom, hiddenNavLinks, menuButton, normalise, PHONE, phoneTableProblems, printProblems } from '../support/chrome-checks.ts';
import { WORDS } from '../../src/domain/words/index.ts';
import { urlOf } from '../../scripts/lib/pages.ts';
import { serve } from '../support/server.ts';
import { useBrowserSession } from '../support/session.ts';
import { siteTemplates } from '../support/templates.ts';

const { real, fixture, fixtureSubPath } = inject('sites');

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

describe('the phone header', () => {
  const noScript = async (width: number, height: number, path: string): Promise<Page> => {
    const context = await session.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.server.origin + path);
    return page;
  };

  it('takes at most a quarter of a 375×740 screen on one page of each template, with the EU strip in view', async () => {
    const page = await session.open('/', PHONE.width, PHONE.height);
    const tall: string[] = [];
    for (const path of siteTemplates(real.dir).map((t) => t.sample)) {
      await page.goto(session.server.origin + path);
      const bottom = await headerBottom(page);
      if (bottom > PHONE.headerMax) tall.push(`${path}: ${bottom}px`);
      if (!(await euStripVisible(page))) tall.push(`${path}: EU strip out of view`);
    }
    await page.context().close();
    expect(tall).toEqual([]);
  });

  it('the height check notices a header taller than a quarter of the screen', async () => {
    const page = await session.open('/', PHONE.width, PHONE.height, { plant: true });
    await page.addStyleTag({ content: '.site-name span { display: block !important; } .site-header .wrap { padding-block: 1rem !important; }' });
    expect(await headerBottom(page)).toBeGreaterThan(PHONE.headerMax);
    await page.context().close();
  });

  it('leaves the current page out of the visible breadcrumb trail on a phone but keeps it for screen readers', async () => {
    const path = siteTemplates(real.dir).map((t) => t.sample).find((p) => p.split('/').length > 3)!;
    const page = await session.open(path, PHONE.width, PHONE.height);
    const current = page.locator('.crumbs [aria-current="page"]');
    const label = normalise((await current.textContent())!);
    expect(await current.evaluate((el) => el.closest('li')!.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(normalise(await page.locator('.crumbs').ariaSnapshot())).toContain(label);
    await page.context().close();
  });

  it('the trail check notices a current page hidden from screen readers too', async () => {
    const path = siteTemplates(real.dir).map((t) => t.sample).find((p) => p.split('/').length > 3)!;
    const page = await session.open(path, PHONE.width, PHONE.height, { plant: true });
    await page.addStyleTag({ content: '.crumbs li:last-child { display: none !important; }' });
    const label = normalise((await page.locator('.crumbs [aria-current="page"]').textContent())!);
    expect(normalise(await page.locator('.crumbs').ariaSnapshot())).not.toContain(label);
    await page.context().close();
  });

  it('opens and closes the navigation with the „Menu” button from the keyboard, without JavaScript', async () => {
    const page = await noScript(PHONE.width, PHONE.height, '/');
    const labels = await page.evaluate(() => [...document.querySelectorAll('.site-header nav a')].map((a) => a.textContent!.trim()));
    expect(labels.length).toBeGreaterThan(3);
    expect(await hiddenNavLinks(page)).toEqual(labels);
    let tabs = 0;
    while ((await focusedText(page)) !== WORDS.chrome.menu && tabs++ < 10) await page.keyboard.press('Tab');
    // Chromium exposes <summary> as a disclosure button (a button with an expanded state for screen readers).
    expect(await menuButton(page, WORDS.chrome.menu)).toEqual({ role: 'DisclosureTriangle', expanded: false });
    await page.keyboard.press('Enter');
    expect(await menuButton(page, WORDS.chrome.menu)).toEqual({ role: 'DisclosureTriangle', expanded: true });
    expect(await hiddenNavLinks(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('details.menu')!.hasAttribute('open'))).toBe(true);
    // The open list lies over the page below the header, inside the screen, and comes next in the tab order.
    const list = await page.evaluate(() => document.querySelector('.site-header nav')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(list.bottom).toBeLessThanOrEqual(PHONE.height);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(labels[0]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await hiddenNavLinks(page)).toEqual(labels);
    await page.context().close();
  });

  it('leaves no axe violation with the menu open on a phone', async () => {
    const page = await session.open('/narzedzia/', PHONE.width, PHONE.height);
    await page.click('summary');
    expect(await hiddenNavLinks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the whole navigation without the button on a wide screen, also without JavaScript', async () => {
    const page = await noScript(1280, 900, '/');
    expect(await page.locator('summary').isVisible()).toBe(false);
    expect(await hiddenNavLinks(page)).toEqual([]);
    await page.context().close();
  });

  it('the visibility check notices navigation links a reader cannot see', async () => {
    const page = await session.open('/', 1280, 900, { plant: true });
    await page.addStyleTag({ content: '.menu::details-content { content-visibility: hidden !important; }' });
    expect(await hiddenNavLinks(page)).not.toEqual([]);
    await page.context().close();
  });
});

describe('tables on phones', () => {
  const withTables = htmlFiles(real.dir)
    .filter((f) => readFileSync(join(real.dir, f), 'utf8').includes('<table'))
    .map((f) => urlOf(f, '/'));

  // Every page of both sites passes `phoneTableProblems` in the accessibility pass at 375 px
  // (tests/browser/accessibility.test.ts); these plant each fault it must catch on a real page with a table.
  it('the table check notices words split mid-word, a table outside a labelled region and a page wider than the screen', async () => {
    expect(withTables.length).toBeGreaterThan(2);
    const page = await session.open(withTables[0]!, PHONE.width, PHONE.height, { plant: true });
    expect(await phoneTableProblems(page)).toEqual([]);
    await page.addStyleTag({ content: '.tabela { table-layout: fixed !important; width: 100% !important; } .tabela th, .tabela td { overflow-wrap: anywhere !important; }' });
    expect((await phoneTableProblems(page)).filter((p) => p.startsWith('broken „'))).not.toEqual([]);
    // A region that keeps its name but lost its tabindex cannot be scrolled from the keyboard.
    await page.evaluate(() => {
      const region = document.querySelector('main table')!.closest('[tabindex="0"]')!;
      region.removeAttribute('tabindex');
      (window as unknown as { region: Element }).region = region;
    });
    expect((await phoneTableProblems(page)).filter((p) => / has no labelled, focusable region$/.test(p))).toHaveLength(1);
    await page.evaluate(() => (window as unknown as { region: Element }).region.setAttribute('tabindex', '0'));
    await page.evaluate(() => document.querySelector('main table')!.closest('[tabindex="0"]')!.removeAttribute('aria-labelledby'));
    await page.evaluate(() => document.querySelector('main table')!.closest('[tabindex="0"]')!.removeAttribute('aria-label'));
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('div'), { style: 'width: 900px; height: 1px' })));
    const problems = await phoneTableProblems(page);
    expect(problems.filter((p) => / has no labelled, focusable region$/.test(p))).toHaveLength(1);
    expect(problems.filter((p) => /^page \d+px wider than the screen$/.test(p))).toHaveLength(1);
    await page.context().close();
  });
});

describe('printing a tool page', () => {
  const chrome = [WORDS.chrome.searchField, WORDS.chrome.skipLink, WORDS.chrome.home, WORDS.chrome.menu, WORDS.chrome.publisher];
  /** The title, the body's first words and the form's first field (the start of the first form element's text). */
  const expectedOnFirstPage = (page: Page) =>
    page.evaluate(() => {
      const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/☐/g, '').trim().split(/\s+/).slice(0, 4).join(' ');
      const prose = document.querySelector('main .prose');
      return {
        title: document.querySelector('h1')?.textContent?.trim() ?? '',
        body: words(prose?.firstElementChild),
        form: words(prose?.querySelector('.pole__etykieta, .tabela th, .wybor')),
      };
    });
  const toolPaths = (dir: string) => htmlFiles(dir).filter((f) => /^narzedzia\/[^/]+\/index\.html$/.test(f)).map((f) => urlOf(f, '/'));

  /** The shortest, a middle and the longest tool page by size: every tool page has the same print style, they differ in length. */
  const sample = (dir: string) => {
    const bySize = toolPaths(dir).sort((a, b) => statSync(join(dir, a, 'index.html')).size - statSync(join(dir, b, 'index.html')).size);
    return [...new Set([bySize[0]!, bySize[Math.floor(bySize.length / 2)]!, bySize.at(-1)!])];
  };

  it('puts the title and the start of the body on page 1 of the shortest, a middle and the longest tool, without the header, search, menu, breadcrumbs, footer or skip link', async () => {
    const paths = sample(real.dir);
    expect(paths.length).toBe(3);
    const page = await session.open('/', 1280);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(session.server.origin + path);
      const { title, body } = await expectedOnFirstPage(page);
      problems.push(...printProblems(await firstPrintedPage(page), [title, body], chrome).map((p) => `${path}: ${p}`));
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('puts the form’s first field on page 1 when the body starts with the form', async () => {
    const site = await serve(fixture.dir);
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const paths = toolPaths(fixture.dir);
    expect(paths.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      const { title, form } = await expectedOnFirstPage(page);
      expect(form).not.toBe('');
      problems.push(...printProblems(await firstPrintedPage(page), [title, form], chrome).map((p) => `${path}: ${p}`));
    }
    await context.close();
    await site.close();
    expect(problems).toEqual([]);
  });

  it('the print check notices the search box and a title missing from page 1', async () => {
    const path = toolPaths(real.dir)[0]!;
    const page = await session.open(path, 1280, 900, { plant: true });
    await page.addStyleTag({ content: '@media print { .site-header { display: block !important; } main h1 { display: none !important; } }' });
    const { title } = await expectedOnFirstPage(page);
    expect(printProblems(await firstPrintedPage(page), [title], chrome)).toEqual(expect.arrayContaining([`page 1 lacks „${title}”`, `page 1 shows „${WORDS.chrome.searchField}”`]));
    await page.context().close();
  });
});
