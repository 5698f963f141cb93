import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Content } from '../../src/content/index.ts';
import { recommendationGroupings } from '../../src/content/recommendation-groups.ts';
import { byBundleOrder } from '../../src/content/tool-order.ts';
import { describePages, NOT_FOUND_PATH } from '../../src/content/page-description.ts';
import { readPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import { overBudget, weighPages } from '../../scripts/lib/weight.ts';
import { plantedBuilt } from '../support/build-sites.ts';
import { walkList } from '../support/checks/lists.ts';
import { findBrokenLinks } from '../support/checks/links.ts';
import { validContent } from '../support/content.ts';
import { STRONA_SLUG } from '../support/planted-site.ts';
import { parse } from 'node-html-parser';

// The planted site (tests/support/planted-site.ts) has LONG_LISTS generated entries besides the fixture's.
const planted = inject('planted');
let pages: Map<string, BuiltPage>;
let content: Content;
const url = (path: string) => `${planted.base}${path.slice(1)}`;

beforeAll(async () => {
  const run = await plantedBuilt();
  expect(run.status, run.log).toBe(0);
  pages = new Map(readPages(planted.dir, planted.base).map((p) => [p.url, p]));
  content = validContent(planted.content);
});

describe('a site whose lists outgrow one page', () => {
  it('splits each kind’s list into pages that, followed by „Następna” without JavaScript, hold every entry once and in order', () => {
    for (const [list, entries] of [
      ['/spotkania/', content.meetings],
      ['/rekomendacje/', content.recommendations],
      ['/narzedzia/', content.tools],
      ['/dobre-praktyki/', content.entries.praktyka],
    ] as const) {
      const walk = walkList(pages, url(list), url(list), entries.map((e) => url(e.path)));
      expect(walk.problems, list).toEqual([]);
      if (entries.length > 20) expect(walk.pages.length, list).toBeGreaterThan(1);
    }
  });

  it('publishes a meeting named „strona.md” beside the list’s later pages /spotkania/strona/2/…, and lists it once', () => {
    const meeting = content.meetings.find((m) => m.slug === STRONA_SLUG)!;
    expect(pages.has(url(meeting.path))).toBe(true);
    expect(pages.has(url('/spotkania/strona/2/'))).toBe(true);
    const walk = walkList(pages, url('/spotkania/'), url('/spotkania/'), content.meetings.map((m) => url(m.path)));
    expect(walk.entries.filter((e) => e === url(meeting.path))).toHaveLength(1);
  });

  it('splits a long group of recommendations and the single downloads the same way', () => {
    const groups = recommendationGroupings(content).flatMap((g) => g.groups);
    const long = groups.filter((g) => g.items.length > 20);
    expect(long.length).toBeGreaterThan(0);
    for (const group of groups) {
      const walk = walkList(pages, url(group.path), url('/rekomendacje/'), group.items.map((r) => url(r.path)));
      expect(walk.problems, group.path).toEqual([]);
    }
    const downloads = walkList(pages, url('/do-pobrania/'), url('/narzedzia/'), [...content.tools].sort(byBundleOrder).map((t) => url(t.path)));
    expect(downloads.problems).toEqual([]);
  });

  it('cuts a model’s long lists short and links to full lists that exist', () => {
    const model = pages.get(url('/modele/gminy-wiejskie/'))!;
    const notes = model.dom.querySelectorAll('main p.small').filter((p) => /^Lista\sskrócona/.test(p.text));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.text).toMatch(/^Lista\sskrócona:\s\d+\sz\s\d+\spozycji\./);
      expect(pages.has(note.querySelector('a')!.getAttribute('href')!)).toBe(true);
    }
    const more = pages.get(url('/modele/gminy-miejsko-wiejskie/'))!.dom.querySelectorAll('.path__tools a').filter((a) => /^i\sjeszcze/.test(a.text));
    expect(more.length).toBeGreaterThan(0);
    for (const a of more) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      expect(pages.get(path!)?.dom.getElementById(anchor!), a.getAttribute('href')!).toBeTruthy();
    }
  });

  it('leads every link of every page, each page number of every pager among them, to a page or file that exists', () => {
    const numbered = [...pages.values()].flatMap((p) => p.dom.querySelectorAll('nav.pager a'));
    expect(numbered.length).toBeGreaterThan(20);
    expect(findBrokenLinks([...pages.values()], planted.dir, planted.base)).toEqual([]);
  });

  it('builds a page for every page description, the later pages of every list among them', () => {
    const described = [...describePages(content).keys()].filter((path) => path !== NOT_FOUND_PATH);
    expect(described.filter((path) => path.includes('/strona/')).length).toBeGreaterThan(3);
    expect(described.filter((path) => !pages.has(url(path)))).toEqual([]);
    // The same comparison finds a later page the build left out.
    const without = new Map(pages);
    without.delete(url('/spotkania/strona/2/'));
    expect(described.filter((path) => !without.has(url(path)))).toEqual(['/spotkania/strona/2/']);
  });

  it('keeps every page within 14 KB of HTML and CSS, gzipped', () => {
    expect(overBudget(weighPages([...pages.values()], planted.dir, planted.base))).toEqual([]);
  });
});

