import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { normalisePath, sitePaths } from '../../src/content/routes.ts';
import { MAX_FIELD_LINES } from '../../src/content/form-syntax.ts';
import { renderMarkdown } from '../../src/site/lib/markdown-html.ts';
import { currentState, sitePath, visibleNavigation } from '../../src/site/lib/navigation.ts';
import { absoluteUrl, withBase } from '../../src/content/urls.ts';

describe('links under a sub-path', () => {
  it('prefixes site paths with the base and leaves other links alone', () => {
    expect(withBase('/projekt-kooperacje-3d/', '/modele/')).toBe('/projekt-kooperacje-3d/modele/');
    expect(withBase('/', '/modele/')).toBe('/modele/');
    expect(withBase('/projekt/', 'https://example.org/')).toBe('https://example.org/');
    expect(withBase('/projekt/', '#tresc')).toBe('#tresc');
  });

  it('strips the base from a request path', () => {
    expect(sitePath('/projekt-kooperacje-3d/modele/', '/projekt-kooperacje-3d/')).toBe('/modele/');
    expect(sitePath('/projekt-kooperacje-3d/', '/projekt-kooperacje-3d/')).toBe('/');
    expect(sitePath('/modele', '/')).toBe('/modele/');
  });

  it('builds absolute addresses from the site address in settings', () => {
    expect(absoluteUrl('https://example.org/projekt/', '/modele/')).toBe('https://example.org/projekt/modele/');
    expect(absoluteUrl('https://example.org/projekt', '/')).toBe('https://example.org/projekt/');
  });

  it('normalises internal links for lookup', () => {
    expect(normalisePath('/modele/gminy-wiejskie#etapy')).toBe('/modele/gminy-wiejskie/');
    expect(normalisePath('/pliki/a.pdf?x=1')).toBe('/pliki/a.pdf');
  });
});

describe('navigation', () => {
  it('marks the current page and its section', () => {
    expect(currentState('/rekomendacje/', '/rekomendacje/')).toBe('page');
    expect(currentState('/rekomendacje/', '/rekomendacje/r01/')).toBe('true');
    expect(currentState('/narzedzia/', '/rekomendacje/')).toBeUndefined();
  });

  it('links to standalone pages only when they exist', () => {
    const labels = visibleNavigation(['/o-projekcie/']).map((i) => i.label);
    expect(labels).toContain('O projekcie');
    expect(labels).not.toContain('Słowniczek');
  });

  it('has no page path that collides with another', () => {
    expect(new Set(sitePaths()).size).toBe(sitePaths().length);
  });
});

