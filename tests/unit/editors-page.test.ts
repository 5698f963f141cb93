import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import editorsPage from '../../src/integrations/editors-page.ts';

const work = mkdtempSync(join(tmpdir(), 'kooperacje-redakcja-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type BuildDone = (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;

describe('the editors’ page at build time', () => {
  it('refuses, in Polish, a site page that took its address, and leaves that page as it was', async () => {
    const page = join(work, 'redakcja', 'index.html');
    mkdirSync(join(work, 'redakcja'));
    writeFileSync(page, '<p>strona serwisu</p>');
    const integration = editorsPage();
    (integration.hooks['astro:config:done'] as unknown as (o: { config: { base: string } }) => void)({ config: { base: '/projekt/' } });
    const done = integration.hooks['astro:build:done'] as unknown as BuildDone;
    await expect(done({ dir: pathToFileURL(`${work}/`), logger: {} as AstroIntegrationLogger })).rejects.toThrow(
      'strona redakcji (Sveltia CMS): adres /projekt/redakcja/ należy do formularza redakcji, a zajęła go strona serwisu; zmień nazwę jej pliku albo pole slug na inne niż „redakcja”',
    );
    expect(readFileSync(page, 'utf8')).toBe('<p>strona serwisu</p>');
  });
});
