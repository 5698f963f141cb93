/**
 * The loaded content, kept once per process and per change. Astro runs the
 * site's modules in a module runner (dev) or from bundled chunks (build), each
 * with its own copy of this file, so the store lives on globalThis: the build
 * script (scripts/build.ts, which loads content before it starts Astro in the
 * same process), the integrations, the toolkit builder and every page then
 * share one load, and in `npm run dev` `contentChanged()` from the file
 * watcher makes the next request read the folder again.
 */
import { loadContent, type LoadResult } from './load.ts';

interface Store {
  dir?: string;
  result?: LoadResult | undefined;
  /** How many times the content was read: once per change, tests check it. */
  loads: number;
}

const KEY = Symbol.for('kooperacje.content-cache');

function store(): Store {
  const g = globalThis as { [KEY]?: Store };
  return (g[KEY] ??= { loads: 0 });
}

/** The content of `dir`, read only if it changed since the last call. */
export function currentContent(dir: string): LoadResult {
  const s = store();
  if (s.result && s.dir === dir) return s.result;
  s.dir = dir;
  s.result = loadContent(dir);
  s.loads++;
  return s.result;
}

/** Forgets the loaded content; the next `currentContent` reads the folder again. */
export function contentChanged(): void {
  store().result = undefined;
}

/** How many times content was read in this process. */
export function contentLoads(): number {
  return store().loads;
}
