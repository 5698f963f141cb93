/**
 * One search as staff expect it, on top of Pagefind: ł restored, acronyms
 * expanded (each variant searched and the results merged), prefix-fallback
 * noise dropped, filters combined (any value within a filter, all filters
 * together). Runs in the browser and, for tests and the benchmark, in Node.
 */
import type { FilterValues } from '../content/facets.ts';
import { fold, restoreQuery, words, type RestoreMap } from './folding.ts';
import { everyWordFound, markedWords } from './guard.ts';
import { alternativeQueries, type Synonym } from './synonyms.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
  /** The page's indexed text and the positions (whitespace-separated words) that matched. */
  content?: string;
  locations?: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/** The part of pagefind.js this module uses. */
export interface Pagefind {
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchAssets {
  readonly restore: RestoreMap;
  readonly synonyms: readonly Synonym[];
}

export interface Hit {
  readonly url: string;
  readonly title: string;
  readonly kind: string;
  readonly types: string;
  readonly date?: string | undefined;
  /** Excerpt with the query highlighted by <mark>. */
  readonly excerpt: string;
  readonly sections: readonly { title: string; url: string; excerpt: string }[];
}

export interface Outcome {
  /** The query as searched (with ł restored). */
  readonly query: string;
  readonly total: number;
  /** The first `limit` hits, best first. */
  readonly hits: readonly Hit[];
  /** Results per filter value (display form), for the filter checkboxes. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Pagefind's counts by filter key (whatever filters the index has; a filter it did not report counts nothing). */
function countsOf(filters: Record<string, Record<string, number>> | undefined): Outcome['counts'] {
  return { ...filters };
}

/** Pagefind filters from selected values: any of the values of a filter, every filter. */
export function pagefindFilters(selected: FilterValues): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(selected).filter(([, v]) => v && v.length > 0).map(([k, v]) => [k, { any: v! }]));
}

function hitOf(data: PagefindData): Hit {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    kind: data.meta.rodzaj ?? '',
    types: data.meta.typy ?? '',
    date: data.meta.data,
    excerpt: data.excerpt,
    sections: (data.sub_results ?? []).filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3),
  };
}

/** Every word Pagefind matched on a page: all its locations, not just the excerpt's window. */
function matchedWords(data: PagefindData): string[] {
  const text = data.content?.split(/\s+/) ?? [];
  const located = (data.locations ?? []).flatMap((i) => words(text[i] ?? '')).map(fold);
  return [...located, ...[data.excerpt, ...(data.sub_results ?? []).map((s) => s.excerpt)].flatMap(markedWords)];
}

/** Merges results of several searches, keeping each page once with its best score. */
function merge(responses: readonly PagefindResponse[]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const r of responses) for (const result of r.results) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Counts per filter value from loaded result data (used when several searches were merged). */
function countFrom(data: readonly PagefindData[]): Outcome['counts'] {
  const counts: Record<string, Record<string, number>> = {};
  for (const d of data) for (const [key, values] of Object.entries(d.filters)) for (const v of values) (counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1;
  return countsOf(counts);
}

export async function search(pagefind: Pagefind, assets: SearchAssets, rawQuery: string, selected: FilterValues = {}, limit = 10): Promise<Outcome> {
  const filters = pagefindFilters(selected);
  const query = restoreQuery(rawQuery.trim(), assets.restore);
  if (!query) {
    if (Object.keys(filters).length === 0) return { query, total: 0, hits: [], counts: countsOf(undefined) };
    const browse = await pagefind.search(null, { filters });
    const results = browse?.results ?? [];
    return { query, total: results.length, hits: (await Promise.all(results.slice(0, limit).map((r) => r.data()))).map(hitOf), counts: countsOf(browse?.filters) };
  }

  const variants = [query, ...alternativeQueries(query, assets.synonyms)].slice(0, 4);
  const kept: PagefindResponse[] = [];
  const firstData = new Map<string, PagefindData>();
  for (const variant of variants) {
    const response = await pagefind.search(variant, { filters });
    const first = response?.results[0];
    if (!response || !first) continue;
    const data = await first.data();
    const marked = matchedWords(data);
    // A word missing from the index makes Pagefind match its longest known prefix; drop such answers.
    if (!everyWordFound(variant, marked)) continue;
    firstData.set(first.id, data);
    kept.push(response);
  }
  if (kept.length === 0) return { query, total: 0, hits: [], counts: countsOf(undefined) };

  const merged = merge(kept);
  const load = (r: PagefindResult) => firstData.get(r.id) ?? r.data();
  if (kept.length === 1) {
    const data = await Promise.all(merged.slice(0, limit).map(load));
    return { query, total: merged.length, hits: data.map(hitOf), counts: countsOf(kept[0]!.filters) };
  }
  // Counts of a union are not the sum of counts: read the filters of the merged results themselves.
  const data = await Promise.all(merged.slice(0, Math.max(limit, 60)).map(load));
  return { query, total: merged.length, hits: data.slice(0, limit).map(hitOf), counts: countFrom(data) };
}

