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
    expect(render('Imię i nazwisko: __________').html).toBe(
      '<p class="pole"><span class="pole__etykieta">Imię i nazwisko:</span> <span class="pole__linia"></span></p>',
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
  it('allows only the site’s own origin and the page’s own inline styles, by hash', async () => {
    const { contentSecurityPolicy, withContentSecurityPolicy } = await import('../../src/site/lib/csp.ts');
    const html = '<html><head><meta charset="utf-8"><style>p{color:red}</style></head></html>';
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("style-src 'self' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy('<style>p{color:blue}</style>')).not.toBe(contentSecurityPolicy('<style>p{color:red}</style>'));
    expect(withContentSecurityPolicy(html)).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+">/);
  });

  it('hashes the real <style> block when a description, a title or a script contains the text „<style>” and „</style>”', async () => {
    const { contentSecurityPolicy, styleBlocks } = await import('../../src/site/lib/csp.ts');
    const css = 'body{margin:0}';
    const html =
      '<html><head><meta charset="utf-8"><title>O <style>x</style></title>' +
      '<meta name="description" content="Opis z tekstem <style> i </style> w środku">' +
      `<style>${css}</style><script type="application/ld+json">{"d":"<style>y{}</style>"}</script>` +
      '<!-- <style>z{}</style> --></head><body><p>&lt;style&gt;</p></body></html>';
    expect(styleBlocks(html)).toEqual([css]);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(contentSecurityPolicy(html)).toContain(`style-src 'self' 'sha256-${hash}'; `);
  });
});
