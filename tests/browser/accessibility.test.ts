import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { axeViolations, WIDTHS } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { urlOf } from '../../scripts/lib/pages.ts';
import { serve } from '../support/server.ts';

const { fixture, real } = inject('sites');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe on every page of a built site; `plant` lets planted inline styles past the Content-Security-Policy. */
async function violationsOnEveryPage(dir: string, width: number, plant = false): Promise<string[]> {
  const server = await serve(dir);
  const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: plant });
  const page = await context.newPage();
  const found: string[] = [];
  try {
    for (const file of htmlFiles(dir)) {
      const url = urlOf(file, '/');
      await page.goto(server.origin + url);
      for (const v of await axeViolations(page)) found.push(`${url} @${width}px ${v}`);
    }
  } finally {
    await context.close();
    await server.close();
  }
  return found;
}

describe('axe (WCAG 2.1 A and AA)', () => {
  for (const width of WIDTHS) {
    it(`finds no violation on any page built from the project’s content at ${width} px`, async () => {
      expect(await violationsOnEveryPage(real.dir, width)).toEqual([]);
    });
    it(`finds no violation on any page built from fixture content at ${width} px`, async () => {
      expect(await violationsOnEveryPage(fixture.dir, width)).toEqual([]);
    });
  }

  it('reports a planted image without alt text and text with too little contrast', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'koop-axe-')), 'dist');
    cpSync(fixture.dir, dir, { recursive: true });
    for (const f of htmlFiles(dir).filter((f) => f !== 'index.html')) writeFileSync(join(dir, f), '');
    const home = join(dir, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', '<img src="x.png"><p style="color:#ccc">Słabo widoczny tekst</p></main>'));
    const found = await violationsOnEveryPage(dir, 1280, true);
    expect(found.some((v) => v.startsWith('/ @1280px image-alt:'))).toBe(true);
    expect(found.some((v) => v.startsWith('/ @1280px color-contrast:'))).toBe(true);
  });
});
