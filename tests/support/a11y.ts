/** Browser checks shared by the accessibility and layout tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WIDTHS = [375, 1280] as const;

/** axe violations on the loaded page as „rule: target” lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Whether the EU logo strip is entirely inside the first viewport, without scrolling. */
export async function euStripVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const img = document.querySelector('.eu img');
    if (!img) return false;
    const r = img.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0 && r.height > 0 && window.scrollY === 0;
  });
}

/** Tabs to the skip link, follows it, and says what went wrong, if anything. */
export async function skipLinkProblem(page: Page): Promise<string | undefined> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
  if (first.text !== 'Przejdź do treści') return `first Tab stop is „${first.text}”`;
  const visible = await page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  if (!visible) return 'skip link is not visible when focused';
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'tresc') return `focus after the skip link is on „${focused}”, not on main`;
  return undefined;
}
