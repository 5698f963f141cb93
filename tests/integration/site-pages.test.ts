import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allEntries, type Content } from '../../src/content/index.ts';
import { FEED_PATH } from '../../src/content/routes.ts';
import { pageRuleViolations } from '../support/checks/page-rules.ts';
import { statementIdProblems } from '../support/checks/statement.ts';
import { readPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import type { BuiltSite } from '../support/build-sites.ts';
import { validContent } from '../support/content.ts';

const { fixture, real } = inject('sites');

describe('the site built from fixture content', () => {
  let pages: BuiltPage[];
  let content: Content;
  const page = (url: string) => {
    const found = pages.find((p) => p.url === url);
    if (!found) throw new Error(`no page at ${url}`);
    return found;
  };
  // The lists of reports and tools also point to the feed; that link is tested in feed.test.ts.
  const linksOn = (url: string) => page(url).dom.querySelectorAll('main a').map((a) => a.getAttribute('href')).filter((h) => h !== FEED_PATH);

  beforeAll(() => {
    pages = readPages(fixture.dir, fixture.base);
    content = validContent(fixture.content);
  });

  it('has a page for every entry', () => {
    const urls = new Set(pages.map((p) => p.url));
    for (const e of allEntries(content)) expect(urls, e.file).toContain(e.path);
  });

  it('lists every entry of a kind on that kind’s list page', () => {
    expect(linksOn('/modele/')).toEqual(expect.arrayContaining(content.models.map((e) => e.path)));
    expect(linksOn('/spotkania/')).toEqual(content.meetings.map((e) => e.path));
    expect(linksOn('/rekomendacje/')).toEqual(expect.arrayContaining(content.recommendations.map((e) => e.path)));
    expect(linksOn('/narzedzia/')).toEqual(expect.arrayContaining(content.tools.map((e) => e.path)));
  });

  it('lists meeting reports newest first with undated ones last', () => {
    expect(linksOn('/spotkania/')).toEqual(['/spotkania/2021-06-15-spotkanie/', '/spotkania/liderzy/']);
  });

  it('shows the municipality types and sources on every entry page', () => {
    for (const e of [...content.meetings, ...content.recommendations]) {
      const main = page(e.path).dom.querySelector('main')!;
      expect(main.querySelector('.tags'), e.path).not.toBeNull();
      expect(main.querySelector('#zrodla'), e.path).not.toBeNull();
    }
    expect(page('/narzedzia/deklaracja/').dom.querySelector('main .tags')).not.toBeNull();
  });

  it('renders form fields of a tool as lines and boxes to fill in', () => {
    const main = page('/narzedzia/deklaracja/').dom.querySelector('main')!;
    expect(main.querySelector('.pole .pole__etykieta')?.textContent).toBe('Nazwa instytucji:');
    expect(main.querySelectorAll('.wybor .kratka')).toHaveLength(2);
  });

  it('follows the page rules on every page', () => {
    expect(pageRuleViolations(pages)).toEqual([]);
  });

  it('puts every page in the sitemap', () => {
    const sitemap = readFileSync(join(fixture.dir, 'sitemap.xml'), 'utf8');
    // The root build (BASE_PATH=/) publishes at the domain root, so its sitemap does too.
    for (const e of allEntries(content)) expect(sitemap).toContain(`<loc>https://example.org${e.path}</loc>`);
  });

  it('links every page of the sitemap from the site map page, the browsing pages of recommendations included', () => {
    const sitemap = readFileSync(join(fixture.dir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https:\/\/example\.org([^<]*)<\/loc>/g)].map((m) => m[1]!);
    const linked = new Set(page('/mapa-strony/').dom.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    expect(listed.filter((path) => !linked.has(path) && path !== '/' && path !== '/mapa-strony/')).toEqual([]);
    expect(listed.some((path) => path.startsWith('/rekomendacje/adresat/'))).toBe(true);
  });

  it('binds one-letter words to the next word in text but not in attributes', () => {
    const html = page('/o-projekcie/').html;
    expect(html).toMatch(/ i\u00A0<a /);
    expect(page('/').dom.querySelector('main')!.textContent).toMatch(/ z\u00A0Programu/);
    expect(html).not.toMatch(/<[^>]*\u00A0[^>]*>/);
  });

  it('loads no script on any page but the search field’s small loader, from the site itself', () => {
    for (const p of pages) {
      const scripts = p.dom.querySelectorAll('script');
      expect(scripts.length, p.url).toBeLessThanOrEqual(1);
      for (const script of scripts) expect(script.getAttribute('src'), p.url).toMatch(/^\/_astro\/SiteSearch\.[^/]+\.js$/);
    }
  });

  it('loads nothing from another origin', () => {
    for (const p of pages) {
      for (const el of p.dom.querySelectorAll('img[src], script[src], link[href]:not([rel="canonical"]), source[src], iframe')) {
        expect(el.getAttribute('src') ?? el.getAttribute('href') ?? '', p.url).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });
});

describe('the accessibility statement', () => {
  const statementOf = (site: BuiltSite) => readPages(site.dir, site.base).find((p) => p.url === `${site.base}deklaracja-dostepnosci/`)!;

  it.each([
    ['the project’s content', real],
    ['fixture content', fixture],
  ])('built from %s has every element id validators look for, exactly once, with dates in <time>', (_name, site) => {
    const page = statementOf(site);
    expect(statementIdProblems(page.dom)).toEqual([]);
    for (const id of ['a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-data-sporzadzenie']) {
      expect(page.dom.getElementById(id)?.tagName).toBe('TIME');
      expect(page.dom.getElementById(id)?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('marks a contact detail still to be filled in as a gap', () => {
    expect(statementOf(fixture).dom.querySelector('#a11y-email')?.classList.contains('luka')).toBe(true);
  });

  it('the id check reports a missing and a repeated id', () => {
    const page = statementOf(fixture);
    const broken = parse(page.html.replace('id="a11y-status"', '').replace('id="a11y-zakres"', 'id="a11y-url"'));
    expect(statementIdProblems(broken)).toEqual(['a11y-zakres: 0 elements', 'a11y-url: 2 elements', 'a11y-status: 0 elements']);
  });
});

describe('the page rules check', () => {
  it('reports a page without lang, with two h1 elements and a repeated title', () => {
    const bad = (url: string) => ({ file: 'x', url, html: '', dom: parse('<html><head><title>T</title></head><body><h1>a</h1><h1>b</h1></body></html>') });
    const problems = pageRuleViolations([bad('/a/'), bad('/b/')]);
    expect(problems).toContain('/a/: html lang is not "pl"');
    expect(problems).toContain('/a/: 2 h1 elements');
    expect(problems).toContain('/b/: title „T” repeats /a/');
  });
});

describe('the site built from the project’s content', () => {
  it('follows the page rules on every page', () => {
    expect(pageRuleViolations(readPages(real.dir, real.base))).toEqual([]);
  });
});