describe('Markdown rendered for the site', () => {
  const render = (md: string, base = '/') => renderMarkdown(parseMarkdown(md), base);

  it('gives headings ids from their Polish text and lists them', () => {
    const { html, headings } = render('## Jak działa model?\n\n### Łódź\n\n## Jak działa model?');
    expect(html).toContain('<h2 id="jak-dziala-model">');
    expect(headings.map((h) => h.id)).toEqual(['jak-dziala-model', 'lodz', 'jak-dziala-model-2']);
  });

  it('starts every heading id with a letter', () => {
    expect(render('## § 1. Nazwa zespołu\n\n## ?').headings.map((h) => h.id)).toEqual(['sekcja-1-nazwa-zespolu', 'sekcja']);
  });

  it('prefixes internal links and images with the base', () => {
    const { html } = render('[a](/modele/) [b](https://example.org/) ![c](/pliki/x.png)', '/sub/');
    expect(html).toContain('href="/sub/modele/"');
    expect(html).toContain('href="https://example.org/" rel="external"');
    expect(html).toContain('src="/sub/pliki/x.png"');
  });

  it('turns a labelled line of underscores into a field to fill in', () => {
    // Typeset as it is rendered: a non-breaking space after the one-letter „i”.
    expect(render('Imię i nazwisko: __________').html).toBe(
      '<p class="pole"><span class="pole__etykieta">Imię i\u00a0nazwisko:</span> <span class="pole__linia"></span></p>',
    );
    expect(render('Tekst z __podkreśleniem__').html).not.toContain('pole');
  });

  it('gives a long answer marked „(N wierszy)” that many lines to write on', () => {
    expect(render('Uwagi: __________ (3 wiersze)').html).toBe(
      '<p class="pole pole--dlugie"><span class="pole__etykieta">Uwagi:</span> <span class="pole__linie"><span class="pole__linia"></span><span class="pole__linia"></span><span class="pole__linia"></span></span></p>',
    );
    expect(render('Przyczyny: __________ (5 wierszy)').html.match(/pole__linia/g)).toHaveLength(5);
    expect(render('Przyczyny: __________ (99 wierszy)').html.match(/pole__linia/g)).toHaveLength(MAX_FIELD_LINES);
    expect(render('Uwagi (3 wiersze): tekst').html).not.toContain('pole');
  });

  it('turns task list items into boxes to tick without form controls', () => {
    const { html } = render('- [ ] tak\n- [ ] nie');
    expect(html).not.toContain('<input');
    expect(html.match(/class="wybor"/g)).toHaveLength(2);
    expect(html).toContain('<span class="kratka" aria-hidden="true">☐</span>');
  });

  it('gives table header cells a scope', () => {
    expect(render('| A | B |\n| --- | --- |\n|  |  |').html).toContain('<th scope="col">A</th>');
  });
});

describe('Content-Security-Policy', () => {
  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  /** A page as Astro writes it: its policy in a lower-case http-equiv meta, with the hash of its style. */
  const page = (css: string, body = '', head = '') =>
    `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${hashOf(css)};">` +
    `${head}<style>${css}</style></head><body>${body}</body></html>`;

  it('allows only the site’s own origin, WebAssembly for the search, and inline code only by hash', async () => {
    const { CSP_CONFIG } = await import('../../src/site/lib/csp.ts');
    const all = JSON.stringify(CSP_CONFIG);
    expect(CSP_CONFIG.directives).toContain("default-src 'self'");
    expect(CSP_CONFIG.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP_CONFIG.styleDirective?.resources).toEqual(["'self'"]);
    expect(all).not.toContain('unsafe-inline');
  });

  it('finds nothing to block on a page whose styles are all hashed in its policy', async () => {
    const { policyGaps } = await import('../../src/site/lib/csp.ts');
    expect(policyGaps(page('p{color:red}', '<p>Tekst</p><script type="module" src="/_astro/a.js"></script>'))).toEqual([]);
  });

  it('hashes the real <style> block when a description, a title or a script contains the text „<style>” and „</style>”', async () => {
    const { policyGaps, styleBlocks } = await import('../../src/site/lib/csp.ts');
    const css = 'body{margin:0}';
    const html = page(
      css,
      '<p>&lt;style&gt;</p>',
      '<title>O <style>x</style></title><meta name="description" content="Opis z tekstem <style> i </style> w środku">' +
        '<script type="application/ld+json">{"d":"<style>y{}</style>"}</script><!-- <style>z{}</style> -->',
    );
    expect(styleBlocks(html)).toEqual([css]);
    expect(policyGaps(html)).toEqual([]);
  });

  it('names an inline style, a style attribute, an inline script and an event handler the page’s policy does not cover', async () => {
    const { policyGaps } = await import('../../src/site/lib/csp.ts');
    const html = page('p{color:red}', '<style>h1{color:blue}</style><p style="color:green">x</p><script>alert(1)</script><button onclick="x()">ok</button>');
    expect(policyGaps(html)).toEqual([
      'blok <style> „h1{color:blue}” nie ma skrótu w style-src',
      'skrypt wbudowany „alert(1)” nie ma skrótu w script-src',
      'atrybut style w <p> („color:green”) – polityka nie dopuszcza stylów w atrybutach',
      'atrybut onclick w <button> – polityka nie dopuszcza skryptów w atrybutach',
    ]);
  });

  it('names a page without a policy', async () => {
    const { policyGaps } = await import('../../src/site/lib/csp.ts');
    expect(policyGaps('<html><head><style>p{}</style></head></html>')).toEqual(['strona nie ma polityki bezpieczeństwa treści (meta Content-Security-Policy)']);
  });
});

