/**
 * Kinds of content: one per collection under `content/`. The URL prefix,
 * the folder and the Polish labels (used in lists, filters and PDFs) live here.
 */

export interface ContentKind {
  readonly id: 'model' | 'spotkanie' | 'rekomendacja' | 'narzedzie' | 'strona';
  /** Folder under `content/`. */
  readonly folder: string;
  /** URL prefix of entry pages ('' for standalone pages at the root). */
  readonly route: string;
  readonly singular: string;
  readonly plural: string;
}

export const CONTENT_KINDS = [
  { id: 'model', folder: 'modele', route: 'modele', singular: 'model', plural: 'Modele Kooperacji' },
  { id: 'spotkanie', folder: 'spotkania', route: 'spotkania', singular: 'relacja ze spotkania', plural: 'Spotkania i relacje' },
  { id: 'rekomendacja', folder: 'rekomendacje', route: 'rekomendacje', singular: 'rekomendacja', plural: 'Rekomendacje' },
  { id: 'narzedzie', folder: 'narzedzia', route: 'narzedzia', singular: 'narzędzie', plural: 'Narzędzia' },
  { id: 'strona', folder: 'strony', route: '', singular: 'strona', plural: 'Strony' },
] as const satisfies readonly ContentKind[];

export type ContentKindId = (typeof CONTENT_KINDS)[number]['id'];

export function contentKind(id: ContentKindId): ContentKind {
  const kind = CONTENT_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`Unknown content kind: ${id}`);
  return kind;
}
