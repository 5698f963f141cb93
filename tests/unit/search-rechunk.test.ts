import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetsFile } from '../../src/search/assets.ts';
import { ASSETS_FILE, INDEX_DIR, splitIndexChunks } from '../../src/search/indexer.ts';
import {
  boundaryPrefixes, chunkRanges, cleanCuts, IndexFormatError, readChunk, readChunkList, rechunkIndex, replaceChunkList, splitWords, unpack, writeChunk, type PackedWord,
} from '../../src/search/rechunk.ts';
import { openSearch } from '../support/search.ts';

/** Polish-looking words: enough distinct ones, with families of forms, for Pagefind to write several chunks. */
const STEMS = ['rekomendacj', 'rodzin', 'społeczn', 'współprac', 'diagnoz', 'gmin', 'zespoł', 'plan', 'ośrod', 'pomoc', 'kontrakt', 'asystent', 'szkoł', 'porozumien', 'harmonogram'];
const ENDINGS = ['a', 'e', 'i', 'y', 'om', 'ach', 'ami', 'ą', 'ę', 'owi'];

function pageText(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < 700; i++) {
    const stem = STEMS[(n * 7 + i * 3) % STEMS.length]!;
    words.push(`${stem}${ENDINGS[(n + i) % ENDINGS.length]}`, `słowo${(n * 31 + i * 17) % 997}`);
  }
  return `Strona ${n}. ${words.join(' ')}.`;
}

/** A Pagefind index of 60 long records, written to a temporary folder as the site's build writes it. */
async function writeIndex(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'szukaj-czesci-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'pl' });
  for (let n = 0; n < 60; n++) {
    await index!.addCustomRecord({ url: `/strona-${n}/`, content: pageText(n), language: 'pl', meta: { title: `Strona ${n}` } });
  }
  await index!.writeFiles({ outputPath: join(dir, INDEX_DIR) });
  await index!.deleteIndex();
  writeFileSync(join(dir, INDEX_DIR, ASSETS_FILE), JSON.stringify(assetsFile({}, [])));
  return dir;
}

const metaOf = (dir: string) => {
  const name = readdirSync(join(dir, INDEX_DIR)).find((f) => f.endsWith('.pf_meta'))!;
  return unpack(readFileSync(join(dir, INDEX_DIR, name)));
};
const chunkFiles = (dir: string) => readdirSync(join(dir, INDEX_DIR, 'index'));

