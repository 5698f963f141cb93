/**
 * Terminology check: one term per concept. `content/terminologia.yaml` names,
 * for each concept, the form the site uses (as in the glossary) and the known
 * variants it does not use; every variant found in a content file is reported
 * as a warning with the file and the line. Warnings never stop the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parseYaml } from './frontmatter.ts';
import { problemsFromIssue, type ContentProblem } from './problems.ts';
import { text } from './schemas/fields.ts';

/** The terminology file in the content folder. */
export const TERMINOLOGY_FILE = 'terminologia.yaml';

export const terminologySchema = z.strictObject({
  terminy: z.array(
    z.strictObject({
      /** The form the site uses, as in the glossary. */
      zalecana: text('zalecana: przemoc w rodzinie'),
      /** Variants to avoid; „*” stands for any ending („przemoc* domow*” also finds „przemocy domowej”). */
      warianty: z.array(text('- przemoc* domow*')).min(1, { error: 'lista wariantów jest pusta; wpisz co najmniej jeden wariant' }),
      /** Match letter case exactly (for names written with capitals, e.g. „Model Kooperacji”). */
      wielkosc_liter: z.boolean({ error: 'wpisz true albo false' }).default(false),
      /** Why, shown in the warning. */
      uwaga: z.string().optional(),
    }),
  ),
});

export type Terminology = z.output<typeof terminologySchema>;

/** A file to check: its path for messages and its text. */
export interface TextFile { readonly file: string; readonly text: string }

const LETTER = '\\p{L}';

/** The regular expression of a variant: „*” is any run of letters, and the match stands as whole words. */
export function variantPattern(variant: string, caseSensitive: boolean): RegExp {
  const body = variant
    .trim()
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join(`${LETTER}*`);
  return new RegExp(`(?<!${LETTER})${body}(?!${LETTER})`, caseSensitive ? 'gu' : 'giu');
}

/**
 * Lines not checked: source titles and addresses (`- tytul:` in `zrodla`, `url:`),
 * because they quote other sites; text inside „…” is blanked for the same reason.
 */
function checkable(line: string): string {
  if (/^\s*(-\s+tytul|url|uwagi)\s*:/.test(line)) return '';
  return line.replace(/„[^”]*”/g, (q) => ' '.repeat(q.length));
}

/** Warnings for every variant found, in file and line order. */
export function findVariants(files: readonly TextFile[], terminology: Terminology): ContentProblem[] {
  const patterns = terminology.terminy.flatMap((t) => t.warianty.map((v) => ({ term: t, re: variantPattern(v, t.wielkosc_liter) })));
  const out: ContentProblem[] = [];
  for (const f of files) {
    f.text.split(/\r\n?|\n/).forEach((raw, i) => {
      const line = checkable(raw);
      for (const { term, re } of patterns) {
        for (const m of line.matchAll(re)) {
          out.push({
            file: f.file,
            where: `wiersz ${i + 1}`,
            message: `„${m[0]}” to wariant terminu „${term.zalecana}”; użyj formy „${term.zalecana}” (jak w słowniczku)${term.uwaga ? ` – ${term.uwaga}` : ''}`,
          });
        }
      }
    });
  }
  return out;
}

/** Reads and validates the terminology file; a missing file means no terms. */
export function loadTerminology(dir: string, root = process.cwd()): { terminology: Terminology; problems: ContentProblem[] } {
  const path = join(dir, TERMINOLOGY_FILE);
  const file = relative(root, path);
  if (!existsSync(path)) return { terminology: { terminy: [] }, problems: [] };
  const parsed = parseYaml(file, readFileSync(path, 'utf8'));
  if (parsed.problems.length > 0) return { terminology: { terminy: [] }, problems: parsed.problems };
  const result = terminologySchema.safeParse(parsed.data);
  if (!result.success) return { terminology: { terminy: [] }, problems: result.error.issues.flatMap((iss) => problemsFromIssue(file, iss, (p) => (p.length === 0 ? ['terminy'] : ['zalecana', 'warianty', 'wielkosc_liter', 'uwaga']))) };
  return { terminology: result.data, problems: [] };
}

/** Every Markdown file under the content folder, with its path relative to `root`. */
export function contentTexts(dir: string, root = process.cwd()): TextFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? (e.name === 'pliki' ? [] : walk(join(d, e.name))) : e.name.endsWith('.md') ? [join(d, e.name)] : []));
  return walk(dir).map((p) => ({ file: relative(root, p), text: readFileSync(p, 'utf8') }));
}
