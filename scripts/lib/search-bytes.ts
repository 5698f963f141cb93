/**
 * What the search costs over the wire: the files a built site's page fetches
 * in Chromium while someone types a first query into the header field, and
 * then a later one, each file with its gzipped size (as a server that
 * compresses would send it), and the budget they must keep. Used by the
 * benchmark and by the test that keeps the search within its budget.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/server.ts';

export interface FetchedFile {
  /** Path under the site root, e.g. `pagefind/index/pl_123.pf_index`. */
  readonly file: string;
  /** Gzipped bytes. */
  readonly bytes: number;
}

export interface QueryCost {
  readonly query: string;
  readonly files: readonly FetchedFile[];
  readonly bytes: number;
}

const gzipped = new Map<string, number>();
function gzSize(file: string): number {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file)!;
}

/**
 * Types each query in turn into the header search field of `pagePath` and
 * returns what each one fetched (the first query includes loading the search).
 */
export async function searchBytes(dir: string, pagePath: string, queries: readonly string[]): Promise<QueryCost[]> {
  const server = await serve(dir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.origin + pagePath);
    await page.waitForLoadState('networkidle');
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const from = server.sent.length;
      const before = (await page.textContent('[data-search-status]')) ?? '';
      await page.fill('#szukaj-pole', query);
      // The live region announces each answer („N wyników dla …”); then whatever the results still load.
      await page.waitForFunction((previous) => {
        const now = document.querySelector('[data-search-status]')?.textContent ?? '';
        return now !== '' && now !== previous;
      }, before, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const files = server.sent.slice(from).map((r) => ({ file: relative(dir, r.file), bytes: gzSize(r.file) }));
      costs.push({ query, files, bytes: files.reduce((n, f) => n + f.bytes, 0) });
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What the header search may download (gzipped bytes), and what it must never download. */
export interface SearchBudget {
  /** The first query, loading of the search included. */
  readonly first: number;
  /** Each later query. */
  readonly later: number;
  /** One word-index chunk (a word on many pages can need more: its chunk holds it alone). */
  readonly chunk: number;
}

/** Files the header search has no use for: Pagefind's web worker and the filter indexes (counts are shown on the search page only). */
const NOT_FOR_HEADER = [/^pagefind\/pagefind-worker\.js$/, /^pagefind\/filter\//];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')}\u00A0KB`;

/** Polish messages for every way `costs` (a first query, then later ones) break `budget`; empty when they keep it. */
export function overBudget(costs: readonly QueryCost[], budget: SearchBudget): string[] {
  const problems: string[] = [];
  costs.forEach((cost, i) => {
    const limit = i === 0 ? budget.first : budget.later;
    const which = i === 0 ? 'pierwsze zapytanie' : 'kolejne zapytanie';
    if (cost.bytes > limit) problems.push(`${which} „${cost.query}” pobiera ${kb(cost.bytes)}, a budżet to ${kb(limit)}`);
    for (const f of cost.files) {
      if (NOT_FOR_HEADER.some((re) => re.test(f.file))) problems.push(`${which} „${cost.query}” pobiera ${f.file}, którego wyszukiwarka w nagłówku nie potrzebuje`);
      if (f.file.startsWith('pagefind/index/') && f.bytes > budget.chunk) problems.push(`${which} „${cost.query}” pobiera część indeksu ${f.file} o wadze ${kb(f.bytes)}, a budżet części to ${kb(budget.chunk)}`);
    }
  });
  return problems;
}

/** Fetched files grouped by kind (`pagefind/fragment/*`, `pagefind/pagefind.*.pf_meta`, `_astro/runtime.*.js`…), heaviest first. */
export function byKind(files: readonly FetchedFile[]): { kind: string; count: number; bytes: number }[] {
  const kinds = new Map<string, { kind: string; count: number; bytes: number }>();
  for (const f of files) {
    const kind = f.file.replace(/\/pl_[0-9a-f]+\./, '/*.').replace(/\.(pl_)?[0-9a-zA-Z_-]{8,}\./, '.*.');
    const k = kinds.get(kind) ?? { kind, count: 0, bytes: 0 };
    k.count++;
    k.bytes += f.bytes;
    kinds.set(kind, k);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes || a.kind.localeCompare(b.kind));
}
