/**
 * The list pages that grow with the content, split into pages of a fixed
 * number of items (src/content/paging.ts): the list page of every kind that
 * has one, every group of recommendations and the single tools on the
 * downloads page. The routes (src/pages/**\/[...strona].astro) and the
 * descriptions of the later pages (src/content/page-description.ts) are both
 * drawn from these, so a page cannot exist without its description.
 */
import type { AnyEntry, Content, EntryOf, Tool } from './entries.ts';
import { contentKind, listedKinds, type ContentKindId } from './kinds.ts';
import { ENTRIES_PER_PAGE, LINES_PER_PAGE, paginate, type ListPage } from './paging.ts';
import { recommendationGroupings } from './recommendation-groups.ts';
import { listPath, SITE_PATHS } from './routes.ts';
import { byBundleOrder } from './tool-order.ts';

/** An entry of kind `K`; for a union of kinds, an entry of any of them. */
type EntryIn<K extends ContentKindId> = K extends ContentKindId ? EntryOf<K> : never;

/** The pages of a kind's list: its entries in the kind's order, typed as that kind's entries. */
export function kindListPages<K extends ContentKindId>(content: Content, kind: K): ListPage<EntryIn<K>>[] {
  return paginate(listPath(contentKind(kind)), content.entries[kind] as readonly EntryIn<K>[], ENTRIES_PER_PAGE);
}

/** The page of its kind's list that holds an entry. */
export function listPageOf(content: Content, kind: ContentKindId, entry: AnyEntry): string {
  const page = kindListPages(content, kind).find((p) => (p.items as readonly AnyEntry[]).includes(entry));
  if (!page) throw new Error(`${entry.path} is not on the list of ${kind}`);
  return page.path;
}

/** The pages of one group of recommendations (its items are already in number order). */
export function groupPages<T>(group: { readonly path: string; readonly items: readonly T[] }): ListPage<T>[] {
  return paginate(group.path, group.items, ENTRIES_PER_PAGE);
}

/** The pages of the downloads page: the single tools in bundle order, a line each (the bundles are on the first page). */
export function downloadPages(content: Content): ListPage<Tool>[] {
  return paginate(SITE_PATHS.downloads, [...content.tools].sort(byBundleOrder), LINES_PER_PAGE);
}

/** The pages of every split list, each list's pages in order; a list that fits on one page has one. */
export function splitLists(content: Content): ListPage<unknown>[][] {
  return [
    // Not the models: there is exactly one per municipality type.
    ...listedKinds().filter((kind) => kind.id !== 'model').map((kind) => kindListPages(content, kind.id)),
    ...recommendationGroupings(content).flatMap((g) => g.groups.map((group) => groupPages(group))),
    downloadPages(content),
  ];
}
