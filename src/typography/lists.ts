/** Enumerations in running text, in the dictionary's language: „a, b i c”. */
import { WORDS } from '../domain/words/index.ts';

/** „a”, „a i b”, „a, b i c”. */
export function listPhrase(items: readonly string[]): string {
  return WORDS.listPhrase(items);
}
