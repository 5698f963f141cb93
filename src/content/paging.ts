/**
 * Lists at any site size. Every page has a budget of 14 KB (HTML and CSS,
 * gzipped), so no page may list an unbounded number of entries:
 * - a list page longer than its page size is split into pages: the first
 *   keeps the list's own address, the others get `<address>strona/<n>/`, and
 *   each links to its neighbours (src/site/components/Pagination.astro);
 * - a list of related entries on another page (a model's recommendations, a
 *   tool's recommendations, a stage's templates) shows its first items
 *   (RELATED_INLINE, RELATED_ENTRIES_INLINE, STAGE_TOOLS_INLINE) and links
 *   to a list page that has them all.
 * On a small site nothing is split or shortened.
 */

/** Entries with a description (title, a line or two, details) on one page of a list. */
export const ENTRIES_PER_PAGE = 20;
/** One-line items (a recommendation's number and title, a tool's downloads) on one page of a list. */
export const LINES_PER_PAGE = 50;
/** Related entries given as one-line links (titles) that a page lists itself before it links to their full list. */
export const RELATED_INLINE = 12;
/** Related entries with a description (title, a line or two) that a page lists itself before it links to their full list. */
export const RELATED_ENTRIES_INLINE = 6;
/** A related list at most this much longer than its limit is shown whole: hiding one or two items to save a line helps nobody (Django's paginator calls them orphans). */
export const ORPHANS = 4;
/** Tools a stage of a model's path shows (on the page, in the diagram and in the PDF) before „i jeszcze …”. */
export const STAGE_TOOLS_INLINE = 6;

/** Folder of a list's later pages: /spotkania/strona/2/. Two segments, so no entry's address can take it. */
export const PAGE_SEGMENT = 'strona/';

export interface ListPage<T> {
  /** Site path of this page. */
  readonly path: string;
  /** 1-based. */
  readonly number: number;
  readonly total: number;
  /** 1-based positions of its first and last item in the whole list (0 and 0 for an empty list). */
  readonly from: number;
  readonly to: number;
  /** Items in the whole list. */
  readonly count: number;
  readonly items: readonly T[];
  /** Paths of every page of the list, in order (the first is the list's own address). */
  readonly paths: readonly string[];
}

/** The address of page `number` of the list at `base`. */
export function pagePath(base: string, number: number, segment = PAGE_SEGMENT): string {
  return number === 1 ? base : `${base}${segment}${number}/`;
}

/**
 * A list split into pages of `size` items. Always at least one page: an
 * empty list is one empty page at the list's own address.
 */
export function paginate<T>(base: string, items: readonly T[], size: number, segment = PAGE_SEGMENT): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  const paths = Array.from({ length: total }, (_, i) => pagePath(base, i + 1, segment));
  return paths.map((path, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      path,
      number: i + 1,
      total,
      from: slice.length === 0 ? 0 : i * size + 1,
      to: i * size + slice.length,
      count: items.length,
      items: slice,
      paths,
    };
  });
}

/** The route parameter of a page in an Astro rest route (`[...strona].astro`): undefined for the first page. */
export function pageParam(page: Pick<ListPage<unknown>, 'number'>): string | undefined {
  return page.number === 1 ? undefined : `${PAGE_SEGMENT}${page.number}`;
}

/**
 * The `getStaticPaths` entries of a list's pages for a rest route
 * (`[...strona].astro`): each page as the prop `part`, beside `props`, with
 * its `strona` parameter beside `params`, and the `cacheKey` of the
 * incremental build (src/content/page-keys.ts) when the route gives one.
 */
export function pageRoutes<T, P extends object = object>(pages: readonly ListPage<T>[], params: Readonly<Record<string, string | undefined>> = {}, props?: P, cacheKey?: string) {
  return pages.map((part) => ({ params: { ...params, strona: pageParam(part) }, props: { ...(props as P), part }, ...(cacheKey === undefined ? {} : { cacheKey }) }));
}

/** The first `limit` items and how many more there are; a list up to ORPHANS items longer than `limit` stays whole. */
export function capped<T>(items: readonly T[], limit = RELATED_INLINE): { shown: readonly T[]; more: number } {
  if (items.length <= limit + ORPHANS) return { shown: items, more: 0 };
  return { shown: items.slice(0, limit), more: items.length - limit };
}

/**
 * The pages a pager links to: the first, the last, and up to two on either
 * side of the current one; `undefined` marks a gap („…”). Every page stays
 * reachable without JavaScript, and the pager stays short on a long list.
 */
export function pagerSteps(current: number, total: number, around = 2): (number | undefined)[] {
  const wanted = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [undefined, n] : [n]));
}
