/**
 * The file of Polish query assets (pagefind/kooperacje-szukaj.json) as it is
 * sent: the site's words with „ł” as a plain list (the restore map's keys are
 * those words folded, so the browser rebuilds the map instead of downloading
 * every word twice) and the glossary's acronyms.
 */
import type { SearchAssets } from './engine.ts';
import { fold, type RestoreMap } from './folding.ts';
import type { Synonym } from './synonyms.ts';

export interface AssetsFile {
  /** Every word of the site with „ł”, in the restore map's order. */
  readonly lWords: readonly string[];
  readonly synonyms: readonly Synonym[];
}

export function assetsFile(restore: RestoreMap, synonyms: readonly Synonym[]): AssetsFile {
  return { lWords: Object.values(restore), synonyms };
}

export function readAssets(file: AssetsFile): SearchAssets {
  return { restore: Object.fromEntries(file.lWords.map((w) => [fold(w), w])), synonyms: file.synonyms };
}
