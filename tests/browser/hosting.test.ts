import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { EDITORS_DIR, editorsPolicy } from '../../src/cms/page.ts';
import { launchBrowser } from '../support/browser.ts';
import { SUB_PATH } from '../support/build-sites.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';

const { real, fixtureSubPath } = inject('sites');

let work: string;
let site: string;
let nginx: Nginx;
let subPathNginx: Nginx;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'koop-hosting-'));
  chmodSync(work, 0o755);
  site = join(work, 'site');
  cpSync(real.dir, site, { recursive: true });
  // Planted: a secret outside the served folder, linked from inside it, and a WebAssembly file.
  writeFileSync(join(work, 'sekret.txt'), 'tajne dane');
  symlinkSync(join(work, 'sekret.txt'), join(site, 'pliki', 'sekret.txt'));
  writeFileSync(join(site, 'pliki', 'modul.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  // Sub-path: the site under /projekt-kooperacje-3d/ of a server's root.
  const subRoot = join(work, 'root');
  mkdirSync(subRoot);
  cpSync(fixtureSubPath.dir, join(subRoot, SUB_PATH.replaceAll('/', '')), { recursive: true });
  nginx = await startNginx(site);
  subPathNginx = await startNginx(subRoot);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await subPathNginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

const head = (path: string, server = nginx) => fetch(server.origin + path, { method: 'HEAD', redirect: 'manual' });

/** Directive name → sources, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Sources of `policy` (a page's own) that a `header` policy does not allow; `https:` in the header allows any https origin. */
function blockedBy(header: Map<string, string[]>, policy: string): string[] {
  const blocked: string[] = [];
  for (const [name, sources] of directives(policy)) {
    const allowed = header.get(name) ?? header.get('default-src') ?? [];
    for (const source of sources) {
      if (!(allowed.includes(source) || (allowed.includes('https:') && source.startsWith('https://')))) blocked.push(`${name} ${source}`);
    }
  }
  return blocked;
}

describe('the site served by nginx with hosting/nginx.conf', () => {
  it('sends the security headers and short caching with a page', async () => {
    const res = await head('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cache-control')).toBe('max-age=600');
    expect(directives(res.headers.get('content-security-policy') ?? '').get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends a policy header that allows what every page’s own policy allows, and inline styles only as the page’s hashes permit', async () => {
    const header = directives((await head('/')).headers.get('content-security-policy') ?? '');
    expect(header.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    for (const file of htmlFiles(real.dir)) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(join(real.dir, file), 'utf8'))?.[1];
      expect(meta, file).toBeDefined();
      for (const [name, sources] of directives(meta!)) {
        const allowed = header.get(name);
        expect(allowed, `${file}: ${name}`).toBeDefined();
        for (const source of sources) {
          // Hashes of what Astro inlined: the header allows inline styles, and no inline script runs (the header has no hashes).
          if ((name === 'style-src' || name === 'script-src') && source.startsWith("'sha256-")) continue;
          expect(allowed, `${file}: ${name} ${source}`).toContain(source);
        }
      }
    }
  });

  it('sends the editors’ page a policy header that allows what its own policy allows with a git server, and the public pages’ header would not', async () => {
    const res = await head(`/${EDITORS_DIR}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    const header = directives(res.headers.get('content-security-policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // Only connections may reach other servers: scripts, styles and frames stay the site's own.
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect([...header].filter(([name, sources]) => name !== 'connect-src' && sources.includes('https:'))).toEqual([]);
    const page = editorsPolicy(['https://git.przyklad.pl']);
    expect(blockedBy(header, page)).toEqual([]);
    expect(blockedBy(directives((await head('/')).headers.get('content-security-policy') ?? ''), page)).toEqual(
      expect.arrayContaining(['connect-src https://git.przyklad.pl', 'img-src blob:']),
    );
  });

  it('caches hashed assets for a year and serves Pagefind’s and WebAssembly files with their types', async () => {
    const asset = readFileSync(join(real.dir, 'index.html'), 'utf8').match(/\/_astro\/[^"]+\.js/)?.[0];
    expect(asset).toBeDefined();
    const js = await head(asset!);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('max-age=31536000');
    const fragment = await head(`/pagefind/fragment/${readdirSync(join(real.dir, 'pagefind', 'fragment'))[0]}`);
    expect(fragment.status).toBe(200);
    expect(fragment.headers.get('content-type')).toBe('application/octet-stream');
    expect(fragment.headers.get('cache-control')).toBe('max-age=31536000');
    const wasm = await head('/pliki/modul.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect((await head('/pagefind/pagefind-entry.json')).headers.get('cache-control')).toBe('max-age=600');
  });

  it('lists no folder, serves no hidden file and follows no symbolic link', async () => {
    expect((await head('/_astro/')).status).toBe(404);
    expect((await head('/.kooperacje-build')).status).toBe(404);
    const secret = await fetch(`${nginx.origin}/pliki/sekret.txt`);
    expect([403, 404]).toContain(secret.status);
    expect(await secret.text()).not.toContain('tajne dane');
  });

  it('answers an unknown address with the site’s 404 page', async () => {
    const res = await fetch(`${nginx.origin}/nie-ma-takiej-strony/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="pl"');
  });

  it('opens a page, finds „społeczna” typed without „ł” in the header search and downloads a PDF, with no policy violation', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const response = await page.goto(`${nginx.origin}/`);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('h1')).toBeTruthy();
    await page.focus('#szukaj-pole');
    await page.keyboard.type('spoleczna');
    await page.waitForSelector('[data-search-panel] .wynik');
    // Results for the first letters may show while typing; wait for those of the whole word.
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('„społeczna”'));
    expect(await page.textContent('[data-search-status]')).toMatch(/^\d+\u00A0(wynik|wyniki|wyników) dla „społeczna”$/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

    await page.goto(`${nginx.origin}/do-pobrania/`);
    const href = await page.locator('a[href$=".pdf"]').first().getAttribute('href');
    expect(href).toMatch(/^\/do-pobrania\/.+\.pdf$/);
    // Downloaded by the page itself, under the page's policy and the server's headers.
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), start: String.fromCharCode(...bytes.subarray(0, 5)), size: bytes.length };
    }, href!);
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf', start: '%PDF-' });
    expect(pdf.size).toBeGreaterThan(10_000);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });

  it('serves a site built for a sub-path from that sub-path with the same rules', async () => {
    const page = await head(SUB_PATH, subPathNginx);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = readFileSync(join(fixtureSubPath.dir, 'index.html'), 'utf8').match(/\/projekt-kooperacje-3d\/_astro\/[^"]+\.js/)?.[0];
    expect(asset).toBeDefined();
    expect((await head(asset!, subPathNginx)).headers.get('cache-control')).toBe('max-age=31536000');
    expect((await head(`${SUB_PATH}.kooperacje-build`, subPathNginx)).status).toBe(404);
  });
});
