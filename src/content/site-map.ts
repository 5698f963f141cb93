/**
 * The site map at any size. Each group (the entries of a listed kind, and the
 * site's own pages) of up to SITE_MAP_INLINE entries is listed on the site map
 * page itself, as on a small site; a longer group gets pages of its own,
 * /mapa-strony/<group>/, /mapa-strony/<group>/2/ …, SITE_MAP_PART entries
 * each, and the site map links to them. So no page outgrows the 14 KB budget
 * however many entries the site has.
 */
import { entriesOf, type Content, type AnyEntry } from './entries.ts';
import { contentKind, listedKinds } from './kinds.ts';
import { listPath, SITE_PATHS } from './routes.ts';
import { WORDS } from '../domain/words/index.ts';
import { paginate, type ListPage } from './paging.ts';

/** Longest group the site map lists itself. */
export const SITE_MAP_INLINE = 60;
/** Entries on one page of a long group. */
export const SITE_MAP_PART = 150;

/** One page of a long group: its entries are `items`. */
export interface SiteMapPart extends ListPage<AnyEntry> {
  readonly group: string;
}

export interface SiteMapGroup {
  readonly title: string;
  /** The group's list page, '' for the site's own pages. */
  readonly path: string;
  readonly entries: readonly AnyEntry[];
  /** The group's own pages; empty when the site map lists the group itself. */
  readonly parts: readonly SiteMapPart[];
}

/** The groups of the site map, in menu order, the site's own pages last. */
export function siteMapGroups(content: Content, inline = SITE_MAP_INLINE, size = SITE_MAP_PART): SiteMapGroup[] {
  const groups = [
    ...listedKinds().map((k) => ({ title: k.plural, path: listPath(k), slug: k.route, entries: entriesOf(content, k.id) })),
    { title: WORDS.chrome.aboutSite, path: '', slug: contentKind('strona').route || 'strony', entries: content.pages as readonly AnyEntry[] },
  ];
  return groups.map(({ slug, ...g }) => {
    if (g.entries.length <= inline) return { ...g, parts: [] };
    const parts = paginate(`${SITE_PATHS.sitemap}${slug}/`, g.entries, size, '').map((page) => ({ ...page, group: g.title }));
    return { ...g, parts };
  });
}

/** Every page of the site map's long groups. */
export function siteMapParts(content: Content): SiteMapPart[] {
  return siteMapGroups(content).flatMap((g) => g.parts);
}
