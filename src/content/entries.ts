/** The validated content the site and the toolkits are built from. */
import type { Root } from 'mdast';
import { contentKind, type ContentKindId } from '../domain/kinds.ts';
import type { MeetingData } from './schemas/meeting.ts';
import type { ModelData } from './schemas/model.ts';
import type { PageData } from './schemas/page.ts';
import type { RecommendationData } from './schemas/recommendation.ts';
import type { SettingsData } from './schemas/settings.ts';
import type { ToolData } from './schemas/tool.ts';

export interface Entry<K extends ContentKindId, D> {
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

export type Model = Entry<'model', ModelData>;
export type Meeting = Entry<'spotkanie', MeetingData>;
export type Recommendation = Entry<'rekomendacja', RecommendationData>;
export type Tool = Entry<'narzedzie', ToolData>;
export type Page = Entry<'strona', PageData>;
export type AnyEntry = Model | Meeting | Recommendation | Tool | Page;

export interface Content {
  /** Absolute path of the content folder. */
  readonly dir: string;
  readonly settings: SettingsData;
  /** In the declared order of municipality types. */
  readonly models: readonly Model[];
  /** Newest first; undated reports last. */
  readonly meetings: readonly Meeting[];
  /** By number. */
  readonly recommendations: readonly Recommendation[];
  /** By stage, then bundle order (`kolejnosc`), then title. */
  readonly tools: readonly Tool[];
  readonly pages: readonly Page[];
}

/** Every entry of every kind. */
export function allEntries(content: Content): AnyEntry[] {
  return [...content.models, ...content.meetings, ...content.recommendations, ...content.tools, ...content.pages];
}

/** The key other entries use to refer to an entry: „narzedzia/deklaracja-przystapienia”. */
export function entryKey(entry: Pick<AnyEntry, 'kind' | 'id'>): string {
  return `${contentKind(entry.kind).folder}/${entry.id}`;
}
