/**
 * The registry of content kinds: the one place that says what a kind is. Each
 * kind has its schema, folder under `content/`, address, list page, place in
 * the navigation, Polish forms, ordering, feed membership and search label;
 * loading, checks, routes, navigation, sitemap, feed, search and the check
 * summary iterate this list. A new kind is a schema file and an entry here.
 */
import type { Root } from 'mdast';
import type { z } from 'zod';
import { MUNICIPALITY_TYPE_IDS, MUNICIPALITY_TYPES, typesLabel, type MunicipalityTypeId } from '../domain/municipalities.ts';
import type { StageId } from '../domain/vocabulary.ts';
import { WORDS } from '../domain/words/index.ts';
import { formatDate } from '../typography/dates.ts';
import { NOUNS, type PluralForms } from '../typography/plural.ts';
import { meetingSchema, type MeetingData } from './schemas/meeting.ts';
import { modelSchema, type ModelData } from './schemas/model.ts';
import { pageSchema, type PageData } from './schemas/page.ts';
import { practiceSchema, type PracticeData } from './schemas/practice.ts';
import { recommendationSchema, type RecommendationData } from './schemas/recommendation.ts';
import { toolSchema, type ToolData } from './schemas/tool.ts';
import { byBundleOrder } from './tool-order.ts';

/** One validated content file. */
export interface Entry<K extends string, D> {
  readonly kind: K;
  /** File name without extension; the key other entries refer to (`narzedzia/<id>`). */
  readonly id: string;
  /** URL segment. */
  readonly slug: string;
  /** Path of the file relative to the project root, for messages. */
  readonly file: string;
  /** Site path without the deployment base, always ending in „/”. */
  readonly path: string;
  readonly data: D;
  /** The Markdown body, parsed once. */
  readonly body: Root;
  /** Line of the file where the body starts, for messages about the body. */
  readonly bodyLine: number;
}

/** A fact shown on an entry page built from the generic template: municipality types (linked to their models), plain text, or stages (linked to the model of the first type). */
export type EntryFact =
  | { readonly label: string; readonly types: readonly MunicipalityTypeId[] }
  | { readonly label: string; readonly text: string }
  | { readonly label: string; readonly stages: readonly StageId[]; readonly of: readonly MunicipalityTypeId[] };

/** The key of a kind's list page in SITE_PATHS (kept for the pages that name one list). */
export type ListKey = 'models' | 'meetings' | 'recommendations' | 'tools' | 'practices';

/** The schema alone gives the data type (NoInfer elsewhere). Function members are methods, so every kind's spec is also a `SomeKind` the generic code iterates. */
export interface KindSpec<K extends string, D> {
  readonly id: K;
  /** Folder under `content/`. */
  readonly folder: string;
  /** URL prefix of entry pages ('' for standalone pages at the root). */
  readonly route: string;
  readonly singular: string;
  /** The list page's title and the kind's name as a group. */
  readonly plural: string;
  /** Forms for counting entries („3 modele”, „5 relacji”). */
  readonly count: PluralForms;
  /** The kind's value of the search filter „Rodzaj treści”, also on share cards and feed categories. */
  readonly searchLabel: string;
  /** The front matter of one file. */
  readonly schema: z.ZodType<D>;
  /** The order of entries in lists, the sitemap and everywhere the kind is listed. */
  order(a: Entry<K, NoInfer<D>>, b: Entry<K, NoInfer<D>>): number;
  /** The URL segment when it does not come from `slug` or the file name (models take their municipality type's). */
  slugFrom?(raw: Record<string, unknown>): string | undefined;
  /** The municipality types an entry applies to (search filter, share card, feed). */
  types(data: NoInfer<D>): readonly MunicipalityTypeId[];
  /** The types shown on the share card and in link previews, when they differ from `types`. */
  cardTypes?(data: NoInfer<D>): readonly MunicipalityTypeId[];
  /** The page title when it is not `tytul`. */
  title?(data: NoInfer<D>): string;
  /** The entry's step in the breadcrumbs when it is not its title. */
  crumb?(data: NoInfer<D>): string;
  /** The day the entry is about (RRRR-MM-DD), if it has one; search results sort by it. */
  date?(data: NoInfer<D>): string | undefined;
  /**
   * The list page at `/<route>/`: its key in SITE_PATHS, label in the main
   * navigation and breadcrumbs, position there (and in the HTML sitemap and
   * the search page), and the kind in the locative („szukaj w modelach”).
   */
  readonly list?: {
    readonly key: ListKey;
    readonly nav: string;
    readonly position: number;
    readonly locative: string;
    /** The list page's meta description. */
    readonly description: string;
  };
  /** In the Atom feed: its name there („relacje ze spotkań”), what it brings („… o Modelach Kooperacji”) and an entry's summary. */
  readonly feed?: { readonly name: string; readonly about: string; summary(data: NoInfer<D>): string };
  /**
   * 'own': pages under src/pages/<route>/ (or src/pages/[slug].astro for
   * standalone pages). Otherwise the generic list and entry pages
   * (src/pages/[rodzaj]/) render the kind from what is given here.
   */
  readonly pages:
    | 'own'
    | {
        /** The list page's lead paragraph. */
        readonly lead: string;
        /** The line under an entry in the list. */
        details(data: NoInfer<D>): string;
        /** The facts under an entry's title (leave out the empty ones). */
        facts(data: NoInfer<D>): readonly EntryFact[];
        /** Keys of related entries („narzedzia/…”), listed under the body. */
        related(data: NoInfer<D>): readonly string[];
      };
}

