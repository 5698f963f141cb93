/**
 * Reads `content/`, validates every file against its schema, parses each body
 * once and checks the links between entries. Returns either the content or the
 * full list of problems, never a partial site.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { CONTENT_KINDS, type ContentKindId } from '../domain/kinds.ts';
import { MUNICIPALITY_TYPES } from '../domain/municipalities.ts';
import { checkContent, type InvalidEntry } from './checks.ts';
import type { AnyEntry, Content, Meeting, Model } from './entries.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { parseBody } from './mdx.ts';
import { problemsFromIssue, type ContentProblem } from './problems.ts';
import { entryPath } from './routes.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { modelSchema } from './schemas/model.ts';
import { pageSchema } from './schemas/page.ts';
import { recommendationSchema } from './schemas/recommendation.ts';
import { settingsSchema, type SettingsData } from './schemas/settings.ts';
import { basePathProblem, resolveSiteAddress } from './site-address.ts';
import { toolSchema } from './schemas/tool.ts';

export const SETTINGS_FILE = 'ustawienia.yaml';

const SCHEMAS: Record<ContentKindId, z.ZodType> = {
  model: modelSchema,
  spotkanie: meetingSchema,
  rekomendacja: recommendationSchema,
  narzedzie: toolSchema,
  strona: pageSchema,
};

export type LoadResult = { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };

/** Lists the keys a strict object accepts at `path`, for „did you mean” hints. */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; options?: unknown[] } }).def;
    if (typeof key === 'number' && def?.type === 'array') node = def.element;
    else if (def?.shape && typeof key === 'string') node = def.shape[key];
    else return [];
  }
  const shape = (unwrap(node) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
  let n = node as { def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown } };
  while (n?.def && ['optional', 'default', 'nullable', 'pipe', 'readonly'].includes(n.def.type ?? '')) {
    n = (n.def.innerType ?? n.def.in ?? n.def.schema) as typeof n;
  }
  return n;
}

function validate<T>(schema: z.ZodType<T>, file: string, data: unknown): { value?: T; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.flatMap((issue) => problemsFromIssue(file, issue, (p) => allowedKeysAt(schema, p))),
  };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ['.md', '.mdx'].includes(extname(f)) && statSync(join(dir, f)).isFile())
    .sort();
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

  const settingsFile = join(absDir, SETTINGS_FILE);
  let settings: SettingsData | undefined;
  if (!existsSync(settingsFile)) {
    problems.push({ file: rel(settingsFile), where: 'plik', message: 'brak pliku z ustawieniami serwisu; skopiuj go z repozytorium i uzupełnij' });
  } else {
    const parsed = parseYaml(rel(settingsFile), readFileSync(settingsFile, 'utf8'));
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
      if (settings && !existsSync(join(absDir, settings.logotypy.plik))) {
        problems.push({
          file: rel(settingsFile),
          where: 'pole „logotypy → plik”',
          message: `plik content${settings.logotypy.plik} nie istnieje; dodaj plik z paskiem logotypów do folderu content/pliki albo popraw ścieżkę`,
        });
      }
    }
  }

  for (const kind of CONTENT_KINDS) {
    const folder = join(absDir, kind.folder);
    for (const name of markdownFiles(folder)) {
      const abs = join(folder, name);
      const file = rel(abs);
      const split = splitFrontmatter(file, readFileSync(abs, 'utf8'));
      problems.push(...split.problems);
      const id = basename(name, extname(name));
      if (!split.split) {
        invalid.push({ kind: kind.id, id, path: entryPath(kind.id, slugOf(kind.id, id, {})) });
        continue;
      }
      const v = validate(SCHEMAS[kind.id], file, split.split.data);
      problems.push(...v.problems);
      if (!v.value) {
        // Keep what is known of an invalid entry, so its own mistake does not
        // also show up as broken links and missing models elsewhere.
        invalid.push({ kind: kind.id, id, path: entryPath(kind.id, slugOf(kind.id, id, split.split.data)) });
        continue;
      }
      const data = v.value as { slug?: string; typ_gminy?: string };
      const slug = slugOf(kind.id, id, data);
      const body = parseBody(file, split.split.body, split.split.bodyLine);
      problems.push(...body.problems);
      entries.push({
        kind: kind.id,
        id,
        slug,
        file,
        path: entryPath(kind.id, slug),
        data,
        body: body.tree,
        bodyLine: split.split.bodyLine,
      } as AnyEntry);
    }
  }

  if (settings) problems.push(...checkContent(absDir, rel, entries, invalid));
  if (problems.length > 0 || !settings) return { ok: false, problems };

  const of = <K extends ContentKindId>(k: K) => entries.filter((e): e is Extract<AnyEntry, { kind: K }> => e.kind === k);
  const typeOrder = (m: Model) => MUNICIPALITY_TYPES.findIndex((t) => t.id === m.data.typ_gminy);
  return {
    ok: true,
    content: {
      dir: absDir,
      settings,
      models: of('model').sort((a, b) => typeOrder(a) - typeOrder(b)),
      meetings: of('spotkanie').sort(byDateDesc),
      recommendations: of('rekomendacja').sort((a, b) => a.data.numer - b.data.numer),
      tools: of('narzedzie').sort((a, b) => a.data.kolejnosc - b.data.kolejnosc || a.data.tytul.localeCompare(b.data.tytul, 'pl')),
      pages: of('strona').sort((a, b) => a.data.tytul.localeCompare(b.data.tytul, 'pl')),
    },
  };
}

/** The URL segment of an entry: a model's comes from its municipality type, others from `slug` or the file name. */
function slugOf(kind: ContentKindId, id: string, data: unknown): string {
  const raw = (data ?? {}) as { slug?: unknown; typ_gminy?: unknown };
  if (kind === 'model') return MUNICIPALITY_TYPES.find((t) => t.id === raw.typ_gminy)?.slug ?? id;
  return typeof raw.slug === 'string' && /^[a-z0-9-]+$/.test(raw.slug) ? raw.slug : id;
}

function byDateDesc(a: Meeting, b: Meeting): number {
  const da = a.data.data === 'nieznana' ? '' : a.data.data;
  const db = b.data.data === 'nieznana' ? '' : b.data.data;
  return db.localeCompare(da) || a.data.tytul.localeCompare(b.data.tytul, 'pl');
}

