/**
 * The list pages that grow with the content, split into pages of a fixed
 * number of items (src/content/paging.ts): the list page of every kind that
 * has one, every group of recommendations and the single tools on the
 * downloads page. The routes (src/pages/**\/[...strona].astro) and the
 * descriptions of the later pages (src/content/page-description.ts) are both
 * drawn from these, so a page cannot exist without its description.
 */
import { entriesOf, type AnyEntry, type Content, type Tool } from './entries.ts';
import { contentKind, listedKinds, type ContentKindId, type SomeKind } from './kinds.ts';
import { ENTRIES_PER_PAGE, LINES_PER_PAGE, paginate, type ListPage } from './paging.ts';
import { recommendationGroupings } from './recommendation-groups.ts';
import { listPath, SITE_PATHS } from './routes.ts';
import { byBundleOrder } from './tool-order.ts';

/** The pages of a kind's list: its entries in the kind's order. */
export function kindListPages(content: Content, kind: Pick<SomeKind, 'id' | 'route'>): ListPage<AnyEntry>[] {
  return paginate(listPath(kind), entriesOf(content, kind.id), ENTRIES_PER_PAGE);
}

/** The page of its kind's list that holds an entry. */
export function listPageOf(content: Content, kind: ContentKindId, entry: AnyEntry): string {
  const page = kindListPages(content, contentKind(kind)).find((p) => p.items.includes(entry));
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
    ...listedKinds().filter((kind) => kind.id !== 'model').map((kind) => kindListPages(content, kind)),
    ...recommendationGroupings(content).flatMap((g) => g.groups.map((group) => groupPages(group))),
    downloadPages(content),
  ];
}
