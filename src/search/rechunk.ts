/**
 * Smaller word-index chunks for Pagefind. Pagefind writes its word index in
 * chunks of about 20,000 word positions (about 28 KB gzipped) and its Node API
 * cannot change that; every query word downloads the whole chunk its word
 * falls in. This re-splits the written chunks into smaller ones, byte for
 * byte the same words, and rewrites the chunk list in the index's metadata
 * (with the boundary prefixes Pagefind itself computes), so a query fetches a
 * few kilobytes instead of tens. Chunk files are named by a hash of their
 * bytes, so the same index gives the same files.
 *
 * The files are Pagefind's own format: the signature „pagefind_dcd” followed
 * by CBOR, gzipped. Only the outer arrays are read; each word's entry is
 * copied as it was written.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = Buffer.from('pagefind_dcd');
const ENTRY_FILE = 'pagefind-entry.json';

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** One word of a chunk: the word and its CBOR entry (word, pages, positions…) as written. */
export interface PackedWord {
  readonly word: string;
  readonly bytes: Buffer;
}

/** An entry of the metadata's chunk list: the first and last word (as prefixes) and the chunk's file hash. */
export interface ChunkRange {
  readonly from: string;
  readonly to: string;
  readonly hash: string;
}

// --- CBOR: just enough to walk Pagefind's definite-length items ---

interface Head {
  readonly major: number;
  readonly value: number;
  /** Offset just after the head. */
  readonly next: number;
}

function head(buf: Buffer, at: number): Head {
  const first = buf[at];
  if (first === undefined) throw new IndexFormatError(`plik kończy się w połowie (bajt ${at})`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  if (info === 24) return { major, value: buf.readUInt8(at + 1), next: at + 2 };
  if (info === 25) return { major, value: buf.readUInt16BE(at + 1), next: at + 3 };
  if (info === 26) return { major, value: buf.readUInt32BE(at + 1), next: at + 5 };
  if (info === 27) return { major, value: Number(buf.readBigUInt64BE(at + 1)), next: at + 9 };
  throw new IndexFormatError(`nieznany zapis CBOR (bajt ${at})`);
}

/** Offset just after the item that starts at `at`. */
function skip(buf: Buffer, at: number): number {
  const h = head(buf, at);
  switch (h.major) {
    case 0: case 1: return h.next;
    case 2: case 3: return h.next + h.value;
    case 4: { let p = h.next; for (let i = 0; i < h.value; i++) p = skip(buf, p); return p; }
    case 5: { let p = h.next; for (let i = 0; i < 2 * h.value; i++) p = skip(buf, p); return p; }
    case 6: return skip(buf, h.next);
    default: return h.next;
  }
}

function text(buf: Buffer, at: number): { value: string; next: number } {
  const h = head(buf, at);
  if (h.major !== 3) throw new IndexFormatError(`oczekiwano tekstu (bajt ${at})`);
  return { value: buf.toString('utf8', h.next, h.next + h.value), next: h.next + h.value };
}

function arrayHead(buf: Buffer, at: number): Head {
  const h = head(buf, at);
  if (h.major !== 4) throw new IndexFormatError(`oczekiwano tablicy (bajt ${at})`);
  return h;
}

function encodeHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) { const b = Buffer.alloc(3); b[0] = (major << 5) | 25; b.writeUInt16BE(value, 1); return b; }
  const b = Buffer.alloc(5); b[0] = (major << 5) | 26; b.writeUInt32BE(value, 1); return b;
}

const encodeText = (s: string) => { const bytes = Buffer.from(s, 'utf8'); return Buffer.concat([encodeHead(3, bytes.length), bytes]); };

// --- Pagefind's files ---

/** The CBOR of a Pagefind file (gzipped or not), without the signature. */
export function unpack(file: Buffer): Buffer {
  let raw = file;
  if (!file.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    try {
      raw = gunzipSync(file);
    } catch {
      throw new IndexFormatError('plik nie jest spakowany gzipem');
    }
  }
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new IndexFormatError('brak podpisu „pagefind_dcd”');
  return raw.subarray(SIGNATURE.length);
}