describe('the build’s policy check', () => {
  it('lists every page whose policy would block something, and only those', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sitePolicyGaps } = await import('../../src/integrations/csp-check.ts');
    const dir = mkdtempSync(join(tmpdir(), 'koop-csp-'));
    const css = 'p{margin:0}';
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    const head = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' ${hash};">`;
    writeFileSync(join(dir, 'index.html'), `<html><head>${head}<style>${css}</style></head><body></body></html>`);
    mkdirSync(join(dir, 'o-projekcie'));
    writeFileSync(join(dir, 'o-projekcie', 'index.html'), `<html><head>${head}<style>${css}</style><style>h2{color:red}</style></head><body></body></html>`);
    expect(sitePolicyGaps(dir)).toEqual(['o-projekcie/index.html: blok <style> „h2{color:red}” nie ma skrótu w style-src']);
  });

  it('checks again a page whose bytes changed since a build found it without gaps, and keeps listing the gap of one that had some', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sitePolicyGaps } = await import('../../src/integrations/csp-check.ts');
    const dir = mkdtempSync(join(tmpdir(), 'koop-csp-'));
    const checked = join(dir, 'pamiec', 'sprawdzone.json');
    const site = join(dir, 'serwis');
    mkdirSync(join(site, 'o-projekcie'), { recursive: true });
    const css = 'p{margin:0}';
    const head = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-${createHash('sha256').update(css).digest('base64')}';">`;
    const page = (extra: string) => `<html><head>${head}<style>${css}</style>${extra}</head><body></body></html>`;
    writeFileSync(join(site, 'index.html'), page(''));
    writeFileSync(join(site, 'o-projekcie', 'index.html'), page('<style>h2{color:red}</style>'));
    const gap = 'o-projekcie/index.html: blok <style> „h2{color:red}” nie ma skrótu w style-src';
    expect(sitePolicyGaps(site, checked)).toEqual([gap]);
    // Only the page without gaps is listed as checked; the other is checked, and reported, every time.
    expect(JSON.parse(readFileSync(checked, 'utf8'))).toHaveLength(1);
    expect(sitePolicyGaps(site, checked)).toEqual([gap]);
    writeFileSync(join(site, 'index.html'), page('<style>h3{color:red}</style>'));
    expect(sitePolicyGaps(site, checked)).toEqual(['index.html: blok <style> „h3{color:red}” nie ma skrótu w style-src', gap]);
    expect(JSON.parse(readFileSync(checked, 'utf8'))).toEqual([]);
  });

  it('checks every page again when the list of checked pages is damaged or lists what is not a page key, and writes a sound list', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sitePolicyGaps } = await import('../../src/integrations/csp-check.ts');
    const site = mkdtempSync(join(tmpdir(), 'koop-csp-'));
    const checked = join(site, '..', `${site.split('/').pop()}-sprawdzone.json`);
    writeFileSync(join(site, 'index.html'), '<html><head><meta http-equiv="content-security-policy" content="default-src \'self\'; style-src \'self\';"><style>h2{color:red}</style></head><body></body></html>');
    const gap = 'index.html: blok <style> „h2{color:red}” nie ma skrótu w style-src';
    for (const damage of ['["abc', '{"klucz":1}', '[1,2,3]']) {
      writeFileSync(checked, damage);
      expect(sitePolicyGaps(site, checked)).toEqual([gap]);
      expect(JSON.parse(readFileSync(checked, 'utf8'))).toEqual([]);
    }
  });
});
