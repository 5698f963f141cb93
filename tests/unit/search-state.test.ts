import { describe, expect, it } from 'vitest';
import { FACETS, filtersFor, subjectOf, type Facet } from '../../src/content/facets.ts';
import type { Recommendation } from '../../src/content/entries.ts';
import { PAGES_PARAM, queryString, readState } from '../../src/search/state.ts';

/** A facet only this test knows, added to a copy of the list: what the next filter will look like. */
const testFacet: Facet = {
  key: 'sektor',
  label: 'Sektor',
  by: 'sektora',
  values: [{ slug: 'policja', label: 'policja' }, { slug: 'oswiata', label: 'oświata' }],
  valuesOf: (s) => (s.kind === 'rekomendacja' ? ['oswiata', 'policja'] : []),
};
const facets = [...FACETS, testFacet];
const keys = facets.map((f) => f.key);

/** A recommendation as the facets read it: only its kind, types and fields matter here. */
const recommendation = (adresaci: string[]) =>
  ({ kind: 'rekomendacja', data: { typy_gmin: ['wiejska'], obszar: 'kadry', adresaci } }) as unknown as Recommendation;

describe('the search address', () => {
  it('carries every facet of the list through a shared address and back, a new one included', () => {
    const state = { query: 'zespół', filters: { typ: ['gminy-wiejskie'], sektor: ['policja', 'oswiata'], rodzaj: ['rekomendacja'] }, pages: 1 };
    const address = queryString(state.query, state.filters);
    expect(address).toBe('?q=zesp%C3%B3%C5%82&typ=gminy-wiejskie&sektor=policja&sektor=oswiata&rodzaj=rekomendacja');
    expect(readState(address, keys)).toEqual(state);
  });

  it('ignores parameters of facets the page does not show', () => {
    expect(readState('?q=plan&sektor=policja&obszar=kadry', FACETS.map((f) => f.key))).toEqual({ query: 'plan', filters: { obszar: ['kadry'] }, pages: 1 });
  });

  it('gives an empty address for no query and no filters, and an empty state for it', () => {
    expect(queryString('', {})).toBe('');
    expect(queryString('', {}, 3)).toBe('');
    expect(readState('', keys)).toEqual({ query: '', filters: {}, pages: 1 });
  });

  it('keeps the number of result pages shown after „Pokaż więcej”, and reads it back', () => {
    const address = queryString('plan', { adresat: ['pcpr'] }, 3);
    expect(address).toBe(`?q=plan&adresat=pcpr&${PAGES_PARAM}=3`);
    expect(readState(address, keys)).toEqual({ query: 'plan', filters: { adresat: ['pcpr'] }, pages: 3 });
    expect(queryString('plan', {}, 1)).toBe('?q=plan');
  });

  it.each(['0', '-2', '1.5', 'dwa', '', '1'])('reads a page count of „%s” as the first page', (value) => {
    expect(readState(`?q=plan&${PAGES_PARAM}=${value}`, keys).pages).toBe(1);
  });

  it('caps an absurd page count from a hand-edited address', () => {
    expect(readState(`?q=plan&${PAGES_PARAM}=100000`, keys).pages).toBe(50);
  });

  it('stores the display forms of a new facet in the index from its declaration alone', () => {
    expect(filtersFor({ kind: 'rekomendacja', types: ['wiejska'] }, facets)).toEqual({
      typ: ['gminy wiejskie'],
      rodzaj: ['rekomendacja'],
      sektor: ['oświata', 'policja'],
    });
    expect(filtersFor({ kind: 'pdf', types: ['miejska'] }, facets)).toEqual({ typ: ['gminy miejskie'], rodzaj: ['plik PDF'] });
  });
});

describe('the addressee filter', () => {
  it('files a recommendation under each institution it is addressed to, in the index’s display forms', () => {
    const filters = filtersFor(subjectOf(recommendation(['pcpr', 'ops'])));
    expect(filters.adresat).toEqual(['powiatowe centrum pomocy rodzinie (PCPR)', 'ośrodek pomocy społecznej (OPS, MOPS, GOPS)']);
  });

  it('leaves pages other than recommendations out of it', () => {
    expect(filtersFor({ kind: 'narzedzie', types: ['wiejska'] }).adresat).toBeUndefined();
    expect(filtersFor({ kind: 'pdf', types: ['wiejska'] }).adresat).toBeUndefined();
  });

  it('offers every institution of the addressee vocabulary, each with an address-safe slug', () => {
    const facet = FACETS.find((f) => f.key === 'adresat')!;
    expect(facet.values.map((v) => v.slug)).toContain('pcpr');
    expect(facet.values.every((v) => /^[a-z0-9-]+$/.test(v.slug))).toBe(true);
  });
});
