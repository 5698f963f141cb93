/**
 * Every path the site has, without the deployment base. Entry paths come from
 * their kind and slug; the rest are the site's own pages. Links in content
 * are checked against this list, and the sitemap is written from it.
 */
import { MUNICIPALITY_TYPES } from '../domain/municipalities.ts';
import { ADDRESSEES, AREAS } from '../domain/vocabulary.ts';
import { KINDS, contentKind, type ContentKindId, type ListKey, type SomeKind } from './kinds.ts';

/** The list page of a kind: `/<route>/`. */
export const listPath = (kind: Pick<SomeKind, 'route'>) => `/${kind.route}/`;

/** The list pages of the registry's kinds, by their key („models”), in registry order. */
const LIST_PATHS = Object.fromEntries(KINDS.flatMap((k) => (k.list ? [[k.list.key, listPath(k)]] : []))) as Record<ListKey, string>;

/** Pages that are not entries; a standalone page may not take these paths. */
export const SITE_PATHS = {
  home: '/',
  ...LIST_PATHS,
  accessibility: '/deklaracja-dostepnosci/',
  sitemap: '/mapa-strony/',
  downloads: '/do-pobrania/',
  search: '/szukaj/',
} as const;

/**
 * The Atom feed of meeting reports and tools. Not in SITE_PATHS: it is not a
 * page, so it stays out of the sitemap and page lists; content may link to it.
 */
export const FEED_PATH = '/kanal.xml';

/** Site path of the PDF bundle of a municipality type, and of its cover thumbnail. */
export const bundlePdfPath = (typeSlug: string) => `${SITE_PATHS.downloads}pakiet-narzedzi-${typeSlug}.pdf`;
export const bundleThumbnailPath = (typeSlug: string) => `${SITE_PATHS.downloads}pakiet-narzedzi-${typeSlug}.png`;
/** Site path of a tool's own PDF. */
export const toolPdfPath = (toolSlug: string) => `${SITE_PATHS.downloads}narzedzia/${toolSlug}.pdf`;

/** Static pages listing recommendations for one municipality type. */
export const recommendationsForType = (typeSlug: string) => `/rekomendacje/dla/${typeSlug}/`;
/** Static pages listing recommendations in one area. */
export const recommendationsInArea = (areaId: string) => `/rekomendacje/obszar/${areaId}/`;
/** Static pages listing recommendations addressed to one institution (its id in ADDRESSEES is its slug). */
export const recommendationsForAddressee = (addresseeId: string) => `/rekomendacje/adresat/${addresseeId}/`;

/** The path of an entry page. */
export function entryPath(kind: ContentKindId, slug: string): string {
  const route = contentKind(kind).route;
  return route ? `/${route}/${slug}/` : `/${slug}/`;
}

/** Paths of the site's own pages (not entries). */
export function sitePaths(): string[] {
  return [
    ...Object.values(SITE_PATHS),
    ...MUNICIPALITY_TYPES.map((t) => recommendationsForType(t.slug)),
    ...AREAS.map((a) => recommendationsInArea(a.id)),
    ...ADDRESSEES.map((a) => recommendationsForAddressee(a.id)),
  ];
}

/** Normalises an internal link for lookup: no query or fragment, trailing slash on page paths. */
export function normalisePath(href: string): string {
  const path = href.split(/[?#]/)[0] ?? '';
  if (path === '') return '';
  if (/\.[a-z0-9]+$/i.test(path) || path.endsWith('/')) return path;
  return `${path}/`;
}
