/**
 * The Atom 1.0 feed of the kinds the registry puts in it (RFC 4287), its
 * entries from the pages' descriptions. Pure: the same content gives the same
 * bytes, so dates come from the entries' `dodano` and `zaktualizowano`, never
 * from the clock.
 */
import { entriesOf, type AnyEntry, type Content } from '../../content/entries.ts';
import { describeEntry } from '../../content/page-description.ts';
import { FEED_PATH } from '../../content/routes.ts';
import { contentKind, feedKinds, type ContentKindId } from '../../content/kinds.ts';
import { municipalityType, sortMunicipalityTypes, type MunicipalityTypeId } from '../../domain/municipalities.ts';
import { escapeXml } from '../../graphics/svg.ts';
import { listPhrase } from '../../typography/lists.ts';
import { typesetText } from '../../typography/text.ts';
import { absoluteUrl } from '../../content/urls.ts';
import { WORDS } from '../../domain/words/index.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** One item of the feed, in site terms; `atomFeed` makes the addresses absolute. */
export interface FeedEntry {
  readonly kind: ContentKindId;
  /** Site path without the deployment base, e.g. /spotkania/liderzy/. */
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** The day the entry was put on the site, RRRR-MM-DD. */
  readonly added: string;
  /** The day of its last significant change (`zaktualizowano`, else `added`), RRRR-MM-DD. */
  readonly updated: string;
  readonly types: readonly MunicipalityTypeId[];
}

export interface FeedInput {
  /** `serwis.nazwa` from settings: the feed's author and part of its title. */
  readonly siteName: string;
  /** `serwis.adres` from settings: the home page address, with any sub-path. */
  readonly siteAddress: string;
  readonly entries: readonly FeedEntry[];
}

/** What the feed brings, from the registry: „relacje ze spotkań i narzędzia”. */
export const feedTopics = () => listPhrase(feedKinds().map((k) => k.feed.name));

/** The feed's title, also used where pages link to it. */
export const feedTitle = (siteName: string) => {
  const topics = feedTopics();
  return `${topics.charAt(0).toLocaleUpperCase('pl')}${topics.slice(1)} – ${siteName}`;
};

/** „Nowe a, nowe b i nowe c”: what the feed brings, in a sentence. */
export const feedNews = (parts: readonly string[]) => WORDS.feed.news(parts);

const SUBTITLE = `${feedNews(feedKinds().map((k) => k.feed.about))}.`;

/** A feed with no entries has never changed; the epoch keeps it valid and reproducible. */
const NEVER = '1970-01-01';

/** The entries of every kind in the feed: title, types and dates from the page's description, the summary from the kind (a meeting's also says when it took place). */
export function feedEntries(content: Content): FeedEntry[] {
  return feedKinds().flatMap((k) =>
    (entriesOf(content, k.id) as readonly (AnyEntry & { data: { dodano: string } })[]).map((e) => {
      const page = describeEntry(content, e);
      return {
        kind: e.kind,
        path: page.path,
        title: page.title,
        summary: k.feed.summary(e.data),
        added: e.data.dodano,
        updated: page.updated ?? e.data.dodano,
        types: page.types,
      };
    }),
  );
}

/** Newest first; entries of one day by title in Polish order, then by path so the order never depends on input order. */
export function sortFeedEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.added.localeCompare(a.added) || a.title.localeCompare(b.title, 'pl') || a.path.localeCompare(b.path));
}

/** RFC 3339 timestamp of a day: „2026-11-23” → „2026-11-23T00:00:00Z”. */
export const atomDate = (day: string) => `${day}T00:00:00Z`;

/** Human-readable text: Polish typography, then XML escaping. */
const text = (s: string) => escapeXml(typesetText(s));
const attr = (s: string) => escapeXml(s);

function entryXml(e: FeedEntry, siteAddress: string): string {
  const url = attr(absoluteUrl(siteAddress, e.path));
  const kind = contentKind(e.kind);
  const categories = [
    `<category term="${attr(kind.id)}" label="${text(kind.singular)}"/>`,
    ...sortMunicipalityTypes(e.types).map((id) => `<category term="${attr(id)}" label="${text(municipalityType(id).plural)}"/>`),
  ];
  return [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title>${text(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <published>${atomDate(e.added)}</published>`,
    `    <updated>${atomDate(e.updated)}</updated>`,
    `    <summary>${text(e.summary)}</summary>`,
    ...categories.map((c) => `    ${c}`),
    '  </entry>',
  ].join('\n');
}

/** The whole feed document, entries newest first. */
export function atomFeed(input: FeedInput): string {
  const entries = sortFeedEntries(input.entries);
  const home = attr(absoluteUrl(input.siteAddress, '/'));
  const self = attr(absoluteUrl(input.siteAddress, FEED_PATH));
  const updated = atomDate(entries.map((e) => e.updated).sort().at(-1) ?? NEVER);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}" xml:lang="pl">`,
    `  <id>${self}</id>`,
    `  <title>${text(feedTitle(input.siteName))}</title>`,
    `  <subtitle>${text(SUBTITLE)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${self}"/>`,
    `  <link rel="alternate" type="text/html" href="${home}"/>`,
    `  <author><name>${text(input.siteName)}</name><uri>${home}</uri></author>`,
    `  <icon>${attr(absoluteUrl(input.siteAddress, '/favicon.svg'))}</icon>`,
    ...entries.map((e) => entryXml(e, input.siteAddress)),
    '</feed>',
    '',
  ].join('\n');
}