const kind = <K extends string, D>(spec: KindSpec<K, D>) => spec;

const byTitle = (a: { data: { tytul: string } }, b: { data: { tytul: string } }) => a.data.tytul.localeCompare(b.data.tytul, 'pl');
const typeOrder = (data: ModelData) => MUNICIPALITY_TYPES.findIndex((t) => t.id === data.typ_gminy);
/** The day a meeting took place, if the sources give it. */
const meetingDay = (data: MeetingData) => (data.data === 'nieznana' ? undefined : data.data);
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export const CONTENT_KINDS = [
  kind({
    id: 'model',
    folder: 'modele',
    route: 'modele',
    singular: 'model',
    plural: 'Modele Kooperacji',
    count: NOUNS.model,
    searchLabel: 'model',
    schema: modelSchema as z.ZodType<ModelData>,
    order: (a, b) => typeOrder(a.data) - typeOrder(b.data),
    slugFrom: (raw) => MUNICIPALITY_TYPES.find((t) => t.id === raw.typ_gminy)?.slug,
    types: (d) => [d.typ_gminy],
    list: {
      key: 'models',
      nav: 'Modele Kooperacji',
      position: 1,
      locative: 'modelach',
      description: WORDS.pages.models.description,
    },
    pages: 'own',
  }),
  kind({
    id: 'spotkanie',
    folder: 'spotkania',
    route: 'spotkania',
    singular: 'relacja ze spotkania',
    plural: 'Spotkania i relacje',
    count: NOUNS.report,
    searchLabel: 'relacja ze spotkania',
    schema: meetingSchema as z.ZodType<MeetingData>,
    // Newest first; undated reports last.
    order: (a, b) => (meetingDay(b.data) ?? '').localeCompare(meetingDay(a.data) ?? '') || byTitle(a, b),
    types: (d) => d.odbiorcy,
    date: meetingDay,
    list: {
      key: 'meetings',
      nav: 'Spotkania',
      position: 4,
      locative: 'relacjach ze spotkań',
      description: WORDS.pages.meetings.description,
    },
    feed: {
      name: 'relacje ze spotkań',
      about: 'relacje ze spotkań o Modelach Kooperacji',
      summary: (d) => {
        const day = meetingDay(d);
        return `${sentence(d.opis)} ${day ? WORDS.feed.meetingHeld(formatDate(day)) : WORDS.feed.meetingDateUnknown}`;
      },
    },
    pages: 'own',
  }),
  kind({
    id: 'rekomendacja',
    folder: 'rekomendacje',
    route: 'rekomendacje',
    singular: 'rekomendacja',
    plural: 'Rekomendacje',
    count: NOUNS.recommendation,
    searchLabel: 'rekomendacja',
    schema: recommendationSchema as z.ZodType<RecommendationData>,
    order: (a, b) => a.data.numer - b.data.numer,
    types: (d) => d.typy_gmin,
    title: (d) => `Rekomendacja ${d.numer}: ${d.tytul}`,
    crumb: (d) => `Rekomendacja ${d.numer}`,
    list: {
      key: 'recommendations',
      nav: 'Rekomendacje',
      position: 2,
      locative: 'rekomendacjach',
      description: WORDS.pages.recommendations.description,
    },
    pages: 'own',
  }),
  kind({
    id: 'narzedzie',
    folder: 'narzedzia',
    route: 'narzedzia',
    singular: 'narzędzie',
    plural: 'Narzędzia',
    count: NOUNS.tool,
    searchLabel: 'narzędzie',
    schema: toolSchema as z.ZodType<ToolData>,
    // By stage, then bundle order (`kolejnosc`), then title.
    order: byBundleOrder,
    types: (d) => d.typy_gmin,
    list: {
      key: 'tools',
      nav: 'Narzędzia',
      position: 3,
      locative: 'narzędziach',
      description: WORDS.pages.tools.description,
    },
    feed: { name: 'narzędzia', about: 'wzory dokumentów do ich wdrażania', summary: (d) => sentence(d.opis) },
    pages: 'own',
  }),
  kind({
    id: 'praktyka',
    folder: 'dobre-praktyki',
    route: 'dobre-praktyki',
    singular: 'dobra praktyka',
    plural: 'Dobre praktyki',
    count: NOUNS.practice,
    searchLabel: 'dobra praktyka',
    schema: practiceSchema as z.ZodType<PracticeData>,
    // Newest first, like the feed: readers come back for what is new; one day's practices by title.
    order: (a, b) => b.data.dodano.localeCompare(a.data.dodano) || byTitle(a, b),
    types: (d) => d.typy_gmin,
    list: {
      key: 'practices',
      nav: 'Dobre praktyki',
      position: 5,
      locative: 'dobrych praktykach',
      description: 'Dobre praktyki z wdrażania Modeli Kooperacji: co zrobiono, gdzie i na którym etapie modelu, ze źródłami.',
    },
    feed: { name: 'dobre praktyki', about: 'dobre praktyki z gmin i powiatów', summary: (d) => sentence(d.opis) },
    pages: {
      lead: 'Co zrobiły gminy, powiaty i regionalne ośrodki polityki społecznej, które wdrażały Modele Kooperacji – opisane tylko na podstawie publicznych źródeł, podanych przy każdym wpisie. Od najnowszych.',
      details: (d) => [d.miejsce, typesLabel(d.typy_gmin)].filter(Boolean).join(' · '),
      facts: (d) => [
        { label: 'Dla kogo', types: d.typy_gmin },
        ...(d.miejsce ? [{ label: 'Miejsce', text: d.miejsce }] : []),
        ...(d.etapy.length > 0 ? [{ label: 'Etapy modelu', stages: d.etapy, of: d.typy_gmin }] : []),
      ],
      related: (d) => d.powiazane,
    },
  }),
  kind({
    id: 'strona',
    folder: 'strony',
    route: '',
    singular: 'strona',
    plural: 'Strony',
    count: NOUNS.page,
    searchLabel: 'strona',
    schema: pageSchema as z.ZodType<PageData>,
    order: byTitle,
    // A standalone page concerns every municipality type: all of them in search, none named on its card.
    types: () => MUNICIPALITY_TYPE_IDS,
    cardTypes: () => [],
    pages: 'own',
  }),
] as const;

