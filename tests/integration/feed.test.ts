import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { entriesOf, type Content } from '../../src/content/index.ts';
import { feedKinds } from '../../src/content/kinds.ts';
import { FEED_PATH, listPath } from '../../src/content/routes.ts';
import { absoluteUrl } from '../../src/content/urls.ts';
import { feedNews } from '../../src/site/lib/feed.ts';
import { readPages } from '../../scripts/lib/pages.ts';
import { SUB_PATH, contentOf, type BuiltSite } from '../support/build-sites.ts';
import { atomProblems, entryCoverageProblems, feedLinkProblems } from '../support/checks/feed.ts';

const { fixture, fixtureSubPath, real } = inject('sites');

const SITES: Array<[string, BuiltSite]> = [
  ['fixture content at the root', fixture],
  ['fixture content under a sub-path', fixtureSubPath],
  ['the project’s content', real],
];

const feedOf = (site: BuiltSite) => readFileSync(join(site.dir, FEED_PATH), 'utf8');
/** The feed's path as served, with the deployment base: /projekt-kooperacje-3d/kanal.xml. */
const feedUrlPath = (site: BuiltSite) => `${site.base}${FEED_PATH.slice(1)}`;
/** Every entry of every kind the registry puts in the feed. */
const expectedUrls = (content: Content) => feedKinds().flatMap((k) => entriesOf(content, k.id)).map((e) => absoluteUrl(content.settings.serwis.adres, e.path));

describe('the Atom feed in the built site', () => {
  it.each(SITES)('parses without problems and lists every entry of the kinds in the feed exactly once, by absolute address, in %s', (_name, site) => {
    const xml = feedOf(site);
    const content = contentOf(site);
    expect(atomProblems(xml)).toEqual([]);
    expect(expectedUrls(content).length).toBeGreaterThan(3);
    expect(entryCoverageProblems(xml, expectedUrls(content))).toEqual([]);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${absoluteUrl(content.settings.serwis.adres, FEED_PATH)}"/>`);
  });

  it.each(SITES)('is linked from the head of every page in %s', (_name, site) => {
    const pages = readPages(site.dir, site.base);
    expect(pages.length).toBeGreaterThan(10);
    expect(feedLinkProblems(pages, feedUrlPath(site))).toEqual([]);
  });

  it.each([
    ['fixture content at the root', fixture],
    ['fixture content under a sub-path', fixtureSubPath],
  ])('is linked in words from the list page of every kind in the feed in %s', (_name, site) => {
    const news = feedNews(feedKinds().map((k) => k.feed.name));
    expect(news).toMatch(/^Nowe relacje ze spotkań(, | i )nowe narzędzia/);
    for (const list of feedKinds().map((k) => listPath(k).slice(1))) {
      const page = readPages(site.dir, site.base).find((p) => p.url === `${site.base}${list}`)!;
      const links = page.dom.querySelectorAll('main a').filter((a) => a.getAttribute('href') === feedUrlPath(site));
      expect(links.map((a) => a.textContent), list).toEqual(['kanał Atom z\u00A0nowościami']);
      expect(links[0]!.parentNode?.textContent.replace(/\u00A0/g, ' '), list).toMatch(new RegExp(`^${news} można śledzić w czytniku kanałów`));
    }
  });

  it('follows the build’s sub-path: the sub-path build’s addresses are the root build’s with the sub-path added', () => {
    expect(feedOf(fixture)).not.toContain(SUB_PATH);
    expect(feedOf(fixtureSubPath)).toBe(feedOf(fixture).replaceAll('https://example.org/', `https://example.org${SUB_PATH}`));
  });
});

describe('the feed coverage check', () => {
  it('reports an entry that is missing, one listed twice and one not expected', () => {
    const xml = feedOf(fixture);
    const [first, second] = expectedUrls(contentOf(fixture));
    const entries = [...xml.matchAll(/ {2}<entry>[\s\S]*?<\/entry>\n/g)].map((m) => m[0]);
    const withFirst = entries.find((e) => e.includes(`<id>${first}</id>`))!;
    const withSecond = entries.find((e) => e.includes(`<id>${second}</id>`))!;
    const planted = xml.replace(withSecond, withFirst.replaceAll(first!, 'https://example.org/projekt-kooperacje-3d/inny/')).replace(withFirst, withFirst + withFirst);
    expect(entryCoverageProblems(planted, expectedUrls(contentOf(fixture)))).toEqual([
      `${first}: 2 entries`,
      `${second}: not in the feed`,
      'https://example.org/projekt-kooperacje-3d/inny/: in the feed but not expected',
    ]);
  });
});

describe('the feed link check', () => {
  it('reports a page without the link, one linking elsewhere and one linking twice', () => {
    const page = (url: string, head: string) => ({ file: 'x', url, html: '', dom: parse(`<html><head>${head}</head><body></body></html>`) });
    const link = (href: string) => `<link rel="alternate" type="application/atom+xml" title="Kanał" href="${href}">`;
    const base = fixtureSubPath.base;
    expect(
      feedLinkProblems(
        [page(`${base}a/`, ''), page(`${base}b/`, link('/kanal.xml')), page(`${base}c/`, link('../kanal.xml') + link('../kanal.xml')), page(`${base}d/`, link('../kanal.xml'))],
        feedUrlPath(fixtureSubPath),
      ),
    ).toEqual([
      `${base}a/: 0 Atom feed links in <head>, expected 1`,
      `${base}b/: feed link „/kanal.xml” does not lead to ${base}kanal.xml`,
      `${base}c/: 2 Atom feed links in <head>, expected 1`,
    ]);
  });
});
