/**
 * Finds institution sentences (`teksty` in ustawienia.yaml) written into
 * source files as literals. A sentence is cut into clauses at punctuation and
 * at „i”, „oraz”, „ale”;
 * any clause of four words or more found in a file counts, so a reworded
 * copy that keeps one clause („nie jest oficjalnym formularzem”) is found too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const MIN_WORDS = 4;

const normalise = (text: string) => text.replace(/[\s\u00A0]+/g, ' ').toLocaleLowerCase('pl');

/** The clauses of a sentence long enough to be telling, normalised. */
export function tellingClauses(sentence: string): string[] {
  return normalise(sentence)
    .split(/[.,;:–„”()]| (?:i|oraz|ale) /)
    .map((c) => c.trim())
    .filter((c) => c.split(' ').length >= MIN_WORDS);
}

/** The clauses of `sentences` that occur in `source`. */
export function literalClauses(source: string, sentences: readonly string[]): string[] {
  const text = normalise(source);
  return [...new Set(sentences.flatMap(tellingClauses))].filter((clause) => text.includes(clause));
}

/** „file: „clause”” for every .astro and .ts file under `dirs` (relative to `root`) holding a clause. */
export function literalsIn(root: string, dirs: readonly string[], sentences: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(astro|ts)$/.test(entry.name)) {
        for (const clause of literalClauses(readFileSync(path, 'utf8'), sentences)) found.push(`${relative(root, path)}: „${clause}”`);
      }
    }
  };
  dirs.forEach((d) => walk(join(root, d)));
  return found;
}
