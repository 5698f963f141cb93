import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages } from '../../scripts/lib/pages.ts';
import { builtBase } from '../../scripts/lib/built-base.ts';
import { ROOT, SUB_PATH } from '../support/build-sites.ts';
import { freePort, startNode, waitFor, type Started } from '../support/processes.ts';

const { fixture, fixtureSubPath } = inject('sites');

const canonicalOf = (dir: string, base: string) =>
  readPages(dir, base).find((p) => p.url === base)!.dom.querySelector('link[rel="canonical"]')!.getAttribute('href');
const sitemapLocs = (dir: string) => [...readFileSync(join(dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('one sub-path truth', () => {
  it.each([
    ['at the root (BASE_PATH=/)', fixture, 'https://example.org/'],
    ['under the sub-path of serwis.adres', fixtureSubPath, `https://example.org${SUB_PATH}`],
  ])('builds canonical links, the sitemap, the feed and the statement address from the effective address %s', (_name, site, address) => {
    expect(canonicalOf(site.dir, site.base)).toBe(address);
    const locs = sitemapLocs(site.dir);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.filter((l) => !l.startsWith(address))).toEqual([]);
    const feed = readFileSync(join(site.dir, 'kanal.xml'), 'utf8');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${address}kanal.xml"/>`);
    const statement = readFileSync(join(site.dir, 'deklaracja-dostepnosci', 'index.html'), 'utf8');
    expect(statement).toContain(`<a id="a11y-url" href="${address}">`);
    expect(builtBase(site.dir)).toBe(site.base);
  });

  describe('npm run preview after a sub-path build', () => {
    let server: Started;
    let origin: string;
    beforeAll(async () => {
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      server = startNode(['scripts/preview.ts', '--dir', fixtureSubPath.dir, '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, env: process.env });
      await waitFor(async () => ((await fetch(`${origin}${SUB_PATH}`)).ok ? true : undefined), `preview at ${origin}${SUB_PATH}`);
    });
    afterAll(() => server?.stop());

    it('serves the pages, styles and files at the sub-path the site was built for and says where', async () => {
      const home = await fetch(`${origin}${SUB_PATH}`);
      expect(home.status).toBe(200);
      const html = await home.text();
      const assets = [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:svg|css|js|png))"/g)].map((m) => m[1]!);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) expect((await fetch(`${origin}${asset}`)).status, asset).toBe(200);
      expect((await fetch(`${origin}${SUB_PATH}modele/gminy-wiejskie/`)).status).toBe(200);
      expect((await fetch(`${origin}${SUB_PATH}nie-ma-takiej-strony/`)).status).toBe(404);
      expect(server.output()).toContain(`Podgląd zbudowanego serwisu: http://127.0.0.1:${origin.split(':').pop()}${SUB_PATH}`);
    });
  });
});