/** A kind of the registry and its id. */
export type AnyKind = (typeof CONTENT_KINDS)[number];
export type ContentKindId = AnyKind['id'];
/** The front matter of a kind's files. */
export type DataOf<K extends ContentKindId> = Extract<AnyKind, { id: K }> extends KindSpec<K, infer D> ? D : never;
/** An entry of kind K. */
export type EntryOf<K extends ContentKindId> = Entry<K, DataOf<K>>;
/** Content as a record by kind, each list in its kind's order. */
export type EntriesByKind = { readonly [K in ContentKindId]: readonly EntryOf<K>[] };

/** Any kind, for code that iterates the registry without knowing which kind it meets. */
export type SomeKind = KindSpec<ContentKindId, unknown>;
/** The registry as a list of `SomeKind`. */
export const KINDS: readonly SomeKind[] = CONTENT_KINDS;

export function contentKind<K extends ContentKindId>(id: K): KindSpec<K, DataOf<K>> {
  const found = CONTENT_KINDS.find((k) => k.id === id);
  if (!found) throw new Error(`Unknown content kind: ${id}`);
  return found as unknown as KindSpec<K, DataOf<K>>;
}

/** What the registry's functions need of an entry. */
type Subject = { readonly kind: ContentKindId; readonly data: unknown };
const specOf = (entry: Subject): SomeKind => contentKind(entry.kind) as SomeKind;

/** Kinds with a list page, in their navigation order. */
export function listedKinds(): (SomeKind & { list: NonNullable<SomeKind['list']> })[] {
  return KINDS.filter((k): k is SomeKind & { list: NonNullable<SomeKind['list']> } => k.list !== undefined).sort((a, b) => a.list.position - b.list.position);
}

/** Kinds in the Atom feed, in registry order. */
export function feedKinds(): (SomeKind & { feed: NonNullable<SomeKind['feed']> })[] {
  return KINDS.filter((k): k is SomeKind & { feed: NonNullable<SomeKind['feed']> } => k.feed !== undefined);
}

/** Kinds rendered by the generic list and entry pages (src/pages/[rodzaj]/). */
export function genericKinds(): (SomeKind & { pages: Exclude<SomeKind['pages'], 'own'> })[] {
  return KINDS.filter((k): k is SomeKind & { pages: Exclude<SomeKind['pages'], 'own'> } => k.pages !== 'own');
}

/** The municipality types an entry applies to, as its kind says. */
export const typesOf = (entry: Subject): readonly MunicipalityTypeId[] => specOf(entry).types(entry.data);
