/**
 * Keeps Astro's incremental build honest after a build that did not finish.
 * Astro keeps a copy of every page in its cache folder and writes the list of
 * the keys they were made with (incremental-build.json) only when all pages
 * are done. A build stopped or failed in between may have replaced copies the
 * old list still vouches for; the next build would then copy a page made
 * from other content. So a build marks itself as under way and removes the
 * mark when Astro has written its pages; a build that finds the mark of one
 * that never got there deletes the list and the copies, and renders every
 * page anew.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The mark of a build under way, in Astro's cache folder. */
export const UNFINISHED_MARK = 'budowanie-w-toku';
/** What Astro's incremental build keeps in its cache folder (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_FILES = ['incremental-build.json', 'dist'] as const;

/** Forgets the pages of a build that never finished, then marks this one as under way. */
export function startIncrementalBuild(cacheDir: string): boolean {
  const unfinished = existsSync(join(cacheDir, UNFINISHED_MARK));
  if (unfinished) for (const name of INCREMENTAL_FILES) rmSync(join(cacheDir, name), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, UNFINISHED_MARK), `${process.pid}\n`);
  return unfinished;
}

/** Removes the mark once Astro has written its pages and its list. */
export function finishIncrementalBuild(cacheDir: string): void {
  rmSync(join(cacheDir, UNFINISHED_MARK), { force: true });
}

export default function incrementalPages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'kooperacje:incremental-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (startIncrementalBuild(cacheDir)) logger.info('Poprzednie budowanie nie zostało dokończone: wszystkie strony powstaną od nowa.');
      },
      'astro:build:done': () => finishIncrementalBuild(cacheDir),
    },
  };
}
