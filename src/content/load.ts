/**
 * Reads `content/`, validates every file against its schema, parses each body
 * once and checks the links between entries. Returns either the content or the
 * full list of problems, never a partial site.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { contentFileProblem, FILES_PREFIX } from '../safety/paths.ts';
import { linkProblems, walkContent } from '../safety/tree.ts';
import { checkContent, type InvalidEntry } from './checks.ts';
import { readUtf8 } from './encoding.ts';
import { contentOf, type AnyEntry, type Content } from './entries.ts';
import { checkContentFiles, entryFiles } from './files.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { CONTENT_KINDS, contentKind, type ContentKindId, type EntriesByKind } from './kinds.ts';
import { contentFilesProblems, LIMITS, markdownFileProblem, parseWithinLimits, tooBigFile } from './limits.ts';
import { emptyValues } from './empty-values.ts';
import { fieldPath, problemsFromIssue, type ContentProblem } from './problems.ts';
import { allowedKeysAt, otherVariantOf } from './schema-paths.ts';
import { entryPath } from './routes.ts';
import { settingsSchema, type SettingsData } from './schemas/settings.ts';
import { basePathProblem, resolveSiteAddress } from './site-address.ts';
import { TERMINOLOGY_FILE } from './terminology.ts';
import { contentWarnings } from './warnings.ts';

export const SETTINGS_FILE = 'ustawienia.yaml';

/** `warnings` (form syntax, edition date) are printed but do not stop the build. */
export type LoadResult =
  | { ok: true; content: Content; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

/** Validates `data`; an empty optional field is reported once, as empty (src/content/empty-values.ts), not also as a wrong value. */
function validate<T>(schema: z.ZodType<T>, file: string, data: unknown): { value?: T; problems: ContentProblem[] } {
  const empty = emptyValues(schema, data);
  const covered = (path: readonly PropertyKey[]) => empty.some((e) => e.path.every((k, i) => path[i] === k));
  const emptyProblems = empty.map((e) => ({ file, where: `pole „${fieldPath(e.path)}”`, message: e.message }));
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: emptyProblems };
  return {
    problems: [
      ...emptyProblems,
      ...result.error.issues
        .filter((issue) => !covered(issue.path))
        .flatMap((issue) =>
          problemsFromIssue(file, issue, (p, input) => allowedKeysAt(schema, p, input), (p, input, key) => otherVariantOf(schema, p, input, key)),
        ),
    ],
  };
}

/**
 * Loads and validates the content folder at `dir`. File names in messages are
 * relative to the folder's parent, so they always read „content/…”.
 */
