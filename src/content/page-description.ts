/**
 * One description per page of the site, computed from the content alone:
 * address, titles, description, kind, municipality types, search filter
 * values, breadcrumbs and last update (for tools also their facts and the
 * „not an official form” sentence). The layout, the search tags, the share
 * cards, the sitemap, the feed and the PDF tool sections all read it, so no
 * fact about a page is written twice or read back out of built HTML.
 */
import { MUNICIPALITY_TYPES, sortMunicipalityTypes, type MunicipalityTypeId } from '../domain/municipalities.ts';
import { ADDRESSEES, AREAS } from '../domain/vocabulary.ts';
import { WORDS as W } from '../domain/words/index.ts';
import { formatDate } from '../typography/dates.ts';
import { listPhrase } from '../typography/lists.ts';
import { allEntries, type AnyEntry, type Content, type Meeting, type Tool } from './entries.ts';
import { FACETS, filtersFor, subjectOf, type FilterValues } from './facets.ts';
import { KINDS, contentKind, listedKinds, typesOf, type ContentKindId, type SomeKind } from './kinds.ts';
import { SITE_PATHS, listPath, recommendationsForAddressee, recommendationsForType, recommendationsInArea } from './routes.ts';
import { toolDisclaimer, toolFacts, type ToolFacts } from './tool-facts.ts';
import { absoluteUrl } from './urls.ts';
import { siteMapParts } from './site-map.ts';
import { splitLists } from './list-pages.ts';
import type { ListPage } from './paging.ts';

/** One step of the „Jesteś tutaj” trail. */
export interface Crumb {
  readonly label: string;
  /** Site path without the deployment base. */
  readonly path: string;
}

export interface PageDescription {
  /** Site path without the deployment base („/narzedzia/deklaracja/”); the key of `describePages`. */
  readonly path: string;
  /** Absolute address from `serwis.adres`: canonical link, og:url, sitemap, feed and PDF links. */
  readonly url: string;
  /** The page's own title (og:title, and the share card unless `cardTitle` says otherwise). */
  readonly title: string;
  /** The title its share card shows when it differs from `title`: the later pages of a list share the first page's card. */
  readonly cardTitle?: string | undefined;
  /** <title>: the page title and the site's name (the site's name first on the home page). */
  readonly documentTitle: string;
  /** Meta description, og:description, search result text. */
  readonly description: string;
  /** The kind of an entry page; undefined for the site's own pages. */
  readonly kind?: ContentKindId | undefined;
  /** The municipality types the page is for, in declared order (shown on the share card). */
  readonly types: readonly MunicipalityTypeId[];
  /** Search filter values of an entry page (display forms); empty for the site's own pages. */
  readonly filters: FilterValues;
  /** The trail below „Strona główna”, ending with this page; empty where no trail is shown. */
  readonly breadcrumbs: readonly Crumb[];
  /** Last update, RRRR-MM-DD: `zaktualizowano`, else `dodano`, else none. */
  readonly updated?: string | undefined;
  /** The day a meeting took place, RRRR-MM-DD; search results sort by it. */
  readonly date?: string | undefined;
  /** Its main content goes into the site's search (entry pages). */
  readonly searchable: boolean;
  /** Listed in the sitemap and open to search engines (every page but 404). */
  readonly indexable: boolean;
  /** Facts and disclaimer of a tool. */
  readonly tool?: (ToolFacts & { readonly disclaimer: string }) | undefined;
}

export type ToolPageDescription = PageDescription & { readonly tool: ToolFacts & { readonly disclaimer: string } };

/** Site path of the „not found” page (dist/404.html), as its canonical link names it. */
export const NOT_FOUND_PATH = '/404/';

/** „15 czerwca 2021 r.” or „data nieznana”. */
export function meetingDate(m: Meeting): string {
  return m.data.data === 'nieznana' ? 'data nieznana' : formatDate(m.data.data);
}

