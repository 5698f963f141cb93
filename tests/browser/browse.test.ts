import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../../scripts/lib/pages.ts';
import { recommendationGroup } from '../../src/content/recommendation-groups.ts';
import { ADDRESSEES, label } from '../../src/domain/vocabulary.ts';
import { WORDS } from '../../src/domain/words/index.ts';
import { contentOf } from '../support/build-sites.ts';
import { useBrowserSession } from '../support/session.ts';

const { real } = inject('sites');
const session = useBrowserSession(real.dir);
const content = contentOf(real);

/** A phone and a desktop, with JavaScript off: browsing must not need it. */
async function openWithoutScripts(path: string, width: number): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: width < 500 ? 740 : 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.server.origin + path);
  return page;
}

/** Follows a link of the main navigation; on a phone whose menu is folded away, opens it first (one more click). */
async function followNavigation(page: Page, name: string): Promise<number> {
  const link = page.locator('header nav a', { hasText: name }).first();
  let clicks = 0;
  if (!(await link.isVisible())) {
    await page.locator('header summary').first().click();
    clicks++;
  }
  await Promise.all([page.waitForURL((u) => u.pathname !== '/'), link.click()]);
  return clicks + 1;
}

describe.each([375, 1280])('browsing at %i px without JavaScript', (width) => {
  it('takes a PCPR employee from the home page to every recommendation for PCPR through the list of recommendations', async () => {
    const page = await openWithoutScripts('/', width);
    let clicks = await followNavigation(page, WORDS.common.recommendations);
    expect(new URL(page.url()).pathname).toBe('/rekomendacje/');
    const pcpr = page.getByRole('navigation', { name: WORDS.pages.recommendations.browse }).getByRole('link', { name: label(ADDRESSEES, 'pcpr'), exact: true });
    await Promise.all([page.waitForURL('**/rekomendacje/adresat/pcpr/'), pcpr.click()]);
    clicks++;
    const { group } = recommendationGroup(content, 'adresat', 'pcpr');
    const listed = await page.locator('main .list > li > h3 > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(group.items.map((r) => r.path));
    expect(group.items.length).toBeGreaterThan(0);
    expect(clicks).toBeLessThanOrEqual(width < 500 ? 3 : 2);
    await page.context().close();
  });

  it('goes from a recommendation to the other recommendations of one of its addressees with the keyboard', async () => {
    const rec = content.recommendations.find((r) => r.data.adresaci.includes('pcpr'))!;
    const page = await openWithoutScripts(rec.path, width);
    const link = page.locator('main dl.meta a[href="/rekomendacje/adresat/pcpr/"]');
    await link.focus();
    await Promise.all([page.waitForURL('**/rekomendacje/adresat/pcpr/'), page.keyboard.press('Enter')]);
    await expect(page.locator(`main .list a[href="${rec.path}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('jumps from a letter of a glossary’s A–Z index to its section, which comes into view', async () => {
    const glossary = readPages(real.dir, real.base).find((p) => p.dom.querySelector('main nav.az'))!;
    const page = await openWithoutScripts(glossary.url, width);
    const last = page.locator('main nav.az a').last();
    const target = (await last.getAttribute('href'))!;
    await last.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === target);
    const box = await page.locator(target).boundingBox();
    // Scrolled to the top, give or take the sub-pixel rounding of the scroll position.
    expect(box!.y).toBeGreaterThan(-1);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    await page.context().close();
  });
});