/** A Pagefind file from its CBOR: signature, gzipped as Pagefind writes them. */
export function pack(cbor: Buffer): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: 9 });
}

/** The words of a chunk (`[[word, …], …]` inside a one-field array). */
export function readChunk(cbor: Buffer): PackedWord[] {
  const outer = arrayHead(cbor, 0);
  if (outer.value !== 1) throw new IndexFormatError('nieoczekiwana budowa części indeksu');
  const list = arrayHead(cbor, outer.next);
  const words: PackedWord[] = [];
  let at = list.next;
  for (let i = 0; i < list.value; i++) {
    const end = skip(cbor, at);
    const entry = arrayHead(cbor, at);
    words.push({ word: text(cbor, entry.next).value, bytes: cbor.subarray(at, end) });
    at = end;
  }
  return words;
}

export function writeChunk(words: readonly PackedWord[]): Buffer {
  return Buffer.concat([encodeHead(4, 1), encodeHead(4, words.length), ...words.map((w) => w.bytes)]);
}

/** Pagefind's boundary prefixes between two neighbouring chunks: one letter past their shared prefix. */
export function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = [...last];
  const b = [...first];
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return [a.slice(0, n + 1).join(''), b.slice(0, n + 1).join('')];
}

/** The metadata's chunk list for chunks of words, as Pagefind computes it. */
export function chunkRanges(chunks: readonly (readonly PackedWord[])[], hashes: readonly string[]): ChunkRange[] {
  const ranges = chunks.map((c, i) => ({ from: c[0]?.word ?? '', to: c.at(-1)?.word ?? '', hash: hashes[i]! }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    [ranges[i]!.to, ranges[i + 1]!.from] = boundaryPrefixes(ranges[i]!.to, ranges[i + 1]!.from);
  }
  return ranges;
}

/** No chunk grows past this many targets just to keep a word with its longer forms. */
const HARD_LIMIT = 16;

/**
 * Where a cut may fall: `clean[k]` is true when no word of three or more
 * letters before word k is a prefix of word k. Pagefind looks for a typed
 * word's longer forms („zadan” → „zadaniowy”) only in the chunk the word
 * falls in, so a cut between a word and its longer forms would change what
 * the query finds and how it ranks.
 */
export function cleanCuts(words: readonly PackedWord[]): boolean[] {
  const open: string[] = [];
  return words.map(({ word }) => {
    while (open.length > 0 && !word.startsWith(open.at(-1)!)) open.pop();
    const clean = open.length === 0;
    if ([...word].length >= 3) open.push(word);
    return clean;
  });
}

/**
 * Splits sorted words into chunks of about `target` bytes, cutting only where
 * `cleanCuts` allows: at the allowed cut closest to the target between half
 * and one and a half targets, or else at the first allowed cut after that
 * (a very common word with its forms can fill a chunk of its own), and never
 * past sixteen targets.
 */
export function splitWords(words: readonly PackedWord[], target: number): PackedWord[][] {
  const clean = cleanCuts(words);
  const chunks: PackedWord[][] = [];
  let start = 0;
  while (start < words.length) {
    let size = 0;
    let end = start;
    let best = -1;
    let bestDistance = Infinity;
    while (end < words.length) {
      const next = words[end]!.bytes.length;
      if (end > start && size + next > target * 1.5 && best > start) break;
      if (end > start && size + next > target * HARD_LIMIT) break;
      size += next;
      end++;
      if (end < words.length && clean[end] && size >= target / 2) {
        const distance = Math.abs(size - target);
        if (distance < bestDistance) [best, bestDistance] = [end, distance];
        // Past one and a half targets, the first allowed cut ends the chunk.
        if (size > target * 1.5) break;
      }
    }
    const cut = end >= words.length || best <= start ? end : best;
    chunks.push(words.slice(start, cut));
    start = cut;
  }
  return chunks;
}

const shortHash = (bytes: Buffer, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/** Metadata with its chunk list replaced: `[version, pages, chunks, filters, sorts…]`. */
export function replaceChunkList(meta: Buffer, ranges: readonly ChunkRange[]): Buffer {
  const outer = arrayHead(meta, 0);
  if (outer.value < 4) throw new IndexFormatError('nieoczekiwana budowa metadanych indeksu');
  const version = skip(meta, outer.next);
  const chunksAt = skip(meta, version);
  const chunksEnd = skip(meta, chunksAt);
  const list = Buffer.concat([
    encodeHead(4, ranges.length),
    ...ranges.flatMap((r) => [encodeHead(4, 3), encodeText(r.from), encodeText(r.to), encodeText(r.hash)]),
  ]);
  return Buffer.concat([meta.subarray(0, chunksAt), list, meta.subarray(chunksEnd)]);
}

/** The chunk list of metadata. */
export function readChunkList(meta: Buffer): ChunkRange[] {
  const outer = arrayHead(meta, 0);
  const chunksAt = skip(meta, skip(meta, outer.next));
  const list = arrayHead(meta, chunksAt);
  const ranges: ChunkRange[] = [];
  let at = list.next;
  for (let i = 0; i < list.value; i++) {
    const entry = arrayHead(meta, at);
    if (entry.value !== 3) throw new IndexFormatError('nieoczekiwana budowa listy części indeksu');
    const from = text(meta, entry.next);
    const to = text(meta, from.next);
    const hash = text(meta, to.next);
    ranges.push({ from: from.value, to: to.value, hash: hash.value });
    at = hash.next;
  }
  return ranges;
}

/** Runs `read` on one file of the index; a format it does not expect is reported with the file's name. */
function inFile<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof IndexFormatError) throw new IndexFormatError(`${name}: ${error.message}`);
    throw error;
  }
}