describe('re-splitting Pagefind’s word index into small chunks', () => {
  let original: string;
  let split: string;
  beforeAll(async () => {
    original = await writeIndex();
    split = mkdtempSync(join(tmpdir(), 'szukaj-czesci-'));
    cpSync(original, split, { recursive: true });
    rechunkIndex(join(split, INDEX_DIR), 2000);
  });
  afterAll(async () => {
    await pagefind.close();
    for (const dir of [original, split]) rmSync(dir, { recursive: true, force: true });
  });

  it('reads Pagefind’s own chunks and chunk list, and writes them back byte for byte', () => {
    const meta = metaOf(original);
    const list = readChunkList(meta);
    expect(list.length).toBeGreaterThan(1);
    const chunks = list.map((r) => {
      const cbor = unpack(readFileSync(join(original, INDEX_DIR, 'index', `${r.hash}.pf_index`)));
      expect(writeChunk(readChunk(cbor)).equals(cbor)).toBe(true);
      return readChunk(cbor);
    });
    // Pagefind's boundary prefixes, recomputed from the words, are the ones it wrote.
    expect(chunkRanges(chunks, list.map((r) => r.hash))).toEqual(list);
    expect(replaceChunkList(meta, list).equals(meta)).toBe(true);
  });

  it('writes many smaller chunks holding the same words, and removes Pagefind’s', () => {
    const before = readChunkList(metaOf(original));
    const after = readChunkList(metaOf(split));
    expect(after.length).toBeGreaterThan(before.length * 2);
    expect(chunkFiles(split).sort()).toEqual(after.map((r) => `${r.hash}.pf_index`).sort());
    const wordsIn = (dir: string, list: typeof before) =>
      list.flatMap((r) => readChunk(unpack(readFileSync(join(dir, INDEX_DIR, 'index', `${r.hash}.pf_index`))))).map((w) => `${w.word}:${w.bytes.toString('hex')}`);
    expect(wordsIn(split, after)).toEqual(wordsIn(original, before));
    const median = (dir: string) => chunkFiles(dir).map((f) => statSync(join(dir, INDEX_DIR, 'index', f)).size).sort((x, y) => x - y)[chunkFiles(dir).length >> 1]!;
    expect(median(split)).toBeLessThan(median(original) / 4);
  });

  it('finds the same pages, in the same order, with the same excerpts', async () => {
    const [a, b] = [await openSearch(original), await openSearch(split)];
    try {
      for (const query of ['rodzina', 'rekomendacje', 'społecznej', 'gminach', 'słowo517', 'pomocą', 'harmonogram']) {
        const [x, y] = [await a.run(query, {}, 20), await b.run(query, {}, 20)];
        expect(x.total, query).toBeGreaterThan(0);
        expect(y.hits, query).toEqual(x.hits);
        expect(y.total, query).toBe(x.total);
      }
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('points pagefind-entry.json at new metadata and gives the same files for the same index', () => {
    const entry = JSON.parse(readFileSync(join(split, INDEX_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: { pl: { hash: string } } };
    const metas = readdirSync(join(split, INDEX_DIR)).filter((f) => f.endsWith('.pf_meta'));
    expect(metas).toEqual([`pagefind.${entry.languages.pl.hash}.pf_meta`]);
    const again = mkdtempSync(join(tmpdir(), 'szukaj-czesci-'));
    try {
      cpSync(original, again, { recursive: true });
      rechunkIndex(join(again, INDEX_DIR), 2000);
      expect(readdirSync(join(again, INDEX_DIR)).sort()).toEqual(readdirSync(join(split, INDEX_DIR)).sort());
      expect(chunkFiles(again).sort()).toEqual(chunkFiles(split).sort());
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('names the file whose format it does not know', () => {
    const broken = mkdtempSync(join(tmpdir(), 'szukaj-czesci-'));
    try {
      cpSync(original, broken, { recursive: true });
      const [first] = readChunkList(metaOf(broken));
      writeFileSync(join(broken, INDEX_DIR, 'index', `${first!.hash}.pf_index`), 'to nie jest indeks');
      expect(() => rechunkIndex(join(broken, INDEX_DIR), 2000)).toThrow(new IndexFormatError(`index/${first!.hash}.pf_index: plik nie jest spakowany gzipem`));
      // The build stops with the same file named, in the search step's words.
      expect(() => splitIndexChunks(join(broken, INDEX_DIR))).toThrow(
        `Indeks wyszukiwarki nie powstał:\n  ✗ pagefind/index/${first!.hash}.pf_index: plik nie jest spakowany gzipem; to nie błąd treści: ta wersja Pagefind zapisuje indeks inaczej, niż zakłada src/search/rechunk.ts – zgłoś to programistom`,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('where chunks are cut', () => {
  const word = (w: string, size = 100): PackedWord => ({ word: w, bytes: Buffer.alloc(size) });

  it('takes Pagefind’s boundary prefixes: one letter past what the neighbours share', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(boundaryPrefixes('społeczna', 'społeczny')).toEqual(['społeczna', 'społeczny']);
  });

  it('cuts only where no word is separated from its longer forms', () => {
    const families = [['dom', 'domow'], ['gmin', 'gmina', 'gminach', 'gminy'], ['plan', 'planow', 'planuj'], ['pomoc', 'pomocn'], ['rodzin', 'rodzinn'], ['zadan', 'zadaniow']];
    const words = families.flat().map((w) => word(w));
    expect(cleanCuts(words)).toEqual(families.flatMap((f) => f.map((_, i) => i === 0)));
    const chunks = splitWords(words, 300).map((c) => c.map((w) => w.word));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flat()).toEqual(families.flat());
    for (const [i, chunk] of chunks.entries()) {
      const next = chunks[i + 1]?.[0];
      if (next) expect(chunk.some((w) => w.length >= 3 && next.startsWith(w)), `${chunk.join(',')} | ${next}`).toBe(false);
    }
  });

  it('cuts anywhere between words of one or two letters and what follows them', () => {
    expect(cleanCuts(['w', 'wam', 'wampir', 'z', 'za', 'zad'].map((w) => word(w)))).toEqual([true, true, false, true, true, true]);
  });

  it('keeps a very common word with its longer forms, even past the target', () => {
    const chunks = splitWords([word('rodzin', 5000), word('rodzinn', 50), word('rok', 50)], 400).map((c) => c.map((w) => w.word));
    expect(chunks).toEqual([['rodzin', 'rodzinn'], ['rok']]);
  });

  it('cuts a family of forms bigger than sixteen chunks anyway', () => {
    const words = ['gmin', 'gmina', 'gminach', 'gminami', 'gminie', 'gminy'].map((w) => word(w));
    const chunks = splitWords(words, 20);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.reduce((n, w) => n + w.bytes.length, 0) <= 320)).toBe(true);
    expect(chunks.flat()).toEqual(words);
  });
});
