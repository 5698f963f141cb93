/**
 * The part of the dictionary that code shipped to browsers uses (the search
 * script and the plural helper it calls), selected here apart from the full
 * dictionary so the browser bundle does not carry the PDF and page strings.
 * A second language changes these two lines as it changes index.ts.
 */
import type { Nouns, SearchWords } from './shape.ts';
import { NOUNS_PL } from './pl/nouns.ts';
import { SEARCH_PL } from './pl/search.ts';

export const NOUNS: Nouns = NOUNS_PL;
export const SEARCH_WORDS: SearchWords = SEARCH_PL;
