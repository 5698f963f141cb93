import { describe, expect, inject, it } from 'vitest';
import { overBudget, searchBytes, type SearchBudget } from '../../scripts/lib/search-bytes.ts';
import { contentOf } from '../support/build-sites.ts';

const { real } = inject('sites');

/**
 * Measured on the project's content (November 2026): a first query 88 KB (57 KB of it
 * Pagefind's WebAssembly, 13 KB pagefind.js), a later one 10 KB, index chunks 2–3 KB.
 * Before the index was re-split and the worker and filters dropped: 127 KB and 34 KB.
 */
const BUDGET: SearchBudget = { first: 100 * 1024, later: 15 * 1024, chunk: 8 * 1024 };

describe('what the header search downloads on the project’s content', () => {
  it('keeps a first and a later query within the budget, without the worker, the filter indexes or Pagefind-sized chunks', async () => {
    const costs = await searchBytes(real.dir, contentOf(real).tools[0]!.path, ['spoleczna', 'diagnoza rodziny']);
    expect(costs.map((c) => c.files.some((f) => f.file.startsWith('pagefind/index/')))).toEqual([true, true]);
    expect(costs[0]!.files.map((f) => f.file)).toContain('pagefind/wasm.pl.pagefind');
    expect(overBudget(costs, BUDGET)).toEqual([]);
  });
});
