import { describe, expect, it } from 'vitest';
import { FACETS, filtersFor, type Facet } from '../../src/content/facets.ts';
import { queryString, readState } from '../../src/search/state.ts';

/** A facet only this test knows, added to a copy of the list: what the next filter will look like. */
const testFacet: Facet = {
  key: 'adresat',
  label: 'Adresat',
  by: 'adresata',
  values: [{ slug: 'ops', label: 'ośrodek pomocy społecznej' }, { slug: 'pcpr', label: 'powiatowe centrum pomocy rodzinie' }],
  valuesOf: (s) => (s.kind === 'rekomendacja' ? ['pcpr', 'ops'] : []),
};
const facets = [...FACETS, testFacet];
const keys = facets.map((f) => f.key);

describe('the search address', () => {
  it('carries every facet of the list through a shared address and back, a new one included', () => {
    const state = { query: 'zespół', filters: { typ: ['gminy-wiejskie'], adresat: ['ops', 'pcpr'], rodzaj: ['rekomendacja'] } };
    const address = queryString(state.query, state.filters);
    expect(address).toBe('?q=zesp%C3%B3%C5%82&typ=gminy-wiejskie&adresat=ops&adresat=pcpr&rodzaj=rekomendacja');
    expect(readState(address, keys)).toEqual(state);
  });

  it('ignores parameters of facets the page does not show', () => {
    expect(readState('?q=plan&adresat=ops&obszar=kadry', FACETS.map((f) => f.key))).toEqual({ query: 'plan', filters: { obszar: ['kadry'] } });
  });

  it('gives an empty address for no query and no filters, and an empty state for it', () => {
    expect(queryString('', {})).toBe('');
    expect(readState('', keys)).toEqual({ query: '', filters: {} });
  });

  it('stores the display forms of a new facet in the index from its declaration alone', () => {
    expect(filtersFor({ kind: 'rekomendacja', types: ['wiejska'] }, facets)).toEqual({
      typ: ['gminy wiejskie'],
      rodzaj: ['rekomendacja'],
      adresat: ['powiatowe centrum pomocy rodzinie', 'ośrodek pomocy społecznej'],
    });
    expect(filtersFor({ kind: 'pdf', types: ['miejska'] }, facets)).toEqual({ typ: ['gminy miejskie'], rodzaj: ['plik PDF'] });
  });
});
