/** The validated content the site and the toolkits are built from. */
import { CONTENT_KINDS, contentKind, type ContentKindId, type EntriesByKind, type EntryOf } from './kinds.ts';
import type { SettingsData } from './schemas/settings.ts';

export type { Entry, EntriesByKind, EntryOf } from './kinds.ts';

export type Model = EntryOf<'model'>;
export type Meeting = EntryOf<'spotkanie'>;
export type Recommendation = EntryOf<'rekomendacja'>;
export type Tool = EntryOf<'narzedzie'>;
export type Page = EntryOf<'strona'>;
export type Practice = EntryOf<'praktyka'>;
/** An entry of any kind of the registry. */
export type AnyEntry = { [K in ContentKindId]: EntryOf<K> }[ContentKindId];

export interface Content {
  /** Absolute path of the content folder. */
  readonly dir: string;
  readonly settings: SettingsData;
  /** Every kind's entries, in the order its registry entry gives (src/content/kinds.ts). */
  readonly entries: EntriesByKind;
  /** Shorthands for `entries.model` etc.: in the declared order of municipality types. */
  readonly models: readonly Model[];
  /** Newest first; undated reports last. */
  readonly meetings: readonly Meeting[];
  /** By number. */
  readonly recommendations: readonly Recommendation[];
  /** By stage, then bundle order (`kolejnosc`), then title. */
  readonly tools: readonly Tool[];
  readonly pages: readonly Page[];
}

/** Every entry of every kind, kinds in registry order. */
export function allEntries(content: Pick<Content, 'entries'>): AnyEntry[] {
  return CONTENT_KINDS.flatMap((k) => entriesOf(content, k.id));
}

/** The entries of one kind, typed as any entry (for code that iterates the registry). */
export function entriesOf(content: Pick<Content, 'entries'>, kind: ContentKindId): readonly AnyEntry[] {
  return content.entries[kind];
}

/** The key other entries use to refer to an entry: „narzedzia/deklaracja-przystapienia”. */
export function entryKey(entry: Pick<AnyEntry, 'kind' | 'id'>): string {
  return `${contentKind(entry.kind).folder}/${entry.id}`;
}

/** Content with the shorthands filled in from the record by kind. */
export function contentOf(dir: string, settings: SettingsData, entries: EntriesByKind): Content {
  return {
    dir,
    settings,
    entries,
    models: entries.model,
    meetings: entries.spotkanie,
    recommendations: entries.rekomendacja,
    tools: entries.narzedzie,
    pages: entries.strona,
  };
}
