/**
 * Pagefind answers a word it does not know with the longest prefix it does
 * know; in Polish that is often a one-letter word („okno” → every page with
 * „o”). A result counts only when every query word has a highlighted match
 * that is plausibly the same word.
 */
import { fold, words } from './folding.ts';

/** Words Pagefind highlighted in an excerpt. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => words(m[1]!)).map(fold);
}

/** Whether a highlighted word can be the query word (same word, or an inflected form of it). */
export function matches(queryWord: string, marked: string): boolean {
  const q = fold(queryWord);
  if (marked === q || marked.startsWith(q)) return true;
  let n = 0;
  while (n < q.length && n < marked.length && q[n] === marked[n]) n++;
  return n >= Math.max(3, Math.min(q.length, marked.length) - 4) && n >= Math.min(q.length, 3);
}

/** True when every query word of two or more letters is among the highlighted words. */
export function everyWordFound(query: string, marked: readonly string[]): boolean {
  return words(query)
    .filter((w) => w.length >= 2)
    .every((w) => marked.some((m) => matches(w, m)));
}
