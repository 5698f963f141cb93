/**
 * Editor-facing problems: each names the file, the place in it, what is wrong
 * and how to fix it, in Polish. `formatProblem` gives the one-line form
 * „content/spotkania/x.md · pole „data”: … ; …”.
 */
import type { z } from 'zod';
import { EMPTY, PLACEHOLDER_PREFIX, describeInput } from './schemas/fields.ts';
import { NOUNS, countOf } from '../typography/plural.ts';
import { formatProblem, type ContentProblem } from '../domain/problem.ts';

export { formatProblem, type ContentProblem };


/** Thrown when content is invalid; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Treść serwisu zawiera ${countOf(problems.length, NOUNS.error)}:\n` +
        problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** „prelegenci → 2. pozycja → rola” from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `${k + 1}. pozycja` : String(k))).join(' → ');
}

/** The candidate within two edits of `word`, for „did you mean” hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = levenshtein(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * `nazwa: [DO UZUPEŁNIENIA: x]` without quotes is YAML for a list holding
 * { "DO UZUPEŁNIENIA": "x" }: finds such a value and gives back the text the
 * editor meant, „[DO UZUPEŁNIENIA: x]”.
 */
export function unquotedPlaceholder(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = unquotedPlaceholder(v);
      if (found) return found;
    }
    if (typeof value[0] === 'string' && value[0].startsWith(PLACEHOLDER_PREFIX.slice(1))) return `[${value.join(', ')}]`;
    return undefined;
  }
  if (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value)[0] ?? [];
    if (key?.startsWith(PLACEHOLDER_PREFIX.slice(1))) return `[${key}${inner === null || inner === undefined ? '' : `: ${String(inner)}`}]`;
  }
  return undefined;
}

/** Turns one zod issue into problems (an unknown-keys issue gives one per key). */
export function problemsFromIssue(
  file: string,
  issue: z.core.$ZodIssue,
  allowedKeys: (path: readonly PropertyKey[], input: unknown) => string[],
  /** For a key of another variant of a union (a stale `platforma` after switching a meeting to in person): the fixed values of both variants. */
  otherVariant?: (path: readonly PropertyKey[], input: unknown, key: string) => { chosen: string; owner: string } | undefined,
): ContentProblem[] {
  const gap = unquotedPlaceholder((issue as { input?: unknown }).input);
  if (gap) {
    return [
      {
        file,
        where: `pole „${fieldPath(issue.path)}”`,
        message: `wartość do uzupełnienia bez cudzysłowu jest odczytywana jako lista, a nie tekst; weź ją w cudzysłów prosty: "${gap}"`,
      },
    ];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path, (issue as { input?: unknown }).input);
    return issue.keys.map((key) => {
      const variant = otherVariant?.(issue.path, (issue as { input?: unknown }).input, key);
      if (variant) {
        return {
          file,
          where: `pole „${fieldPath([...issue.path, key])}”`,
          message: `to pole należy do „${variant.owner}”, a wpisano „${variant.chosen}”; usuń wiersz „${key}: …” (zostaje po zmianie rodzaju) albo popraw „${variant.chosen}”`,
        };
      }
      const guess = closest(key, allowed);
      return {
        file,
        where: `pole „${fieldPath([...issue.path, key])}”`,
        message:
          `nieznane pole; ` +
          (guess ? `czy chodziło o „${guess}”? ` : '') +
          (allowed.length > 0 ? `dozwolone pola to: ${allowed.join(', ')}` : 'usuń je albo popraw nazwę według opisu pól w README'),
      };
    });
  }
  let message = issue.message;
  // zod's own English messages appear only for checks without a Polish message; give them a generic Polish text.
  if (!/[ąćęłńóśźż]|; /.test(message)) {
    const input = (issue as { input?: unknown }).input;
    message =
      describeInput(input) === EMPTY
        ? 'pole jest puste; wpisz wartość według opisu pól w README'
        : `niepoprawna wartość ${describeInput(input)}; sprawdź ją z opisem pól w README`;
  }
  return [{ file, where: `pole „${fieldPath(issue.path)}”`, message }];
}
