/**
 * A list split into pages (src/content/paging.ts), read back from the built
 * HTML the way a visitor without JavaScript reads it: from the list's first
 * page, follow „Następna” to the end and collect the entry links in each
 * page's main content. Reports a page the pager does not mark as current, a
 * „Następna” that leads to no page or back, a title whose „strona n z N”
 * disagrees with the walk, and entries missing, repeated or out of order.
 */
import type { BuiltPage } from '../../../scripts/lib/pages.ts';

export interface ListWalk {
  /** URLs of the list's pages, in the order they were reached. */
  readonly pages: readonly string[];
  /** Entry links found on them, in order. */
  readonly entries: readonly string[];
  readonly problems: readonly string[];
}

/**
 * Links in `main` to pages directly under `prefix` („/base/spotkania/<slug>/”),
 * the list's own pages excluded, and links inside a disclosure (the contents
 * of a bundle on the downloads page) too: they are not the list.
 */
function entryLinks(page: BuiltPage, prefix: string): string[] {
  const main = page.dom.querySelector('main');
  return (main?.querySelectorAll('a[href]') ?? [])
    .filter((a) => !a.closest('details'))
    .map((a) => a.getAttribute('href')!)
    // One segment below the list: an entry. A later page of the list has two (strona/2/), so an entry named „strona” still counts.
    .filter((href) => href.startsWith(prefix) && /^[^/]+\/$/.test(href.slice(prefix.length)));
}

/**
 * Walks the list that starts at `first`. `prefix` is where its entries live,
 * `expected` their URLs in the list's order. `pages` maps a URL to its page.
 */
export function walkList(pages: ReadonlyMap<string, BuiltPage>, first: string, prefix: string, expected: readonly string[]): ListWalk {
  const visited: string[] = [];
  const entries: string[] = [];
  const problems: string[] = [];
  for (let url: string | undefined = first; url !== undefined; ) {
    const page = pages.get(url);
    if (!page) {
      problems.push(`${visited.at(-1) ?? first}: „Następna” prowadzi do ${url}, której nie ma`);
      break;
    }
    if (visited.includes(url)) {
      problems.push(`${visited.at(-1)}: „Następna” wraca do ${url}`);
      break;
    }
    visited.push(url);
    entries.push(...entryLinks(page, prefix));
    const pager = page.dom.querySelector('main nav.pager');
    const current = pager?.querySelector('a[aria-current="page"]')?.getAttribute('href');
    if (pager && current !== url) problems.push(`${url}: pasek stron zaznacza ${current ?? 'nic'} zamiast tej strony`);
    url = pager?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  const total = visited.length;
  visited.forEach((url, i) => {
    const title = pages.get(url)?.dom.querySelector('title')?.text ?? '';
    const numbered = /–\sstrona\s(\d+)\sz\s(\d+)\s–/.exec(title);
    if (i > 0 && (!numbered || Number(numbered[1]) !== i + 1 || Number(numbered[2]) !== total)) problems.push(`${url}: tytuł „${title}” nie mówi „strona ${i + 1} z ${total}”`);
    if (i === 0 && numbered) problems.push(`${url}: pierwsza strona listy ma numer w tytule „${title}”`);
  });
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e)) problems.push(`${first}: ${e} jest na liście dwa razy`);
    seen.add(e);
  }
  const missing = expected.filter((e) => !seen.has(e));
  if (missing.length > 0) problems.push(`${first}: brak na liście: ${missing.join(', ')}`);
  const order = entries.filter((e) => expected.includes(e));
  if (missing.length === 0 && order.join(' ') !== expected.join(' ')) problems.push(`${first}: wpisy nie są w kolejności listy`);
  return { pages: visited, entries, problems };
}
