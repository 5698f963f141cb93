import { describe, expect, it } from 'vitest';
import { byKind, overBudget, type QueryCost } from '../../scripts/lib/search-bytes.ts';

const budget = { first: 100 * 1024, later: 15 * 1024, chunk: 8 * 1024 };
const cost = (query: string, files: [string, number][]): QueryCost => ({
  query,
  files: files.map(([file, kb]) => ({ file, bytes: kb * 1024 })),
  bytes: files.reduce((n, [, kb]) => n + kb * 1024, 0),
});

describe('the search’s download budget', () => {
  const first = cost('spoleczna', [['pagefind/pagefind.js', 13], ['pagefind/wasm.pl.pagefind', 57], ['pagefind/index/pl_1a2b3c4.pf_index', 3], ['pagefind/fragment/pl_5d6e7f8.pf_fragment', 6]]);
  const later = cost('diagnoza rodziny', [['pagefind/index/pl_9a8b7c6.pf_index', 4], ['pagefind/fragment/pl_0f1e2d3.pf_fragment', 6]]);

  it('passes a first and a later query within it', () => {
    expect(overBudget([first, later], budget)).toEqual([]);
  });

  it('names a query that downloads too much, with both sizes', () => {
    const heavy = cost('diagnoza rodziny', [['pagefind/fragment/pl_0f1e2d3.pf_fragment', 16]]);
    expect(overBudget([first, heavy], budget)).toEqual(['kolejne zapytanie „diagnoza rodziny” pobiera 16,0\u00A0KB, a budżet to 15,0\u00A0KB']);
  });

  it('names Pagefind’s web worker and filter indexes, which the header search has no use for', () => {
    const planted = cost('spoleczna', [...first.files.map((f): [string, number] => [f.file, f.bytes / 1024]), ['pagefind/pagefind-worker.js', 12], ['pagefind/filter/pl_3fafb96.pf_filter', 1]]);
    expect(overBudget([planted], budget)).toEqual([
      'pierwsze zapytanie „spoleczna” pobiera pagefind/pagefind-worker.js, którego wyszukiwarka w nagłówku nie potrzebuje',
      'pierwsze zapytanie „spoleczna” pobiera pagefind/filter/pl_3fafb96.pf_filter, którego wyszukiwarka w nagłówku nie potrzebuje',
    ]);
  });

  it('names an index chunk as large as Pagefind writes them', () => {
    const planted = cost('diagnoza rodziny', [['pagefind/index/pl_7372f76.pf_index', 28]]);
    expect(overBudget([first, planted], budget)).toEqual([
      'kolejne zapytanie „diagnoza rodziny” pobiera 28,0\u00A0KB, a budżet to 15,0\u00A0KB',
      'kolejne zapytanie „diagnoza rodziny” pobiera część indeksu pagefind/index/pl_7372f76.pf_index o wadze 28,0\u00A0KB, a budżet części to 8,0\u00A0KB',
    ]);
  });
});

describe('the files a query fetched, by kind', () => {
  it('groups files whose names differ only by their hash, heaviest first', () => {
    const files = [
      { file: 'pagefind/fragment/pl_5d6e7f8.pf_fragment', bytes: 1000 },
      { file: 'pagefind/fragment/pl_0f1e2d3.pf_fragment', bytes: 1500 },
      { file: 'pagefind/pagefind.pl_8533561102.pf_meta', bytes: 1300 },
      { file: '_astro/runtime.CG7fGydT.js', bytes: 3100 },
      { file: 'pagefind/pagefind.js', bytes: 11_200 },
    ];
    expect(byKind(files)).toEqual([
      { kind: 'pagefind/pagefind.js', count: 1, bytes: 11_200 },
      { kind: '_astro/runtime.*.js', count: 1, bytes: 3100 },
      { kind: 'pagefind/fragment/*.pf_fragment', count: 2, bytes: 2500 },
      { kind: 'pagefind/pagefind.*.pf_meta', count: 1, bytes: 1300 },
    ]);
  });
});
