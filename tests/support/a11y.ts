/** Browser checks shared by the accessibility and layout tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WIDTHS = [375, 1280] as const;

/** axe-core as @axe-core/playwright has it (the same version, without a dependency of its own). */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Makes axe part of every page the context opens, before the page's own
 * scripts: parsed once per page by the browser instead of sent over the
 * wire for every check, which makes a check several times faster.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(AXE_SOURCE);
}

/** axe violations (WCAG 2.1 A and AA) on the loaded page as „rule: target” lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, WCAG_TAGS);
  return violations.flatMap((v) => v.targets.map((t) => `${v.id}: ${t}`));
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
