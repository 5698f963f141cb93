/**
 * Typing without Polish letters. Pagefind folds ą ć ę ń ó ś ź ż by itself but
 * not ł, which has no Unicode decomposition. At build time we collect every
 * word of the site that has an ł; at query time a word typed without it is
 * restored („spoleczna” → „społeczna”), so the index, excerpts and
 * highlighting keep the real spelling.
 */

/** Lower case without any diacritics, ł included: „Łódź” → „lodz”. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Words of a text, as Pagefind splits them (letters and digits). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** folded form → the spelling with ł, for every word of the site that has an ł. */
export type RestoreMap = Record<string, string>;

/** Collects the ł-words of `texts` into a restore map. */
export function buildRestoreMap(texts: Iterable<string>): RestoreMap {
  const map: RestoreMap = {};
  for (const text of texts) {
    for (const w of words(text)) {
      const lower = w.toLowerCase();
      if (lower.includes('ł')) map[fold(lower)] ??= lower;
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Puts ł back into a word typed without it. An exact match wins; otherwise a
 * known word sharing a long prefix lends its ł positions, so inflected forms
 * that are not on the site still find their stem („spolecznymi” → „społecznymi”).
 */
export function restoreWord(word: string, map: RestoreMap): string {
  const lower = word.toLowerCase();
  if (lower.includes('ł') || !lower.includes('l')) return word;
  const key = fold(lower);
  const exact = map[key];
  if (exact) return exact;
  let best: string | undefined;
  let bestLength = 0;
  for (const [folded, original] of Object.entries(map)) {
    let n = 0;
    while (n < folded.length && n < key.length && folded[n] === key[n]) n++;
    if (n > bestLength && original.slice(0, n).includes('ł')) [best, bestLength] = [original, n];
  }
  // A shared prefix must cover most of the word, so „lodz” does not borrow from „łódka”.
  if (!best || bestLength < Math.max(4, key.length - 4)) return word;
  return best.slice(0, bestLength) + lower.slice(bestLength);
}

/** Restores ł in every word of a query, keeping the rest as typed. */
export function restoreQuery(query: string, map: RestoreMap): string {
  return query.replace(/[\p{L}\p{N}]+/gu, (w) => restoreWord(w, map));
}