export function loadContent(dir: string): LoadResult {
  const absDir = resolve(dir);
  const root = dirname(absDir);
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const problems: ContentProblem[] = [];
  const entries: AnyEntry[] = [];
  const invalid: InvalidEntry[] = [];
  // Listed without following links; every link is a problem and is never read.
  const tree = walkContent(absDir);
  problems.push(...linkProblems(tree, (p) => rel(join(absDir, p))));

  const settingsFile = join(absDir, SETTINGS_FILE);
  let settings: SettingsData | undefined;
  if (tree.links.includes(SETTINGS_FILE)) {
    // Reported above.
  } else if (!existsSync(settingsFile)) {
    problems.push({ file: rel(settingsFile), where: 'plik', message: 'brak pliku z ustawieniami serwisu; skopiuj go z repozytorium i uzupełnij' });
  } else {
    const tooBig = tooBigFile(rel(settingsFile), statSync(settingsFile).size, LIMITS.settingsBytes, 'usuń zbędne fragmenty');
    const read = tooBig ? { problem: tooBig } : readUtf8(settingsFile, rel(settingsFile));
    const parsed = read.problem ? { problems: [read.problem] } : parseYaml(rel(settingsFile), read.text);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      const v = validate(settingsSchema, rel(settingsFile), parsed.data);
      problems.push(...v.problems);
      settings = v.value;
      if (settings) {
        // The address every absolute link is built from, with BASE_PATH applied (src/content/site-address.ts).
        const site = resolveSiteAddress(settings.serwis.adres, process.env.BASE_PATH);
        if ('conflict' in site) problems.push(basePathProblem(rel(settingsFile), site.conflict));
        else settings = { ...settings, serwis: { ...settings.serwis, adres: site.address } };
      }
      const logo = settings && contentFileProblem(absDir, settings.logotypy.plik, { image: true, missingFix: 'dodaj plik z paskiem logotypów do folderu content/pliki albo popraw ścieżkę' });
      if (logo) problems.push({ file: rel(settingsFile), where: 'pole „logotypy → plik”', message: logo });
      for (const key of ['pjm', 'etr'] as const) {
        const value = settings?.dostepnosc[key];
        const problem = value?.startsWith(FILES_PREFIX) && contentFileProblem(absDir, value, { missingFix: 'dodaj plik do folderu content/pliki albo popraw ścieżkę' });
        if (problem) problems.push({ file: rel(settingsFile), where: `pole „dostepnosc → ${key}”`, message: problem });
      }
    }
  }

  problems.push(...checkContentFiles(absDir, rel, [SETTINGS_FILE, TERMINOLOGY_FILE]));

  for (const kind of CONTENT_KINDS) {
    const folder = join(absDir, kind.folder);
    for (const name of entryFiles(tree, kind.folder)) {
      const abs = join(folder, name);
      const file = rel(abs);
      const tooBig = markdownFileProblem(file, abs);
      const read = tooBig ? { problem: tooBig } : readUtf8(abs, file);
      const id = basename(name, extname(name));
      if (read.problem) {
        problems.push(read.problem);
        invalid.push({ kind: kind.id, id, path: entryPath(kind.id, slugOf(kind.id, id, {})) });
        continue;
      }
      const split = splitFrontmatter(file, read.text);
      problems.push(...split.problems);
      if (!split.split) {
        const parsed = split.body && parseWithinLimits(file, split.body.body, split.body.bodyLine);
        if (parsed) problems.push(...parsed.problems);
        const body = split.body && parsed && { file, body: parsed.body, bodyLine: split.body.bodyLine };
        invalid.push({ kind: kind.id, id, path: entryPath(kind.id, slugOf(kind.id, id, {})), ...body });
        continue;
      }
      const v = validate(kind.schema as z.ZodType, file, split.split.data);
      problems.push(...v.problems);
      if (!v.value) {
        // Keep what is known of an invalid entry, so its own mistake does not
        // also show up as broken links and missing models elsewhere; its body is checked all the same.
        const parsed = parseWithinLimits(file, split.split.body, split.split.bodyLine);
        problems.push(...parsed.problems);
        invalid.push({
          kind: kind.id,
          id,
          path: entryPath(kind.id, slugOf(kind.id, id, split.split.data)),
          file,
          body: parsed.body,
          bodyLine: split.split.bodyLine,
        });
        continue;
      }
      const parsed = parseWithinLimits(file, split.split.body, split.split.bodyLine);
      problems.push(...parsed.problems);
      const data = v.value as { slug?: string; typ_gminy?: string };
      const slug = slugOf(kind.id, id, data);
      entries.push({
        kind: kind.id,
        id,
        slug,
        file,
        path: entryPath(kind.id, slug),
        data,
        body: parsed.body,
        bodyLine: split.split.bodyLine,
      } as AnyEntry);
    }
  }

  problems.push(...contentFilesProblems(absDir, rel));
  // Entries are checked even when the settings are not, so no mistake waits for another to be fixed.
  problems.push(...checkContent(absDir, rel, entries, invalid, settings?.serwis.adres));
  const warnings = contentWarnings(entries, settings);
  if (problems.length > 0 || !settings) return { ok: false, problems, warnings };

  // Each kind's entries in the order its registry entry declares.
  const byKind = Object.fromEntries(
    CONTENT_KINDS.map((k) => [k.id, entries.filter((e) => e.kind === k.id).sort(k.order as (a: AnyEntry, b: AnyEntry) => number)]),
  ) as unknown as EntriesByKind;
  return {
    ok: true,
    content: contentOf(absDir, settings, byKind),
    warnings,
  };
}

/** The URL segment of an entry: from its kind when the kind says so (a model's from its municipality type), otherwise from `slug` or the file name. */
function slugOf(kind: ContentKindId, id: string, data: unknown): string {
  const raw = (data ?? {}) as Record<string, unknown>;
  const spec = contentKind(kind);
  if (spec.slugFrom) return spec.slugFrom(raw) ?? id;
  return typeof raw.slug === 'string' && /^[a-z0-9-]+$/.test(raw.slug) ? raw.slug : id;
}