export interface RechunkStats {
  readonly before: number;
  readonly after: number;
}

/**
 * Re-splits every language's word index in a written Pagefind folder into
 * chunks of about `target` bytes of CBOR (before gzip), and points
 * pagefind-entry.json at the new metadata.
 */
export function rechunkIndex(dir: string, target: number): RechunkStats {
  const entryPath = join(dir, ENTRY_FILE);
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  let before = 0;
  let after = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaName = `pagefind.${info.hash}.pf_meta`;
    const metaPath = join(dir, metaName);
    const meta = inFile(metaName, () => unpack(readFileSync(metaPath)));
    const old = inFile(metaName, () => readChunkList(meta));
    before += old.length;
    const words = old.flatMap((r) => inFile(`index/${r.hash}.pf_index`, () => readChunk(unpack(readFileSync(join(dir, 'index', `${r.hash}.pf_index`))))));
    const chunks = splitWords(words, target);
    const files = chunks.map((c) => pack(writeChunk(c)));
    const hashes: string[] = [];
    for (const chunk of chunks) {
      let length = 7;
      let hash = `${language}_${shortHash(writeChunk(chunk), length)}`;
      while (hashes.includes(hash)) hash = `${language}_${shortHash(writeChunk(chunk), ++length)}`;
      hashes.push(hash);
    }
    for (const r of old) rmSync(join(dir, 'index', `${r.hash}.pf_index`), { force: true });
    files.forEach((bytes, i) => writeFileSync(join(dir, 'index', `${hashes[i]}.pf_index`), bytes));
    const newMeta = replaceChunkList(meta, chunkRanges(chunks, hashes));
    const metaHash = `${language}_${shortHash(newMeta, 10)}`;
    rmSync(metaPath);
    writeFileSync(join(dir, `pagefind.${metaHash}.pf_meta`), pack(newMeta));
    info.hash = metaHash;
    after += chunks.length;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return { before, after };
}
