import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/lib/generate-content.ts';
import { describePages } from '../../src/content/page-description.ts';
import { WORDS } from '../../src/domain/words/index.ts';
import { SITE_MAP_INLINE, SITE_MAP_PART, siteMapGroups, siteMapParts } from '../../src/content/site-map.ts';
import { validContent } from '../support/content.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const work = mkdtempSync(join(tmpdir(), 'koop-mapa-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the site map', () => {
  it('lists every group itself on a small site, with no pages of its own', () => {
    const content = validContent(FIXTURE);
    expect(siteMapParts(content)).toEqual([]);
    expect(siteMapGroups(content).every((g) => g.parts.length === 0 && g.entries.length <= SITE_MAP_INLINE)).toBe(true);
  });

  it('splits a long group into numbered pages that together hold each entry once, in order', () => {
    const content = validContent(FIXTURE);
    const meetings = siteMapGroups(content, 1, 1).find((g) => g.path === '/spotkania/')!;
    expect(meetings.parts.map((p) => [p.path, p.number, p.total, p.from, p.to])).toEqual([
      ['/mapa-strony/spotkania/', 1, 2, 1, 1],
      ['/mapa-strony/spotkania/2/', 2, 2, 2, 2],
    ]);
    expect(meetings.parts.flatMap((p) => p.items)).toEqual(meetings.entries);
    const own = siteMapGroups(content, 1, 1).find((g) => g.path === '')!;
    expect(own.parts[0]!.path).toBe('/mapa-strony/strony/');
    expect(WORDS.pages.sitemap.part('Rekomendacje', 2, 3)).toBe('Rekomendacje, część 2 z 3');
  });

  it('gives a large site pages of the map, each described (title, trail) like every page of the site', () => {
    const dir = join(work, 'content');
    generateContent(FIXTURE, dir, 220);
    const content = validContent(dir);
    const recommendations = siteMapGroups(content).find((g) => g.path === '/rekomendacje/')!;
    expect(recommendations.entries.length).toBeGreaterThan(SITE_MAP_INLINE);
    expect(recommendations.entries.length).toBeLessThanOrEqual(SITE_MAP_PART);
    expect(recommendations.parts.map((p) => p.path)).toEqual(['/mapa-strony/rekomendacje/']);
    const page = describePages(content).get('/mapa-strony/rekomendacje/')!;
    expect(page.title).toBe('Mapa strony – Rekomendacje');
    expect(page.description).toBe(`Strony od 1. do ${recommendations.entries.length}. w dziale „Rekomendacje” mapy strony.`);
    expect(page.breadcrumbs.map((c) => c.label)).toEqual(['Mapa strony', 'Rekomendacje']);
  }, 120_000);
});
