import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ASSETS_FILE, INDEX_DIR } from '../../src/search/indexer.ts';
import { readAssets, type AssetsFile } from '../../src/search/assets.ts';
import { toolPdfPath } from '../../src/content/bundles.ts';
import { FACETS } from '../../src/content/facets.ts';
import { WORDS } from '../../src/domain/words/index.ts';
import { contentOf } from '../support/build-sites.ts';
import { openSearch, type NodeSearch } from '../support/search.ts';

const { real, fixture } = inject('sites');

const searchAssets = (dir: string) => readAssets(JSON.parse(readFileSync(join(dir, INDEX_DIR, ASSETS_FILE), 'utf8')) as AssetsFile);

describe('search over the project’s content, run in Node', () => {
  let s: NodeSearch;
  beforeAll(async () => {
    s = await openSearch(real.dir);
  });
  afterAll(async () => {
    await s?.close();
  });
  const top3 = async (query: string) => (await s.run(query, {}, 3)).hits.map((h) => h.url);

  // Names typed without „ł” („lodz” → „Łódź”) are tested on fixture content below: the project's content is tested only with its field's common words.
  it.each([
    ['spoleczna', 'społeczna'],
    ['wspolpraca', 'współpraca'],
  ])('restores ł in „%s” and finds the real word, highlighted as written', async (typed, restored) => {
    const outcome = await s.run(typed, {}, 3);
    expect(outcome.query).toBe(restored);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.hits[0]!.excerpt).toMatch(/<mark>[^<]*ł[^<]*<\/mark>/i);
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

  it('finds with every acronym of the glossary the pages that only spell it out, and the other way round', async () => {
    const synonyms = searchAssets(real.dir).synonyms;
    expect(synonyms.length).toBeGreaterThan(0);
    const missed: string[] = [];
    for (const { acronym, expansion } of synonyms) {
      for (const [query, other] of [[acronym, expansion], [expansion, acronym]] as const) {
        const found = new Set((await s.run(query, {}, 100)).hits.map((h) => h.url));
        const alone = await s.literal(other, 100);
        for (const url of alone.hits.map((h) => h.url).filter((u) => !found.has(u))) missed.push(`„${query}” misses ${url}, which says „${other}”`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('puts each tool’s page in the first three results for its name', async () => {
    const missed: string[] = [];
    for (const tool of contentOf(real).tools) {
      if (!(await top3(tool.data.tytul)).includes(tool.path)) missed.push(`${tool.data.tytul} → ${tool.path}`);
    }
    expect(missed).toEqual([]);
  });

  it('offers each tool’s PDF next to its page when searching for its name', async () => {
    const missed: string[] = [];
    for (const tool of contentOf(real).tools) {
      const urls = (await s.run(tool.data.tytul, {}, 5)).hits.map((h) => h.url);
      for (const url of [tool.path, toolPdfPath(tool)]) if (!urls.includes(url)) missed.push(`${tool.data.tytul} → ${url}`);
    }
    expect(missed).toEqual([]);
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

  it('makes excerpts from the body text, never from the facts list („Dla kogo gminy…”)', async () => {
    const kinds = FACETS.find((f) => f.key === 'rodzaj')!.values;
    const noisy: string[] = [];
    for (const kind of kinds) {
      for (const hit of (await s.run('', { rodzaj: [kind.label] }, 500)).hits) {
        if (hit.excerpt.includes(`${WORDS.common.forWhom} gminy`)) noisy.push(`${hit.url}: ${hit.excerpt}`);
      }
    }
    expect(noisy).toEqual([]);
  });

  it('files every recommendation under each of its addressees, and finds all of them by the addressee filter', async () => {
    const facet = FACETS.find((f) => f.key === 'adresat')!;
    const recommendations = contentOf(real).recommendations;
    for (const value of facet.values) {
      const expected = recommendations.filter((r) => (r.data.adresaci as readonly string[]).includes(value.slug)).map((r) => r.path).sort();
      const outcome = await s.run('', { adresat: [value.label] }, 500);
      expect(outcome.hits.map((h) => h.url).sort(), value.slug).toEqual(expected);
    }
  });

  it('ships only the files the search loads', () => {
    const files = readdirSync(join(real.dir, INDEX_DIR));
    expect(files.filter((f) => /pagefind-(ui|modular-ui|component-ui|highlight|worker)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('wasm.'))).toEqual(['wasm.pl.pagefind']);
  });
});

describe('the live regions of the search as served', () => {
  const html = (path: string) => parse(readFileSync(join(real.dir, path, 'index.html'), 'utf8'));

  it('are in the page and empty before the script fills them, so the first count is announced', () => {
    for (const path of ['', 'szukaj']) {
      const region = html(path).querySelector('[data-search-status]');
      expect(region?.getAttribute('role'), path).toBe('status');
      expect(region?.text, path).toBe('');
      expect(region?.closest('[hidden]'), path).toBeNull();
    }
    const status = html('szukaj').querySelector('[data-status]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.text).toBe('');
  });
});

describe('search over fixture content', () => {
  it('finds „Łódź” when typed „lodz”', async () => {
    const s = await openSearch(fixture.dir);
    try {
      const outcome = await s.run('lodz');
      expect(outcome.hits.map((h) => h.url)).toContain('/spotkania/2021-06-15-spotkanie/');
      // The excerpt shows the real spelling of whichever form it found first („Łódź” or „Łodzi”, with the punctuation Pagefind keeps in the mark).
      expect(outcome.hits[0]!.excerpt).toMatch(/<mark>Łód(ź|zi)[.,]?<\/mark>/);
      expect(outcome.query).toBe('łódź');
    } finally {
      await s.close();
    }
  });

  it('has an index only because the build made one', () => {
    expect(existsSync(join(fixture.dir, INDEX_DIR, 'pagefind.js'))).toBe(true);
  });
});
