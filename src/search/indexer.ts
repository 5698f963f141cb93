/**
 * Builds the Pagefind index of a built site in Node: pages marked
 * data-pagefind-body, plus a record per PDF so a tool's download is found
 * too. Writes the assets for Polish queries (ł restore map, acronyms), ships
 * only the files the search loads, and fails on any indexing error.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, Root } from 'mdast';
import { transformSync } from 'esbuild';
import * as pagefind from 'pagefind';
import type { Content } from '../content/entries.ts';
import { bundlesOf } from '../content/bundles.ts';
import type { Manifest } from '../content/manifest.ts';
import { filtersFor } from '../content/facets.ts';
import { buildRestoreMap, words } from './folding.ts';
import { synonymsFromGlossary, type GlossaryEntry } from './synonyms.ts';
import { IndexFormatError, rechunkIndex } from './rechunk.ts';
import { assetsFile } from './assets.ts';

/** Folder of the index under the site root, and the file with the Polish query assets. */
export const INDEX_DIR = 'pagefind';
export const ASSETS_FILE = 'kooperacje-szukaj.json';
/**
 * Parts of an indexed page that describe it rather than say something: the
 * facts list („Dla kogo”, „Obszar”, „Adresaci”…), the small label above or
 * below the text („Rekomendacja 1”, „Ostatnia aktualizacja”) and the notes
 * set beside the body. Filters and metadata carry what they say, so leaving
 * them out keeps excerpts to the body text.
 */
export const NOT_BODY_TEXT = ['main > .meta', 'main > .small', 'main > .note'];
/**
 * Target size of a word-index chunk before gzip (2–5 KB gzipped), instead of
 * Pagefind's ~60 KB (28 KB gzipped): a query downloads the chunk of each of
 * its words. A word on most pages, with its longer forms, still fills a
 * bigger chunk of its own (src/search/rechunk.ts).
 */
export const CHUNK_BYTES = 4000;
/** The glossary page the acronyms come from. */
export const GLOSSARY_SLUG = 'slowniczek';

export interface IndexStats {
  readonly pages: number;
  readonly records: number;
  readonly words: number;
  readonly restoreWords: number;
  readonly synonyms: number;
}

export class SearchIndexError extends Error {
  constructor(errors: readonly string[]) {
    super(`Indeks wyszukiwarki nie powstał:\n${errors.map((e) => `  ✗ ${e}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

function check(errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(errors);
}

/** Text of the indexed region of a built page (what Pagefind sees). */
export function indexedText(html: string): string | undefined {
  const m = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html);
  return m?.[1]?.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00A0/g, ' ');
}

const plain = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');

/** „**PCPR** – …” paragraphs of the glossary's Markdown. */
export function glossaryEntries(body: Root): GlossaryEntry[] {
  return body.children.flatMap((node) => {
    if (node.type !== 'paragraph') return [];
    const [first, ...rest] = node.children;
    return first?.type === 'strong' ? [{ term: plain(first.children), definition: plain(rest) }] : [];
  });
}

export async function buildSearchIndex(outDir: string, content: Content, manifest: Manifest | undefined): Promise<IndexStats> {
  const created = await pagefind.createIndex({ forceLanguage: 'pl', excludeSelectors: NOT_BODY_TEXT });
  check(created.errors);
  const index = created.index!;
  try {
    const added = await index.addDirectory({ path: outDir });
    check(added.errors);

    const texts: string[] = [];
    for (const f of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.html')) continue;
      const text = indexedText(readFileSync(join(outDir, f), 'utf8'));
      if (text) texts.push(text);
    }

    let records = 0;
    if (manifest) {
      for (const bundle of bundlesOf(content)) {
        const entry = manifest.bundles[bundle.type.id];
        if (!entry) continue;
        const text = `${entry.title}. Wzory dokumentów w jednym pliku PDF: ${bundle.tools.map((t) => t.data.tytul).join('; ')}.`;
        texts.push(text);
        const r = await index.addCustomRecord({ url: entry.path, content: text, language: 'pl', meta: { title: `${entry.title} (PDF)`, rodzaj: 'plik PDF', typy: bundle.type.plural, opis: text }, filters: filtersFor({ kind: 'pdf', types: [bundle.type.id] }) as Record<string, string[]> });
        check(r.errors);
        records++;
      }
      for (const tool of content.tools) {
        const entry = manifest.tools[tool.id];
        if (!entry) continue;
        const text = `${tool.data.tytul}. ${tool.data.opis} Plik PDF do wydruku, z polami do wypełnienia.`;
        texts.push(text);
        const filters = filtersFor({ kind: 'pdf', types: tool.data.typy_gmin, entry: tool });
        const r = await index.addCustomRecord({ url: entry.path, content: text, language: 'pl', meta: { title: `${tool.data.tytul} (PDF)`, rodzaj: 'plik PDF', typy: filters.typ!.join(', '), opis: tool.data.opis }, filters: filters as Record<string, string[]> });
        check(r.errors);
        records++;
      }
    }

    const written = await index.writeFiles({ outputPath: join(outDir, INDEX_DIR) });
    check(written.errors);
    pruneUnusedFiles(join(outDir, INDEX_DIR));
    splitIndexChunks(join(outDir, INDEX_DIR));

    const glossary = content.pages.find((p) => p.slug === GLOSSARY_SLUG);
    const restore = buildRestoreMap(texts);
    const synonyms = glossary ? synonymsFromGlossary(glossaryEntries(glossary.body)) : [];
    writeFileSync(join(outDir, INDEX_DIR, ASSETS_FILE), JSON.stringify(assetsFile(restore, synonyms)));
    return {
      pages: added.page_count,
      records,
      words: texts.reduce((n, t) => n + words(t).length, 0),
      restoreWords: Object.keys(restore).length,
      synonyms: synonyms.length,
    };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** Re-splits the written index into small chunks; an index it cannot read fails the build, naming the file. */
export function splitIndexChunks(dir: string): void {
  try {
    rechunkIndex(dir, CHUNK_BYTES);
  } catch (error) {
    if (!(error instanceof IndexFormatError)) throw error;
    check([`${INDEX_DIR}/${error.message}; to nie błąd treści: ta wersja Pagefind zapisuje indeks inaczej, niż zakłada src/search/rechunk.ts – zgłoś to programistom`]);
  }
}

/**
 * Pagefind also writes its UI bundles, its web worker (the search runs
 * without it: src/search/client/runtime.ts) and other languages' WASM; the
 * search here loads none of them. pagefind.js itself ships minified (a fifth
 * fewer bytes over the wire).
 */
function pruneUnusedFiles(dir: string): void {
  for (const f of readdirSync(dir)) {
    // Every page is indexed as Polish (forceLanguage), so only the Polish WASM is ever fetched.
    const unused = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\b/.test(f) || (/^wasm\./.test(f) && f !== 'wasm.pl.pagefind');
    if (unused) rmSync(join(dir, f), { recursive: true, force: true });
  }
  const script = join(dir, 'pagefind.js');
  writeFileSync(script, transformSync(readFileSync(script, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' }).code);
}
