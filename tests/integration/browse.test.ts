import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import type { Content } from '../../src/content/index.ts';
import { recommendationGroupings } from '../../src/content/recommendation-groups.ts';
import { recommendationsForAddressee, SITE_PATHS } from '../../src/content/routes.ts';
import { MUNICIPALITY_TYPES } from '../../src/domain/municipalities.ts';
import { STAGES } from '../../src/domain/vocabulary.ts';
import { WORDS } from '../../src/domain/words/index.ts';
import { countOf, NOUNS } from '../../src/typography/plural.ts';
import { contentOf, type BuiltSite } from '../support/build-sites.ts';

const { fixture, real } = inject('sites');
/** Text as a reader sees it: the typography's non-breaking spaces read as spaces. */
const flat = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();

describe.each([
  ['fixture content', fixture],
  ['the project’s content', real],
] as [string, BuiltSite][])('browsing without search on the site built from %s', (_name, site) => {
  let pages: Map<string, BuiltPage>;
  let content: Content;
  const main = (url: string) => {
    const found = pages.get(url)?.dom.querySelector('main');
    if (!found) throw new Error(`no page at ${url}`);
    return found;
  };
  const hrefs = (el: ReturnType<typeof main>, selector: string) => el.querySelectorAll(selector).map((a) => a.getAttribute('href'));

  beforeAll(() => {
    pages = new Map(readPages(site.dir, site.base).map((p) => [p.url, p]));
    content = contentOf(site);
  });

  it('gives every municipality type, area and addressee a page listing exactly its recommendations as h2, with its count and links to the other groups', () => {
    for (const grouping of recommendationGroupings(content)) {
      for (const group of grouping.groups) {
        const m = main(group.path);
        expect(hrefs(m, '.list > li > h3 > a'), group.path).toEqual(group.items.map((r) => r.path));
        expect(flat(m.text), group.path).toContain(flat(WORDS.pages.recommendations.inGroup(countOf(group.items.length, NOUNS.recommendation))));
        const others = m.querySelector(`nav[aria-labelledby="inne-${grouping.id}"]`)!;
        expect(hrefs(others, 'a'), group.path).toEqual([...grouping.groups.filter((g) => g !== group).map((g) => g.path), SITE_PATHS.recommendations]);
      }
    }
  });

  it('links each addressee on a recommendation’s page to that addressee’s page', () => {
    for (const rec of content.recommendations) {
      const links = hrefs(main(rec.path), 'dl.meta a').filter((h) => h?.startsWith('/rekomendacje/adresat/'));
      expect(links, rec.path).toEqual(rec.data.adresaci.map((a) => recommendationsForAddressee(a)));
    }
  });

  it('links every group from the list of recommendations with its count, and shows each recommendation’s addressees there', () => {
    const m = main(SITE_PATHS.recommendations);
    for (const group of recommendationGroupings(content).flatMap((g) => g.groups)) {
      const item = m.querySelectorAll('nav li').find((li) => li.querySelector('a')?.getAttribute('href') === group.path);
      expect(flat(item?.text ?? ''), group.path).toBe(flat(`${group.label} – ${countOf(group.items.length, NOUNS.recommendation)}`));
    }
    const items = m.querySelectorAll('.list > li');
    expect(items).toHaveLength(content.recommendations.length);
    for (const li of items) expect(flat(li.text)).toContain(flat(WORDS.pages.recommendations.addresseesLine('')));
  });

  it('lists each tool once on the list of tools, under the heading of the stage it serves, with the municipality types it is for', () => {
    const m = main(SITE_PATHS.tools);
    const links = hrefs(m, 'a').filter((h) => content.tools.some((t) => t.path === h));
    expect(links).toEqual(content.tools.map((t) => t.path));
    for (const tool of content.tools) {
      const section = m.querySelectorAll('section').find((s) => s.querySelector(`a[href="${tool.path}"]`));
      expect(flat(section?.querySelector('h2')?.text ?? ''), tool.path).toBe(flat(WORDS.pages.tools.stage(STAGES.find((s) => s.id === tool.data.etap)!.label)));
      const types = section?.querySelector(`a[href="${tool.path}"]`)?.closest('li')?.querySelector('.small')?.text ?? '';
      for (const type of MUNICIPALITY_TYPES) expect(flat(types).includes(type.genitivePlural), `${tool.path} ${type.id}`).toBe(tool.data.typy_gmin.includes(type.id));
    }
  });

  it('gives every page written in letter sections an A–Z index linking to each section, kept out of search excerpts', () => {
    let indexed = 0;
    for (const page of pages.values()) {
      // The body a Markdown page is rendered into (src/site/components/Markdown.astro); its sources section is not part of it.
      const sections = page.dom.querySelectorAll('main div.prose h2');
      const letters = sections.length >= 3 && sections.every((h) => /^\p{Lu}$/u.test(flat(h.text)));
      const index = page.dom.querySelector('main nav.az');
      expect(!!index, page.url).toBe(letters);
      if (!index) continue;
      indexed++;
      expect(hrefs(index, 'a'), page.url).toEqual(sections.map((h) => `#${h.id}`));
      // A row of letters would be noise in search excerpts.
      expect(index.hasAttribute('data-pagefind-ignore'), page.url).toBe(true);
    }
    if (site === real) expect(indexed).toBeGreaterThan(0);
  });
});
