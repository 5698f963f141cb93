/**
 * The „Na tej stronie” rule, checked in a browser on a laid-out page: a page
 * longer than three screens with two or more sections has contents, a page
 * with contents is long, and the contents list the page's sections. Run on
 * every page at 375 × 740 px in the accessibility pass (page-pass.ts).
 */
import type { Page } from 'playwright-core';

/**
 * Pages exempt from the rule: the site map is itself a list of the site's
 * contents, its sections (one per part of the site) are what a reader scans;
 * the 404 page is never long.
 */
export const CONTENTS_EXEMPT = new Set(['/mapa-strony/']);

/**
 * What is wrong with a page's „Na tej stronie” at the current width: a page
 * longer than three screens with two or more sections and no contents, a
 * short page with contents, or contents that differ from the page's h2s.
 * An h2 that is wholly a link names an entry of a list (meetings, a group's
 * recommendations, the toolkits), not a section of the page: such a list is
 * its own contents, each title already a link in reading order.
 */
export async function contentsProblem(page: Page): Promise<string | undefined> {
  const r = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    // A glossary's A–Z index is its contents: it links to the letter sections.
    const nav = main.querySelector('nav.contents, nav.az');
    const entryTitle = (h: Element) => h.children.length === 1 && h.firstElementChild!.tagName === 'A' && h.textContent!.trim() === h.firstElementChild!.textContent!.trim();
    const h2 = [...main.querySelectorAll('h2')].filter((h) => !nav?.contains(h) && !entryTitle(h));
    const after = (nav ? h2.filter((h) => nav.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) : h2)
      .filter((h) => !nav?.matches('.az') || /^\p{Lu}$/u.test(h.textContent!.trim()));
    return {
      height: main.getBoundingClientRect().height,
      sections: h2.length,
      items: nav ? [...nav.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.textContent!.trim()}`) : undefined,
      headings: after.map((h) => `#${h.id} ${h.textContent!.trim()}`),
    };
  });
  const screens = r.height / window_height(page);
  if (!r.items) return screens > 3 && r.sections >= 2 ? `no contents on a page of ${screens.toFixed(1)} screens with ${r.sections} sections` : undefined;
  if (screens <= 2) return `contents on a page of ${screens.toFixed(1)} screens`;
  if (r.items.join('\n') !== r.headings.join('\n')) return `contents ${JSON.stringify(r.items)} differ from the sections ${JSON.stringify(r.headings)}`;
  return undefined;
}
const window_height = (page: Page) => page.viewportSize()!.height;
