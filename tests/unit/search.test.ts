import { describe, expect, it } from 'vitest';
import { filtersFor } from '../../src/content/facets.ts';
import type { Recommendation } from '../../src/content/entries.ts';
import { buildRestoreMap, fold, restoreQuery, restoreWord } from '../../src/search/folding.ts';
import { everyWordFound, markedWords, matches } from '../../src/search/guard.ts';
import { glossaryEntries } from '../../src/search/indexer.ts';
import { alternativeQueries, synonymsFromGlossary } from '../../src/search/synonyms.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { pagefindFilters, search, type Pagefind, type PagefindData } from '../../src/search/engine.ts';

describe('folding Polish letters', () => {
  it('folds every diacritic, ł included', () => {
    expect(fold('Łódź Współpraca ŻÓŁĆ')).toBe('lodz wspolpraca zolc');
  });

  it('restores ł in words typed without it, from the site’s own words', () => {
    const map = buildRestoreMap(['Pomoc społeczna w Łodzi; współpraca i Łódź.']);
    expect(map).toEqual({ lodz: 'łódź', lodzi: 'łodzi', spoleczna: 'społeczna', wspolpraca: 'współpraca' });
    expect(restoreQuery('spoleczna wspolpraca lodz', map)).toBe('społeczna współpraca łódź');
  });

  it('restores an inflected form that is not on the site from a known stem', () => {
    const map = buildRestoreMap(['społeczna']);
    expect(restoreWord('spolecznymi', map)).toBe('społecznymi');
  });

  it('leaves words alone that share too little with any known word', () => {
    const map = buildRestoreMap(['łódka']);
    expect(restoreWord('lodz', map)).toBe('lodz');
    expect(restoreWord('kolo', map)).toBe('kolo');
    expect(restoreWord('gmina', map)).toBe('gmina');
  });
});

describe('acronyms from the glossary', () => {
  const glossary = parseMarkdown(
    '**PCPR** – powiatowe centrum pomocy rodzinie: jednostka powiatu.\n\n**OPS** – ośrodek pomocy społecznej: jednostka gminy.\n\n**GOPS** – gminny ośrodek pomocy społecznej: w gminie wiejskiej.\n\n**PZK** – partnerski zespół kooperacyjny; w modelu…\n\n**kontrakt socjalny** – umowa.\n\n**DI** – deinstytucjonalizacja: odchodzenie.',
  );
  const synonyms = synonymsFromGlossary(glossaryEntries(glossary));

  it('reads acronym entries and their expansions, skipping terms and one-word expansions', () => {
    expect(synonyms).toEqual([
      { acronym: 'PCPR', expansion: 'powiatowe centrum pomocy rodzinie' },
      { acronym: 'OPS', expansion: 'ośrodek pomocy społecznej' },
      { acronym: 'GOPS', expansion: 'gminny ośrodek pomocy społecznej' },
      { acronym: 'PZK', expansion: 'partnerski zespół kooperacyjny' },
    ]);
  });

  it('turns an acronym into its expansion and an expansion, in any case form, into its acronym', () => {
    expect(alternativeQueries('pcpr', synonyms)).toEqual(['powiatowe centrum pomocy rodzinie']);
    expect(alternativeQueries('powiatowego centrum pomocy rodzinie', synonyms)).toEqual(['PCPR']);
    expect(alternativeQueries('ośrodek pomocy społecznej', synonyms)).toEqual(expect.arrayContaining(['OPS', 'GOPS']));
    expect(alternativeQueries('kontrakt socjalny', synonyms)).toEqual([]);
  });
});

describe('guarding against prefix fallback', () => {
  it('accepts inflected forms and rejects a one-letter prefix', () => {
    expect(matches('rekomendacji', 'rekomendacja')).toBe(true);
    expect(matches('gminach', 'gmina')).toBe(true);
    expect(matches('okno', 'o')).toBe(false);
    expect(matches('zeppelin', 'z')).toBe(false);
  });

  it('requires every query word among the highlighted words', () => {
    expect(everyWordFound('gmina okno', markedWords('<mark>gminy</mark> i <mark>o</mark>'))).toBe(false);
    expect(everyWordFound('gmina wiejska', markedWords('<mark>gminy</mark> <mark>wiejskie</mark>'))).toBe(true);
  });
});

describe('the search engine over a stub index', () => {
  const page = (url: string, text: string, hits: number[], filters: Record<string, string[]> = {}): PagefindData => ({
    url,
    content: text,
    locations: hits,
    excerpt: text,
    meta: { title: url },
    filters,
  });
  const stub = (answers: Record<string, PagefindData[]>): Pagefind => ({
    filters: async () => ({}),
    search: async (term) => {
      const found = answers[term ?? ''] ?? [];
      return { results: found.map((d, i) => ({ id: d.url, score: 1 - i / 10, data: async () => d })), filters: { rodzaj: { rekomendacja: found.length } } };
    },
  });
  const assets = { restore: { spoleczna: 'społeczna' }, synonyms: [{ acronym: 'PCPR', expansion: 'powiatowe centrum pomocy rodzinie' }] };

  it('searches the ł spelling of what was typed', async () => {
    const pf = stub({ społeczna: [page('/a/', 'pomoc społeczna', [1])] });
    const outcome = await search(pf, assets, 'spoleczna');
    expect(outcome.query).toBe('społeczna');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/a/']);
  });

  it('merges the results of an acronym and its expansion, counting each page once', async () => {
    const pf = stub({
      PCPR: [page('/a/', 'PCPR w powiecie', [0], { rodzaj: ['rekomendacja'] })],
      'powiatowe centrum pomocy rodzinie': [page('/b/', 'powiatowe centrum pomocy rodzinie', [0, 1, 2, 3], { rodzaj: ['narzędzie'] }), page('/a/', 'powiatowe centrum pomocy rodzinie', [0, 1, 2, 3], { rodzaj: ['rekomendacja'] })],
    });
    const outcome = await search(pf, assets, 'PCPR');
    expect(outcome.total).toBe(2);
    expect(outcome.counts.rodzaj).toEqual({ rekomendacja: 1, narzędzie: 1 });
  });

  it('drops an answer made of prefix matches only', async () => {
    const pf = stub({ okno: [page('/a/', 'o tym i o tamtym', [0, 3])] });
    expect((await search(pf, assets, 'okno')).total).toBe(0);
  });

  it('builds Pagefind filters that take any value within a filter', () => {
    expect(pagefindFilters({ typ: ['gminy wiejskie', 'gminy miejskie'], rodzaj: [] })).toEqual({ typ: { any: ['gminy wiejskie', 'gminy miejskie'] } });
    const rec = { kind: 'rekomendacja', data: { obszar: 'kadry', adresaci: ['pup'] } } as unknown as Recommendation;
    expect(filtersFor({ kind: 'rekomendacja', types: ['miejska', 'wiejska'], entry: rec })).toEqual({
      typ: ['gminy miejskie', 'gminy wiejskie'],
      rodzaj: ['rekomendacja'],
      obszar: ['Kompetencje i wsparcie kadr'],
      adresat: ['powiatowy urząd pracy (PUP)'],
    });
  });
});
