/**
 * The reader-facing dictionary in the site's language. Code reads fixed
 * strings as `WORDS.area.key` and counts with `countOf(n, WORDS.nouns.x)`.
 * A second language is one more folder beside pl/ implementing `Words`,
 * selected here (and in browser.ts for the search script).
 */
import { PL } from './pl/index.ts';
import type { Words } from './shape.ts';

export const WORDS: Words = PL;
export type { Nouns, PluralForms, Words } from './shape.ts';
