import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../support/checks/links.ts';
import { readPages } from '../../scripts/lib/pages.ts';
import { parse } from 'node-html-parser';

const { fixture, fixtureSubPath, real } = inject('sites');

describe('links', () => {
  it.each([
    ['fixture content at the root', fixture],
    ['fixture content under a sub-path', fixtureSubPath],
    ['the project’s content', real],
  ])('every internal link, asset and fragment resolves in %s', (_name, site) => {
    const pages = readPages(site.dir, site.base);
    expect(pages.length).toBeGreaterThan(10);
    expect(findBrokenLinks(pages, site.dir, site.base)).toEqual([]);
  });

  it('under a sub-path, every internal link starts with the sub-path', () => {
    const pages = readPages(fixtureSubPath.dir, fixtureSubPath.base);
    const hrefs = pages.flatMap((p) => p.dom.querySelectorAll('a[href^="/"], img[src^="/"]').map((a) => a.getAttribute('href') ?? a.getAttribute('src')!));
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) expect(href.startsWith(fixtureSubPath.base), href).toBe(true);
  });

  it('the check reports a missing page, a missing fragment and a link outside the base', () => {
    const pages = readPages(fixtureSubPath.dir, fixtureSubPath.base);
    const planted = {
      file: 'planted.html',
      url: `${fixtureSubPath.base}planted/`,
      html: '',
      dom: parse(`<a href="${fixtureSubPath.base}nie-ma/">x</a><a href="${fixtureSubPath.base}modele/#nie-ma-takiej-sekcji">y</a><a href="/modele/">z</a>`),
    };
    const broken = findBrokenLinks([...pages, planted], fixtureSubPath.dir, fixtureSubPath.base);
    expect(broken.map((b) => b.reason)).toEqual(['no such file', 'no element with id „nie-ma-takiej-sekcji”', `outside the base ${fixtureSubPath.base}`]);
  });
});
