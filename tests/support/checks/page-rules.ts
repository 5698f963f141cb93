/** Rules every page follows: Polish language, a unique title, one h1, a description, landmarks, the statement link. */
import type { BuiltPage } from '../../../scripts/lib/pages.ts';

export function pageRuleViolations(pages: readonly BuiltPage[]): string[] {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const p of pages) {
    const fail = (what: string) => problems.push(`${p.url}: ${what}`);
    if (p.dom.querySelector('html')?.getAttribute('lang') !== 'pl') fail('html lang is not "pl"');
    const title = p.dom.querySelector('title')?.textContent.trim() ?? '';
    if (!title) fail('no <title>');
    const other = titles.get(title);
    if (other) fail(`title „${title}” repeats ${other}`);
    titles.set(title, p.url);
    const h1s = p.dom.querySelectorAll('h1').length;
    if (h1s !== 1) fail(`${h1s} h1 elements`);
    if (!p.dom.querySelector('meta[name="description"]')?.getAttribute('content')) fail('no meta description');
    if (!p.dom.querySelector('meta[name="deklaracja-dostępności"]')) fail('no deklaracja-dostępności meta');
    for (const landmark of ['header', 'nav', 'main', 'footer']) if (!p.dom.querySelector(landmark)) fail(`no <${landmark}>`);
    if (!p.dom.querySelector('a.skip[href="#tresc"]')) fail('no skip link to #tresc');
    if (!p.dom.querySelectorAll('footer a').some((a) => /deklaracja-dostepnosci\/$/.test(a.getAttribute('href') ?? ''))) fail('no accessibility statement link in the footer');
  }
  return problems;
}
