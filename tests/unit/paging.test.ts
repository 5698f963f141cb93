import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/lib/generate-content.ts';
import type { Content } from '../../src/content/entries.ts';
import { describePages } from '../../src/content/page-description.ts';
import { downloadPages, kindListPages, listPageOf, splitLists } from '../../src/content/list-pages.ts';
import { capped, ENTRIES_PER_PAGE, LINES_PER_PAGE, ORPHANS, pageParam, pagerSteps, paginate, RELATED_INLINE, STAGE_TOOLS_INLINE } from '../../src/content/paging.ts';
import { pathDiagram } from '../../src/graphics/diagram/model.ts';
import { layoutPath } from '../../src/graphics/diagram/layout.ts';
import { entryPath } from '../../src/content/routes.ts';
import { validContent } from '../support/content.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

describe('splitting a list into pages', () => {
  it('keeps the list’s address for the first page and gives the others /strona/<n>/, each item once and in order', () => {
    const pages = paginate('/spotkania/', ['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map((p) => [p.path, p.number, p.total, p.from, p.to, p.items.join('')])).toEqual([
      ['/spotkania/', 1, 3, 1, 2, 'ab'],
      ['/spotkania/strona/2/', 2, 3, 3, 4, 'cd'],
      ['/spotkania/strona/3/', 3, 3, 5, 5, 'e'],
    ]);
    expect(pages.every((p) => p.count === 5 && p.paths.length === 3)).toBe(true);
    expect(pages.map(pageParam)).toEqual([undefined, 'strona/2', 'strona/3']);
  });

  it('makes one page of a list that fits, and of an empty list', () => {
    expect(paginate('/narzedzia/', [1, 2], 2).map((p) => [p.path, p.total])).toEqual([['/narzedzia/', 1]]);
    expect(paginate('/narzedzia/', [], 2).map((p) => [p.path, p.from, p.to, p.items.length])).toEqual([['/narzedzia/', 0, 0, 0]]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate('/x/', [1], 0)).toThrow(/positive integer/);
    expect(() => paginate('/x/', [1], 1.5)).toThrow(/positive integer/);
  });

  it('links a pager to the first, the last and two pages either side of the current one, with gaps marked', () => {
    expect(pagerSteps(1, 1)).toEqual([1]);
    expect(pagerSteps(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerSteps(7, 14)).toEqual([1, undefined, 5, 6, 7, 8, 9, undefined, 14]);
    expect(pagerSteps(14, 14)).toEqual([1, undefined, 12, 13, 14]);
  });

  it('cuts a related list to its first items and counts the rest', () => {
    const items = Array.from({ length: RELATED_INLINE + ORPHANS + 1 }, (_, i) => i);
    expect(capped(items)).toEqual({ shown: items.slice(0, RELATED_INLINE), more: ORPHANS + 1 });
    expect(capped([1, 2, 3, 4, 5, 6, 7, 8], 2)).toEqual({ shown: [1, 2], more: 6 });
  });

  it('shows a related list whole when cutting it would hide no more than a few items', () => {
    const items = Array.from({ length: RELATED_INLINE + ORPHANS }, (_, i) => i);
    expect(capped(items)).toEqual({ shown: items, more: 0 });
    expect(capped([1, 2])).toEqual({ shown: [1, 2], more: 0 });
  });
});

describe('the list pages of the site', () => {
  it('are not split on a small site', () => {
    const content = validContent(FIXTURE);
    expect(splitLists(content).every((pages) => pages.length === 1)).toBe(true);
  });

  describe('on a site with long lists', () => {
    const work = mkdtempSync(join(tmpdir(), 'koop-listy-'));
    let content: Content;
    beforeAll(() => {
      generateContent(FIXTURE, join(work, 'content'), 130);
      content = validContent(join(work, 'content'));
    }, 120_000);
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('split every kind’s list into pages that hold each entry once, in the kind’s order', () => {
      for (const id of ['spotkanie', 'rekomendacja', 'narzedzie'] as const) {
        const pages = kindListPages(content, id);
        expect(pages.length, id).toBeGreaterThan(1);
        expect(pages.every((p) => p.items.length <= ENTRIES_PER_PAGE)).toBe(true);
        expect(pages.flatMap((p) => p.items)).toEqual(content.entries[id]);
      }
      expect(downloadPages(content).every((p) => p.items.length <= LINES_PER_PAGE)).toBe(true);
    });

    it('describe every later page: numbered title, positions, a trail through the list, the first page’s card', () => {
      const pages = describePages(content);
      const meetings = kindListPages(content, 'spotkanie');
      const first = pages.get('/spotkania/')!;
      const second = pages.get('/spotkania/strona/2/')!;
      expect(second.title).toBe(`Spotkania i relacje – strona 2 z ${meetings.length}`);
      expect(second.description).toBe(`Pozycje ${ENTRIES_PER_PAGE + 1}–${meetings[1]!.to} z ${meetings[1]!.count}. ${first.description}`);
      expect(second.breadcrumbs.map((c) => c.label)).toEqual(['Spotkania', 'Strona 2']);
      expect(second.cardTitle).toBe(first.title);
      const later = splitLists(content).flatMap((list) => list.slice(1).map((p) => p.path));
      expect(later.length).toBeGreaterThan(3);
      expect(later.filter((path) => !pages.has(path))).toEqual([]);
    });

    it('never give a later page an address an entry could take', () => {
      const later = splitLists(content).flatMap((list) => list.slice(1).map((p) => p.path));
      expect(later.every((path) => path.split('/').filter(Boolean).length >= 3)).toBe(true);
      expect(later.filter((path) => path === entryPath('spotkanie', 'strona'))).toEqual([]);
    });

    it('show a stage’s first tools in a model’s path and link the rest to the tools list page that holds them', () => {
      const model = content.models.find((m) => m.data.typ_gminy === 'miejsko-wiejska')!;
      const stage = pathDiagram(content, model).stages.find((s) => s.more.count > 0)!;
      expect(stage.tools).toHaveLength(STAGE_TOOLS_INLINE);
      const hidden = content.tools.filter((t) => t.data.typy_gmin.includes('miejsko-wiejska') && t.data.etap === stage.id)[STAGE_TOOLS_INLINE]!;
      expect(stage.more.path).toBe(`${listPageOf(content, 'narzedzie', hidden)}#etap-${stage.id}`);
      const chips = JSON.stringify(layoutPath(pathDiagram(content, model), (p) => p));
      expect(chips).toMatch(new RegExp(`i\\sjeszcze\\s${stage.more.count}\\s`));
    });
  });
});
