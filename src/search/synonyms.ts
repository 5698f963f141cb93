/**
 * Acronyms and their expansions find each other: „PCPR” ↔ „powiatowe centrum
 * pomocy rodzinie”. The pairs come from the glossary page, whose entries read
 * „**PCPR** – powiatowe centrum pomocy rodzinie: …”.
 */
import { fold, words } from './folding.ts';

export interface Synonym {
  /** The acronym as written: „PCPR”. */
  readonly acronym: string;
  /** Its expansion: „powiatowe centrum pomocy rodzinie”. */
  readonly expansion: string;
}

/** A glossary entry: the bold term and the text after its dash. */
export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

/**
 * Acronym entries of the glossary: the term is an acronym (two or more
 * capitals, e.g. PCPR, MRPiPS) and its expansion is the definition up to the
 * first colon, semicolon, full stop or bracket.
 */
export function synonymsFromGlossary(entries: readonly GlossaryEntry[]): Synonym[] {
  const out: Synonym[] = [];
  for (const { term, definition } of entries) {
    const acronym = term.trim();
    if (!/^[A-ZĄĆĘŁŃÓŚŹŻ][A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]{1,7}$/.test(acronym)) continue;
    if ((acronym.match(/[A-ZĄĆĘŁŃÓŚŹŻ]/g) ?? []).length < 2) continue;
    const expansion = definition.replace(/^\s*[–-]\s*/, '').split(/[:;.(]/)[0]!.trim();
    if (words(expansion).length >= 2) out.push({ acronym, expansion });
  }
  return out;
}

/** Two word forms are the same word when they share all but a short ending („powiatowego” ~ „powiatowe”). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let n = 0;
  while (n < shorter && a[n] === b[n]) n++;
  return n >= Math.max(4, shorter - 3);
}

/**
 * Other ways to ask the same thing: an acronym in the query is replaced by its
 * expansion, and an expansion (in any inflected form, or contained in a longer
 * one such as „gminny ośrodek pomocy społecznej”) by its acronym.
 */
export function alternativeQueries(query: string, synonyms: readonly Synonym[]): string[] {
  const typed = words(query);
  const folded = typed.map(fold);
  const alternatives = new Set<string>();
  for (const { acronym, expansion } of synonyms) {
    const a = fold(acronym);
    const at = folded.indexOf(a);
    if (at >= 0) alternatives.add([...typed.slice(0, at), expansion, ...typed.slice(at + 1)].join(' '));
    const phrase = words(expansion).map(fold);
    // The query contains the whole expansion, or the expansion contains the query's phrase.
    for (let start = 0; start < folded.length; start++) {
      for (let end = folded.length; end > start + 1; end--) {
        const span = folded.slice(start, end);
        const offset = phrase.findIndex((_, i) => span.every((w, j) => phrase[i + j] !== undefined && sameWord(w, phrase[i + j]!)));
        // The whole expansion anywhere in the query, or a whole query of three or more words inside a longer expansion.
        const whole = span.length === phrase.length;
        const inside = start === 0 && end === folded.length && span.length >= 3;
        if (offset >= 0 && (whole || inside)) {
          alternatives.add([...typed.slice(0, start), acronym, ...typed.slice(end)].join(' '));
        }
      }
    }
  }
  alternatives.delete(query);
  return [...alternatives];
}