/** „online (Cisco Webex Meetings)”, „stacjonarnie: Uniwersytet Łódzki”, „forma nieznana”. */
export function meetingFormat(m: Meeting): string {
  const f = m.data.forma;
  if (f.rodzaj === 'online') return `online (${f.platforma})`;
  if (f.rodzaj === 'stacjonarna') return `stacjonarnie: ${f.miejsce}`;
  return 'forma nieznana';
}

/** RRRR-MM-DD of an entry's last update: its `zaktualizowano`, else the day it was added (`dodano`), else none. */
export function lastUpdated(entry: AnyEntry): string | undefined {
  const d = entry.data as { zaktualizowano?: string | undefined; dodano?: string | undefined };
  return d.zaktualizowano ?? d.dodano;
}

/** What every description shares: the absolute address and the <title>. */
function framed(content: Content, page: Omit<PageDescription, 'url' | 'documentTitle'>): PageDescription {
  const { nazwa, adres } = content.settings.serwis;
  return {
    ...page,
    url: absoluteUrl(adres, page.path),
    documentTitle: page.path === SITE_PATHS.home ? `${nazwa} – ${page.title}` : `${page.title} – ${nazwa}`,
  };
}

/** The parts of an entry's description that depend on its kind, from the registry (src/content/kinds.ts). */
function entryParts(entry: AnyEntry): { kind: SomeKind; title: string; crumb: string; types: readonly MunicipalityTypeId[]; date?: string | undefined } {
  const kind = contentKind(entry.kind) as SomeKind;
  const title = kind.title?.(entry.data) ?? entry.data.tytul;
  return { kind, title, crumb: kind.crumb?.(entry.data) ?? title, types: kind.cardTypes?.(entry.data) ?? typesOf(entry), date: kind.date?.(entry.data) };
}

/** The first step of a trail: a kind's list page. */
const listCrumb = (kind: SomeKind): Crumb[] => (kind.list ? [{ label: kind.list.nav, path: listPath(kind) }] : []);

/** The description of an entry's page. */
export function describeEntry(content: Content, entry: Tool): ToolPageDescription;
export function describeEntry(content: Content, entry: AnyEntry): PageDescription;
export function describeEntry(content: Content, entry: AnyEntry): PageDescription {
  const parts = entryParts(entry);
  return framed(content, {
    path: entry.path,
    title: parts.title,
    description: entry.data.opis,
    kind: entry.kind,
    types: sortMunicipalityTypes(parts.types),
    filters: filtersFor(subjectOf(entry)),
    breadcrumbs: [...listCrumb(parts.kind), { label: parts.crumb, path: entry.path }],
    updated: lastUpdated(entry),
    date: parts.date,
    searchable: true,
    indexable: true,
    tool: entry.kind === 'narzedzie' ? { ...toolFacts(content, entry), disclaimer: toolDisclaimer(content) } : undefined,
  });
}

/** A page of the site's own (not an entry): only a title, a description and a trail. */
function sitePage(content: Content, path: string, title: string, description: string, crumbs: readonly Crumb[], more: Partial<PageDescription> = {}): PageDescription {
  return framed(content, { path, title, description, types: [], filters: {}, breadcrumbs: crumbs, searchable: false, indexable: true, ...more });
}

