import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INDEX_DIR } from '../../src/search/indexer.ts';
import { openSearch, type NodeSearch } from '../support/search.ts';

const { real, fixture } = inject('sites');

describe('search over the project’s content, run in Node', () => {
  let s: NodeSearch;
  beforeAll(async () => {
    s = await openSearch(real.dir);
  });
  afterAll(async () => {
    await s?.close();
  });
  const top3 = async (query: string) => (await s.run(query, {}, 3)).hits.map((h) => h.url);

  it.each([
    ['spoleczna', 'społeczna'],
    ['wspolpraca', 'współpraca'],
    ['lodz', 'łodz'],
    ['Maciolek', 'maciołek'],
  ])('restores ł in „%s” and finds the real word, highlighted as written', async (typed, restored) => {
    const outcome = await s.run(typed, {}, 3);
    expect(outcome.query).toBe(restored);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.hits[0]!.excerpt).toMatch(/<mark>[^<]*ł[^<]*<\/mark>/i);
  });

  it('finds the report that names Katarzyna Maciołek when typed without Polish letters', async () => {
    expect(await top3('katarzyna maciolek')).toContain('/spotkania/2021-06-15-spotkanie-edukacyjne-gminy-miejskie/');
  });

  it.each([
    ['rekomendacji', /rekomendacj/],
    ['gminach', /gmin/],
    ['diagnozy', /diagnoz/],
  ])('finds other inflected forms of „%s”', async (query, stem) => {
    const outcome = await s.run(query, {}, 5);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.hits.map((h) => h.excerpt).join(' ')).toMatch(new RegExp(`<mark>${stem.source}`, 'i'));
  });

  it.each([
    ['PCPR', 'powiatowe centrum pomocy rodzinie'],
    ['powiatowe centrum pomocy rodzinie', 'PCPR'],
    ['OPS', 'ośrodek pomocy społecznej'],
    ['ośrodek pomocy społecznej', 'OPS'],
    ['PZK', 'partnerski zespół kooperacyjny'],
    ['partnerski zespol kooperacyjny', 'PZK'],
  ])('„%s” also finds pages that only say „%s”', async (query, other) => {
    const both = await s.run(query, {}, 100);
    const alone = await s.literal(other, 100);
    expect(alone.total).toBeGreaterThan(0);
    const found = new Set(both.hits.map((h) => h.url));
    expect(alone.hits.map((h) => h.url).filter((url) => !found.has(url))).toEqual([]);
  });

  it.each([
    ['deklaracja przystąpienia', '/narzedzia/deklaracja-przystapienia/'],
    ['karta kosztow zaniechania', '/narzedzia/karta-kosztow-zaniechania/'],
    ['lista aktywnosci i uslug', '/narzedzia/lista-aktywnosci-i-uslug/'],
    ['kontrakt socjalny', '/rekomendacje/r12-kontrakt-socjalny/'],
    ['spotkanie inicjujace', '/rekomendacje/r03-spotkanie-inicjujace/'],
    ['wojewodzki zespol kooperacji', '/rekomendacje/r02-wojewodzki-zespol-kooperacji/'],
    ['superwizja coaching', '/rekomendacje/r18-coaching-i-superwizja/'],
    ['Radomsko', '/spotkania/2019-09-25-spotkanie-inicjujace-pzk-radomsko/'],
    ['Sandomierz', '/spotkania/2019-06-10-spotkanie-liderzy-kooperacji-sandomierz/'],
    ['Cisco Webex', '/spotkania/2021-06-15-spotkanie-edukacyjne-gminy-miejskie/'],
  ])('puts the expected page in the first three results for „%s”', async (query, url) => {
    expect(await top3(query)).toContain(url);
  });

  it('offers a tool’s PDF next to its page when searching for its name', async () => {
    const urls = (await s.run('deklaracji przystąpienia do partnerskiego zespołu', {}, 5)).hits.map((h) => h.url);
    expect(urls).toContain('/narzedzia/deklaracja-przystapienia/');
    expect(urls).toContain('/do-pobrania/narzedzia/deklaracja-przystapienia.pdf');
  });

  it.each(['okno', 'xyzzy', 'kwjdhs', 'zeppelin'])('returns nothing for „%s”, a word on no page', async (query) => {
    const outcome = await s.run(query);
    expect(outcome.total).toBe(0);
    expect(outcome.hits).toEqual([]);
  });

  it('excludes what a filter leaves out, and counts what each filter value would give', async () => {
    const all = await s.run('zespół', {}, 100);
    const recs = await s.run('zespół', { rodzaj: ['rekomendacja'] }, 100);
    expect(recs.total).toBeGreaterThan(0);
    expect(recs.total).toBeLessThan(all.total);
    expect(recs.hits.every((h) => h.kind === 'rekomendacja')).toBe(true);
    expect(all.counts.rodzaj?.['rekomendacja']).toBe(recs.total);
    const rural = await s.run('zespół', { rodzaj: ['rekomendacja'], typ: ['gminy wiejskie'] }, 100);
    expect(rural.hits.every((h) => h.types.includes('gminy wiejskie'))).toBe(true);
  });

  it('browses by filter without a query', async () => {
    const outcome = await s.run('', { rodzaj: ['narzędzie'], typ: ['gminy miejsko-wiejskie'] }, 100);
    expect(outcome.total).toBeGreaterThan(5);
    expect(outcome.hits.every((h) => h.kind === 'narzędzie' && h.types.includes('gminy miejsko-wiejskie'))).toBe(true);
  });

  it('does not index navigation, footer or breadcrumbs', async () => {
    expect((await s.run('Jesteś tutaj')).total).toBe(0);
    expect((await s.run('Wydawca')).total).toBe(0);
  });

  it('ships only the files the search loads', () => {
    const files = readdirSync(join(real.dir, INDEX_DIR));
    expect(files.filter((f) => /pagefind-(ui|modular-ui|component-ui|highlight)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('wasm.'))).toEqual(['wasm.pl.pagefind']);
  });
});

describe('search over fixture content', () => {
  it('finds „Łódź” when typed „lodz”', async () => {
    const s = await openSearch(fixture.dir);
    try {
      const outcome = await s.run('lodz');
      expect(outcome.hits.map((h) => h.url)).toContain('/spotkania/2021-06-15-spotkanie/');
      // The excerpt shows the real spelling of whichever form it found first („Łódź” or „Łodzi”).
      expect(outcome.hits[0]!.excerpt).toMatch(/<mark>Łód(ź|zi)<\/mark>|<mark>Łodzi<\/mark>/);
      expect(outcome.query).toBe('łódź');
    } finally {
      await s.close();
    }
  });

  it('has an index only because the build made one', () => {
    expect(existsSync(join(fixture.dir, INDEX_DIR, 'pagefind.js'))).toBe(true);
  });
});
