import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import editorsPage, { entryListing } from '../../src/integrations/editors-page.ts';

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

  it('lists the entries for the form as the build reads them: a symbolic link named like an .mdx entry brings neither an entry nor an .mdx collection', () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'narzedzia'), { recursive: true });
    mkdirSync(join(content, 'strony'));
    writeFileSync(join(content, 'narzedzia', 'plan.md'), '---\ntytul: Plan\n---\n');
    writeFileSync(join(content, 'strony', 'o-nas.mdx'), '---\ntytul: O nas\n---\n');
    // A link out of content/ (the build refuses it and never reads it); the form must not offer it either.
    writeFileSync(join(work, 'poza.mdx'), '---\ntytul: Poza treścią\n---\n');
    symlinkSync(join(work, 'poza.mdx'), join(content, 'narzedzia', 'poza.mdx'));
    const listed = Object.fromEntries(entryListing(content).map((l) => [l.kind.folder, { names: l.names, mdx: l.mdx }]));
    expect(listed.narzedzia).toEqual({ names: ['plan'], mdx: false });
    expect(listed.strony).toEqual({ names: ['o-nas'], mdx: true });
    expect(listed.spotkania).toEqual({ names: [], mdx: false });
  });
});
