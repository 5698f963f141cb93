import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEntries, type AnyEntry, type Content } from '../../src/content/entries.ts';
import { pageKey } from '../../src/content/page-keys.ts';
import { astroCacheDir } from '../../src/build/cache.ts';
import { finishIncrementalBuild, INCREMENTAL_FILES, startIncrementalBuild, UNFINISHED_MARK } from '../../src/integrations/incremental-pages.ts';
import { withEditedFixture, type Edit } from '../support/edited-fixture.ts';
import { validContent } from '../support/content.ts';

/** Every entry page's key and a list page's key, for the fixture with `edits`. */
function keysAfter(edits: Record<string, Edit>, files?: (content: Content) => unknown): { entries: Map<string, string>; list: string } {
  return withEditedFixture(edits, (dir) => {
    const content = validContent(dir);
    const key = (e: AnyEntry) => pageKey(content, { bodies: [e], files: files?.(content) });
    return { entries: new Map(allEntries(content).map((e) => [`${e.kind}/${e.id}`, key(e)])), list: pageKey(content) };
  });
}

/** The entry pages whose key differs between two sets of keys. */
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => a.get(k) !== b.get(k));

const appendParagraph = (text: string) => `${text}\nAkapit dopisany w teście.\n`;
const retitle = (text: string) => text.replace(/^tytul: (.*)$/m, 'tytul: $1 (zmieniony)');

describe('the keys of the incremental build', () => {
  const before = keysAfter({});

  it('give every page of an unchanged content the same key (Astro compares a page’s key with its own from the last build)', () => {
    const again = keysAfter({});
    expect(changed(before.entries, again.entries)).toEqual([]);
    expect(again.list).toBe(before.list);
  });

  it('change only the own page’s key when a body changes: no page shows another entry’s body', () => {
    const after = keysAfter({ 'narzedzia/deklaracja.md': appendParagraph });
    expect(changed(before.entries, after.entries)).toEqual(['narzedzie/deklaracja']);
    expect(after.list).toBe(before.list);
  });

  it('change every key when front matter changes, since lists and related entries show titles', () => {
    const after = keysAfter({ 'rekomendacje/r01-zespol.md': retitle });
    expect(changed(before.entries, after.entries)).toHaveLength(before.entries.size);
    expect(after.list).not.toBe(before.list);
  });

  it('change every key when a photo, the settings or the set of files changes', () => {
    const png = readFileSync(join(import.meta.dirname, '../fixtures/basic/content/pliki/schemat.png'));
    for (const edits of [
      { 'pliki/schemat.png': Uint8Array.from([...png, 0]) },
      { 'ustawienia.yaml': (t: string) => `${t}\n# komentarz\n` },
      { 'spotkania/liderzy.md': null },
    ] satisfies Record<string, Edit>[]) {
      const after = keysAfter(edits);
      expect(after.list).not.toBe(before.list);
    }
  });

  it('count the toolkit figures a page shows only in that page’s key', () => {
    const withFiles = keysAfter({}, () => ({ bytes: 1000, pages: 2 }));
    const otherFiles = keysAfter({}, () => ({ bytes: 1001, pages: 2 }));
    expect(changed(withFiles.entries, otherFiles.entries)).toHaveLength(withFiles.entries.size);
    expect(changed(before.entries, withFiles.entries)).toHaveLength(before.entries.size);
    expect(otherFiles.list).toBe(before.list);
  });
});

describe('the folder of Astro’s copies of pages', () => {
  it('is its own for each content folder and base, so a build under a sub-path never copies pages made for the root', () => {
    const root = '/srv/projekt';
    const here = astroCacheDir(root, '/srv/projekt/content', '/');
    expect(astroCacheDir(root, '/srv/projekt/content', '/projekt-kooperacje-3d/')).not.toBe(here);
    expect(astroCacheDir(root, '/srv/projekt/inna-tresc', '/')).not.toBe(here);
    expect(astroCacheDir(root, '/srv/projekt/content', '/')).toBe(here);
  });

  it('keeps its name when CI checks the project out in another folder', () => {
    const saved = process.env.KOOP_CACHE_DIR;
    process.env.KOOP_CACHE_DIR = '/pamiec';
    try {
      expect(astroCacheDir('/builds/a/projekt', '/builds/a/projekt/content', '/')).toBe(astroCacheDir('/builds/b/projekt', '/builds/b/projekt/content', '/'));
    } finally {
      if (saved === undefined) delete process.env.KOOP_CACHE_DIR;
      else process.env.KOOP_CACHE_DIR = saved;
    }
  });
});

describe('a build that did not finish', () => {
  it('marks the first build of a checkout, whose cache folder does not exist yet, as under way', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'koop-astro-cache-')), 'astro', 'nowy');
    expect(startIncrementalBuild(dir)).toBe(false);
    expect(existsSync(join(dir, UNFINISHED_MARK))).toBe(true);
    rmSync(dirname(dirname(dir)), { recursive: true, force: true });
  });

  it('knows the names Astro gives its list of keys and its copies of pages, so it can forget them', () => {
    // An Astro upgrade that renamed them would leave the guard deleting nothing: this test then fails.
    const astro = readFileSync(join(import.meta.dirname, '../../node_modules/astro/dist/core/build/incremental.js'), 'utf8');
    expect(astro).toContain(`const INCREMENTAL_CACHE_FILE = "${INCREMENTAL_FILES[0]}";`);
    expect(astro).toContain(`const INCREMENTAL_OUTPUT_DIR = "${INCREMENTAL_FILES[1]}/";`);
  });

  function cacheWithPages(): string {
    const dir = mkdtempSync(join(tmpdir(), 'koop-astro-cache-'));
    writeFileSync(join(dir, INCREMENTAL_FILES[0]), '{}');
    mkdirSync(join(dir, INCREMENTAL_FILES[1], 'spotkania'), { recursive: true });
    writeFileSync(join(dir, INCREMENTAL_FILES[1], 'spotkania', 'index.html'), '<p>kopia</p>');
    return dir;
  }

  it('leaves the last build’s pages to be copied when that build finished', () => {
    const dir = cacheWithPages();
    expect(startIncrementalBuild(dir)).toBe(false);
    expect(existsSync(join(dir, UNFINISHED_MARK))).toBe(true);
    expect(INCREMENTAL_FILES.every((f) => existsSync(join(dir, f)))).toBe(true);
    finishIncrementalBuild(dir);
    expect(existsSync(join(dir, UNFINISHED_MARK))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the next build forget the copies and the list of keys, so every page is rendered anew', () => {
    const dir = cacheWithPages();
    startIncrementalBuild(dir);
    // Stopped here: the mark stays.
    expect(startIncrementalBuild(dir)).toBe(true);
    expect(INCREMENTAL_FILES.some((f) => existsSync(join(dir, f)))).toBe(false);
    expect(existsSync(join(dir, UNFINISHED_MARK))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
