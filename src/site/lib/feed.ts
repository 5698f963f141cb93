/**
 * The Atom 1.0 feed of meeting reports and tools (RFC 4287). Pure: the same
 * content gives the same bytes, so `updated` comes from the entries' `dodano`,
 * never from the clock.
 */
import type { Content } from '../../content/entries.ts';
import { FEED_PATH } from '../../content/routes.ts';
import { contentKind } from '../../domain/kinds.ts';
import { municipalityType, sortMunicipalityTypes, type MunicipalityTypeId } from '../../domain/municipalities.ts';
import { escapeXml } from '../../graphics/svg.ts';
import { formatDate } from '../../typography/dates.ts';
import { typesetText } from '../../typography/text.ts';
import { absoluteUrl } from '../../content/urls.ts';
import { WORDS } from '../../domain/words/index.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** One item of the feed, in site terms; `atomFeed` makes the addresses absolute. */
export interface FeedEntry {
  readonly kind: 'spotkanie' | 'narzedzie';
  /** Site path without the deployment base, e.g. /spotkania/liderzy/. */
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** The day the entry was put on the site, RRRR-MM-DD. */
  readonly added: string;
  readonly types: readonly MunicipalityTypeId[];
}

export interface FeedInput {
  /** `serwis.nazwa` from settings: the feed's author and part of its title. */
  readonly siteName: string;
  /** `serwis.adres` from settings: the home page address, with any sub-path. */
  readonly siteAddress: string;
  readonly entries: readonly FeedEntry[];
}

/** The feed's title, also used where pages link to it. */
export const feedTitle = (siteName: string) => WORDS.feed.title(siteName);

const SUBTITLE = WORDS.feed.subtitle;

/** A feed with no entries has never changed; the epoch keeps it valid and reproducible. */
const NEVER = '1970-01-01';

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Meeting reports and tools as feed entries; a meeting's summary also says when it took place. */
export function feedEntries(content: Pick<Content, 'meetings' | 'tools'>): FeedEntry[] {
  return [
    ...content.meetings.map((m) => ({
      kind: m.kind,
      path: m.path,
      title: m.data.tytul,
      summary: `${sentence(m.data.opis)} ${m.data.data === 'nieznana' ? WORDS.feed.meetingDateUnknown : WORDS.feed.meetingHeld(formatDate(m.data.data))}`,
      added: m.data.dodano,
      types: m.data.odbiorcy,
    })),
    ...content.tools.map((t) => ({
      kind: t.kind,
      path: t.path,
      title: t.data.tytul,
      summary: sentence(t.data.opis),
      added: t.data.dodano,
      types: t.data.typy_gmin,
    })),
  ];
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
    `    <updated>${atomDate(e.added)}</updated>`,
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
  const updated = atomDate(entries[0]?.added ?? NEVER);
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
