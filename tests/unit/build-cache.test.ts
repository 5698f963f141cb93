import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_MAX_AGE_MS, codeVersion, fileCache, inputKey, pruneCache } from '../../src/build/cache.ts';
import type { Content } from '../../src/content/index.ts';
import { buildToolkits } from '../../src/toolkit/build.ts';
import { validContent } from '../support/content.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const work = mkdtempSync(join(tmpdir(), 'koop-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the toolkits of `content` into a new folder with the cache `cache`; returns the folder and the log. */
async function build(content: Content, cache: string, name: string) {
  const out = join(work, name);
  const log: string[] = [];
  const result = await buildToolkits(content, out, (line) => log.push(line), { cacheDir: cache });
  expect(result.problems).toEqual([]);
  return { out, log, result };
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(pdf|docx|png|json)$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f))] as const);
const fromCache = (log: string[]) => log.filter((l) => l.endsWith(' (z pamięci podręcznej)')).map((l) => l.trim().split(' · ')[0]);
const made = (log: string[]) => log.filter((l) => l.startsWith('  /') && !l.endsWith(' (z pamięci podręcznej)')).map((l) => l.trim().split(' · ')[0]);

describe('the build cache key', () => {
  it('changes with any input, bytes counting by their content, and stays the same for the same inputs', () => {
    const a = inputKey('/a.pdf', { title: 'Tytuł', image: Buffer.from([1, 2, 3]), pages: new Map([['x', 1]]) });
    expect(inputKey('/a.pdf', { title: 'Tytuł', image: Buffer.from([1, 2, 3]), pages: new Map([['x', 1]]) })).toBe(a);
    expect(inputKey('/a.pdf', { title: 'Tytuł', image: Buffer.from([1, 2, 4]), pages: new Map([['x', 1]]) })).not.toBe(a);
    expect(inputKey('/a.pdf', { title: 'Tytuł', image: Buffer.from([1, 2, 3]), pages: new Map([['x', 2]]) })).not.toBe(a);
    expect(inputKey('/b.pdf', { title: 'Tytuł', image: Buffer.from([1, 2, 3]), pages: new Map([['x', 1]]) })).not.toBe(a);
    expect(codeVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads nothing for a key it never stored', () => {
    const cache = fileCache(join(work, 'empty'));
    expect(cache.get('0123', 'pdf')).toBeUndefined();
    cache.put('0123', 'pdf', Buffer.from('%PDF'));
    expect(cache.get('0123', 'pdf')?.toString()).toBe('%PDF');
  });
});

describe('pruning the build cache', () => {
  it('deletes files no build used for a month, and keeps a file read since, however old it was', () => {
    const dir = join(work, 'prune');
    const cache = fileCache(dir);
    cache.put('stary', 'pdf', Buffer.from('a'));
    cache.put('uzywany', 'pdf', Buffer.from('b'));
    const old = new Date(Date.now() - CACHE_MAX_AGE_MS - 60_000);
    for (const name of ['stary.pdf', 'uzywany.pdf']) utimesSync(join(dir, name), old, old);
    expect(cache.get('uzywany', 'pdf')?.toString()).toBe('b');
    expect(pruneCache(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual(['uzywany.pdf']);
    expect(pruneCache(join(work, 'nie-ma'))).toBe(0);
  });
});

describe('PDFs and DOCX from the build cache', () => {
  it('are the same bytes as rendered ones, and a changed tool renders only its own files and the bundles it is in', async () => {
    const cache = join(work, 'cache');
    const content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const cold = await build(validContent(content), cache, 'cold');
    expect(fromCache(cold.log)).toEqual([]);

    const warm = await build(validContent(content), cache, 'warm');
    expect(made(warm.log)).toEqual([]);
    expect(fromCache(warm.log)).toEqual(made(cold.log));
    expect(files(warm.out)).toEqual(files(cold.out));
    expect(warm.result.manifest).toEqual(cold.result.manifest);

    appendFileSync(join(content, 'narzedzia', 'karta-diagnozy.md'), '\nAkapit dopisany po zmianie.\n');
    const changed = await build(validContent(content), cache, 'changed');
    expect(made(changed.log)).toEqual([
      '/do-pobrania/pakiet-narzedzi-gminy-miejskie.pdf',
      '/do-pobrania/narzedzia/karta-diagnozy.pdf',
      '/do-pobrania/narzedzia/karta-diagnozy.docx',
    ]);
    const uncached = join(work, 'uncached');
    await buildToolkits(validContent(content), uncached);
    expect(files(changed.out)).toEqual(files(uncached));
  }, 60_000);
});
