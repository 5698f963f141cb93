/**
 * The build cache: files that take long to make (share cards, PDFs, DOCX,
 * resized photos) stored under a key that is a hash of everything they are
 * made from, so a rebuild only makes what changed. The key of a generated
 * file includes the code version (a hash of src/ and package-lock.json):
 * any change of code or of a library makes everything anew, so the cache can
 * never serve a file the current code would not write.
 * The folder is node_modules/.cache/kooperacje, or the one KOOP_CACHE_DIR
 * names; CI keeps it between deployments.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** node_modules/.cache/kooperacje, or the folder KOOP_CACHE_DIR names (tests and the benchmark use their own). */
export function cacheRoot(projectRoot: string): string {
  return process.env.KOOP_CACHE_DIR ? resolve(process.env.KOOP_CACHE_DIR) : join(projectRoot, 'node_modules', '.cache', 'kooperacje');
}

/** Subfolder of the cache for PDFs, their thumbnails and DOCX files. */
export const TOOLKIT_CACHE = 'pakiety';

/** Subfolder of the cache for parsed Markdown bodies (src/content/markdown.ts). */
export const MARKDOWN_CACHE = 'markdown';

/**
 * Astro's cache folder (its `cacheDir`: the pages of the last build that the
 * incremental build copies, src/content/page-keys.ts), one per content folder
 * and base, so sites built in turn in one checkout never vouch for each
 * other's pages. The content folder counts relative to the project, so a CI
 * runner that checks the project out elsewhere keeps its cache.
 */
export function astroCacheDir(projectRoot: string, contentDir: string, base: string): string {
  const content = relative(resolve(projectRoot), resolve(contentDir)).split('\\').join('/');
  return join(cacheRoot(projectRoot), 'astro', sha256(`${content}\0${base}`).slice(0, 16));
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

let version: string | undefined;

/** A hash of every file under src/ and of package-lock.json: the version of the code that makes the cached files. */
export function codeVersion(): string {
  if (version) return version;
  // This file is src/build/cache.ts; a bundler may move the module, the build's working folder is the project.
  const here = import.meta.dirname ? resolve(import.meta.dirname, '..') : undefined;
  const src = here && existsSync(join(here, 'build', 'cache.ts')) ? here : resolve('src');
  const hash = createHash('sha256');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    const path = join(src, file);
    if (!/\.(ts|astro|css|json|mjs)$/.test(file)) continue;
    hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
  }
  const lock = join(src, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return (version = hash.digest('hex'));
}

/**
 * The key of a file made from `inputs` (plain data: objects, arrays, strings,
 * numbers, dates, and bytes, which count by their hash) by the current code.
 */
export function inputKey(...inputs: unknown[]): string {
  const json = JSON.stringify(inputs, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return `sha256:${sha256(raw)}`;
    if (raw instanceof Map) return [...raw];
    return value;
  });
  return sha256(`${codeVersion()}\0${json}`).slice(0, 32);
}

/** A folder of cached files named by key. */
export interface FileCache {
  get(key: string, ext: string): Buffer | undefined;
  put(key: string, ext: string, bytes: Uint8Array): void;
}

/** The cache in `dir`, created on first write. A file read is marked as used now (its time), for pruneCache. */
export function fileCache(dir: string): FileCache {
  return {
    get: (key, ext) => {
      try {
        const file = join(dir, `${key}.${ext}`);
        const bytes = readFileSync(file);
        const now = new Date();
        utimesSync(file, now, now);
        return bytes;
      } catch {
        return undefined;
      }
    },
    put: (key, ext, bytes) => {
      const file = join(dir, `${key}.${ext}`);
      mkdirSync(dirname(file), { recursive: true });
      // Written under a temporary name and renamed, so a build running in parallel never reads half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
    },
  };
}

/** Files a cache keeps unused before pruneCache deletes them: a month of builds that did not need them. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes the files of the cache in `dir` that no build wrote or read for
 * `maxAgeMs` (older versions of changed files), so a cache CI keeps between
 * deployments does not grow without end. Returns how many it deleted.
 */
export function pruneCache(dir: string, maxAgeMs = CACHE_MAX_AGE_MS, now = Date.now()): number {
  if (!existsSync(dir)) return 0;
  let deleted = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > maxAgeMs) {
        rmSync(file, { force: true });
        deleted++;
      }
    } catch {
      // Deleted meanwhile by a build running in parallel: nothing to do.
    }
  }
  return deleted;
}
