/**
 * The kind „dobre praktyki”, served by the generic list and entry pages from
 * its registry entry alone: list page, entry page, sitemap, feed and the
 * search filter, in the site built from fixture content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FEED_PATH } from '../../src/content/routes.ts';
import { readPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import { atomEntries } from '../support/checks/feed.ts';
import { openSearch, type NodeSearch } from '../support/search.ts';

const { fixture } = inject('sites');
const ENTRY = '/dobre-praktyki/zespol-w-gminie/';

describe('good practices in the site built from fixture content', () => {
  let pages: BuiltPage[];
  const page = (url: string) => {
    const found = pages.find((p) => p.url === url);
    if (!found) throw new Error(`no page at ${url}`);
    return found;
  };
  beforeAll(() => {
    pages = readPages(fixture.dir, fixture.base);
  });

  it('has a list page in the main navigation that lists the practice with its place and municipality types', () => {
    const list = page('/dobre-praktyki/');
    expect(list.dom.querySelector('main h1')?.textContent).toBe('Dobre praktyki');
    expect(list.dom.querySelectorAll('nav.nav a').map((a) => a.getAttribute('href'))).toContain('/dobre-praktyki/');
    const item = list.dom.querySelector('main .list li')!;
    expect(item.querySelector('a')?.getAttribute('href')).toBe(ENTRY);
    expect(item.querySelector('a')?.textContent).toBe('Partnerski zespół w\u00A0gminie testowej');
    expect(item.querySelector('.small')?.textContent).toBe('gmina Testowo, województwo przykładowe · gminy wiejskie');
  });

  it('shows on the entry page the title, description, facts with links, body, related entries, sources and last update', () => {
    const main = page(ENTRY).dom.querySelector('main')!;
    expect(main.querySelector('h1')?.textContent).toBe('Partnerski zespół w\u00A0gminie testowej');
    expect(main.querySelector('.lead')?.textContent).toContain('Przykładowa dobra praktyka');
    const facts = main.querySelector('dl.meta')!;
    expect(facts.querySelectorAll('dt').map((d) => d.textContent)).toEqual(['Dla kogo', 'Miejsce', 'Etapy modelu']);
    expect(facts.querySelector('.tags a')?.getAttribute('href')).toBe('/modele/gminy-wiejskie/');
    expect(facts.querySelectorAll('dd')[2]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/modele/gminy-wiejskie/#etap-porozumienie',
      '/modele/gminy-wiejskie/#etap-diagnoza',
    ]);
    expect(main.querySelector('#co-zrobiono')).not.toBeNull();
    expect(main.querySelectorAll('#powiazane ~ ul a, section[aria-labelledby="powiazane"] a').map((a) => a.getAttribute('href'))).toContain('/rekomendacje/r01-zespol/');
    expect(main.querySelector('#zrodla + ul a')?.getAttribute('href')).toBe('https://example.org/praktyka');
    expect(main.querySelector('time[datetime="2026-11-24"]')).not.toBeNull();
    expect(page(ENTRY).dom.querySelector('.crumbs a[href="/dobre-praktyki/"]')?.textContent).toBe('Dobre praktyki');
  });

  it('puts the list page and the entry, with its day, in the sitemap', () => {
    const sitemap = readFileSync(join(fixture.dir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/dobre-praktyki/</loc>');
    expect(sitemap).toContain(`<loc>https://example.org${ENTRY}</loc><lastmod>2026-11-24</lastmod>`);
  });

  it('puts the practice in the feed with its kind as a category', () => {
    const xml = readFileSync(join(fixture.dir, FEED_PATH), 'utf8');
    expect(atomEntries(xml).map((e) => e.link)).toContain(`https://example.org${ENTRY}`);
    expect(xml).toContain('<category term="praktyka" label="dobra praktyka"/>');
  });

  it('offers „dobra praktyka” among the kinds on the search page', () => {
    const box = page('/szukaj/').dom.querySelector('fieldset[data-facet="rodzaj"] input[value="praktyka"]');
    expect(box?.getAttribute('data-label')).toBe('dobra praktyka');
  });
});

describe('the search filter „dobra praktyka” over fixture content', () => {
  let s: NodeSearch;
  beforeAll(async () => {
    s = await openSearch(fixture.dir);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('browses to the practice and to nothing else', async () => {
    const outcome = await s.run('', { rodzaj: ['dobra praktyka'] }, 100);
    expect(outcome.hits.map((h) => h.url)).toEqual([ENTRY]);
    expect(outcome.hits[0]!.kind).toBe('dobra praktyka');
  });
});
