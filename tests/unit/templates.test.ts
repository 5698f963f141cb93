import { describe, expect, it } from 'vitest';
import { pageRoutes, routeOf, templatesOf } from '../support/templates.ts';

describe('page templates for the browser checks', () => {
  it('turns route files into the addresses they serve, static routes first', () => {
    expect(routeOf('index.astro').pattern.test('/')).toBe(true);
    expect(routeOf('404.astro').pattern.test('/404.html')).toBe(true);
    expect(routeOf('szukaj.astro').pattern.test('/szukaj/')).toBe(true);
    expect(routeOf('modele/index.astro').pattern.test('/modele/')).toBe(true);
    expect(routeOf('rekomendacje/dla/[typ].astro').pattern.test('/rekomendacje/dla/gminy-wiejskie/')).toBe(true);
    expect(routeOf('rekomendacje/dla/[typ].astro').pattern.test('/rekomendacje/dla/a/b/')).toBe(false);
    expect(routeOf('[...sciezka].astro').pattern.test('/a/b/')).toBe(true);
    const routes = pageRoutes();
    expect(routes.findIndex((r) => r.file === 'szukaj.astro')).toBeLessThan(routes.findIndex((r) => r.file === '[slug].astro'));
    expect(routes.map((r) => r.file)).not.toContain('sitemap.xml.ts');
  });

  it('makes a static route one template, a dynamic route one per folder of its pages, and an unexplained page its own', () => {
    const routes = ['index.astro', 'szukaj.astro', '[slug].astro', '[rodzaj]/[slug].astro'].map(routeOf);
    const sizes: Record<string, number> = { '/a/': 5, '/b/': 9, '/x/1/': 1, '/x/2/': 3, '/y/1/': 1 };
    const templates = templatesOf(['/', '/szukaj/', '/a/', '/b/', '/x/1/', '/x/2/', '/y/1/', '/404.html'], routes, (p) => sizes[p] ?? 0);
    expect(templates.map((t) => [t.key, t.sample, t.paths.length])).toEqual([
      ['index.astro', '/', 1],
      ['szukaj.astro', '/szukaj/', 1],
      ['[slug].astro /', '/b/', 2],
      ['[rodzaj]/[slug].astro /x/', '/x/2/', 2],
      ['[rodzaj]/[slug].astro /y/', '/y/1/', 1],
      ['? /404.html', '/404.html', 1],
    ]);
  });
});