describe('the walk along a list’s pages', () => {
  const page = (u: string, title: string, items: string[], pager: string) => {
    const html = `<html><head><title>${title}</title></head><body><main><ul>${items.map((i) => `<li><a href="${i}">x</a></li>`).join('')}</ul>${pager}</main></body></html>`;
    return [u, { file: '', url: u, html, dom: parse(html) }] as const;
  };
  const pager = (current: string, next?: string) =>
    `<nav class="pager"><ul><li><a href="${current}" aria-current="page">1</a></li>${next ? `<li><a href="${next}" rel="next">Następna</a></li>` : ''}</ul></nav>`;

  it('reports an entry missing from every page, one listed twice, a pager that marks another page and a „Następna” to nowhere', () => {
    const site = new Map([
      page('/l/', 'L – S', ['/l/a/', '/l/b/'], pager('/l/', '/l/strona/2/')),
      page('/l/strona/2/', 'L – strona 2 z 3 – S', ['/l/b/'], pager('/l/', '/l/strona/3/')),
    ]);
    expect(walkList(site, '/l/', '/l/', ['/l/a/', '/l/b/', '/l/c/']).problems).toEqual([
      '/l/strona/2/: pasek stron zaznacza /l/ zamiast tej strony',
      '/l/strona/2/: „Następna” prowadzi do /l/strona/3/, której nie ma',
      '/l/strona/2/: tytuł „L – strona 2 z 3 – S” nie mówi „strona 2 z 2”',
      '/l/: /l/b/ jest na liście dwa razy',
      '/l/: brak na liście: /l/c/',
    ]);
  });

  it('reports a „Następna” that leads back to an earlier page instead of looping', () => {
    const site = new Map([
      page('/l/', 'L – S', ['/l/a/'], pager('/l/', '/l/strona/2/')),
      page('/l/strona/2/', 'L – strona 2 z 2 – S', ['/l/b/'], `<nav class="pager"><ul><li><a href="/l/strona/2/" aria-current="page">2</a></li><li><a href="/l/" rel="next">Następna</a></li></ul></nav>`),
    ]);
    expect(walkList(site, '/l/', '/l/', ['/l/a/', '/l/b/']).problems).toEqual(['/l/strona/2/: „Następna” wraca do /l/']);
  });

  it('reports entries out of the list’s order', () => {
    const site = new Map([page('/l/', 'L – S', ['/l/b/', '/l/a/'], '')]);
    expect(walkList(site, '/l/', '/l/', ['/l/a/', '/l/b/']).problems).toEqual(['/l/: wpisy nie są w kolejności listy']);
  });
});