/** The site's own pages, in the order of `sitePaths()`. */
function sitePages(content: Content): PageDescription[] {
  const { serwis, strona_glowna } = content.settings;
  const own = (path: string, title: string, description: string, crumb = title) => sitePage(content, path, title, description, [{ label: crumb, path }]);
  const pages = [
    sitePage(content, SITE_PATHS.home, strona_glowna.tytul, serwis.opis, []),
    ...KINDS.flatMap((kind) => (kind.list ? [sitePage(content, listPath(kind), kind.plural, kind.list.description, listCrumb(kind))] : [])),
    own(SITE_PATHS.accessibility, W.chrome.accessibilityStatement, W.pages.statement.description(serwis.nazwa)),
    own(SITE_PATHS.sitemap, W.chrome.sitemap, W.pages.sitemap.description),
    ...siteMapParts(content).map((part) => {
      const name = W.pages.sitemap.part(part.group, part.number, part.total);
      const crumbs = [{ label: W.chrome.sitemap, path: SITE_PATHS.sitemap }, { label: name, path: part.path }];
      return sitePage(content, part.path, `${W.chrome.sitemap} – ${name}`, W.pages.sitemap.partDescription(part.group, part.from, part.to), crumbs, { cardTitle: W.chrome.sitemap });
    }),
    own(SITE_PATHS.downloads, W.common.downloadsTitle, W.pages.downloads.description, W.common.downloads),
    own(
      SITE_PATHS.search,
      W.pages.search.title,
      `Szukaj w ${listPhrase(listedKinds().map((k) => k.list.locative))}; zawęź wyniki według ${listPhrase(FACETS.map((f) => f.by))}.`,
    ),
    ...MUNICIPALITY_TYPES.map((type) => {
      const path = recommendationsForType(type.slug);
      const crumbs = [...listCrumb(contentKind('rekomendacja') as SomeKind), { label: type.plural, path }];
      return sitePage(content, path, W.pages.recommendations.forType(type.forPlural), W.pages.recommendations.forTypeDescription(type.genitivePlural), crumbs, { types: [type.id] });
    }),
    ...AREAS.map((area) => {
      const path = recommendationsInArea(area.id);
      const crumbs = [...listCrumb(contentKind('rekomendacja') as SomeKind), { label: area.label, path }];
      return sitePage(content, path, W.pages.recommendations.inArea(area.label.toLowerCase()), W.pages.recommendations.inAreaDescription(area.label), crumbs);
    }),
    ...ADDRESSEES.map((addressee) => {
      const path = recommendationsForAddressee(addressee.id);
      const crumbs = [...listCrumb(contentKind('rekomendacja') as SomeKind), { label: addressee.label, path }];
      return sitePage(content, path, W.pages.recommendations.forAddressee(addressee.label), W.pages.recommendations.forAddresseeDescription(addressee.label), crumbs);
    }),
  ];
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const later = splitLists(content).flatMap((list) => list.slice(1).map((part) => laterPage(content, byPath.get(list[0]!.path)!, part)));
  return [...pages, ...later];
}

/** A later page of a list split into pages: the first page's title with its number, the positions it holds, the first page's card. */
function laterPage(content: Content, first: PageDescription, part: ListPage<unknown>): PageDescription {
  return sitePage(
    content,
    part.path,
    W.paging.title(first.title, part.number, part.total),
    `${W.paging.position(part.from, part.to, part.count)} ${first.description}`,
    [...first.breadcrumbs, { label: W.paging.page(part.number), path: part.path }],
    { types: first.types, cardTitle: first.cardTitle ?? first.title },
  );
}

/** The „not found” page (dist/404.html): kept out of the sitemap and of search engines. */
function notFoundPage(content: Content): PageDescription {
  return sitePage(content, NOT_FOUND_PATH, W.pages.notFound.title, W.pages.notFound.description, [], { indexable: false });
}

/**
 * Every page of the site by path: the site's own pages (in the order of
 * `sitePaths()`), every entry, and the „not found” page last. The share
 * cards are made from these; every page the layout frames must be here.
 */
export function describePages(content: Content): Map<string, PageDescription> {
  const pages = [...sitePages(content), ...allEntries(content).map((e) => describeEntry(content, e)), notFoundPage(content)];
  return new Map(pages.map((p) => [p.path, p]));
}

/** The site's own pages by path, computed once per loaded content: every list page asks for its own, and a large site has hundreds. */
const sitePagesByContent = new WeakMap<Content, Map<string, PageDescription>>();

/** The description of one of the site's own pages; throws for a path that has none. */
export function describeSitePage(content: Content, path: string): PageDescription {
  let byPath = sitePagesByContent.get(content);
  if (!byPath) {
    byPath = new Map([...sitePages(content), notFoundPage(content)].map((p) => [p.path, p]));
    sitePagesByContent.set(content, byPath);
  }
  const page = byPath.get(path);
  if (!page) throw new Error(`No description for the site page ${path}`);
  return page;
}
