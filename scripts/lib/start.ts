/**
 * The first steps every writer of dist/ takes once it holds the lock: repair
 * an interrupted swap of the output folder, then load and validate content.
 * The content goes into the process's store (src/content/cache.ts), where
 * Astro, started afterwards in the same process, and the toolkit builder find
 * it: one load per build. A failure goes to the caller's `fail` with the
 * step's Polish name.
 */
import { currentContent } from '../../src/content/cache.ts';
import type { LoadResult } from '../../src/content/load.ts';
import { repairInterruptedSwap } from './output.ts';

export function repairAndLoad(outDir: string, contentDir: string, fail: (step: string, error: unknown) => never): LoadResult {
  try {
    const repaired = repairInterruptedSwap(outDir);
    if (repaired) console.log(`Naprawa: ${repaired}.`);
  } catch (error) {
    fail('naprawa przerwanej podmiany', error);
  }
  try {
    return currentContent(contentDir);
  } catch (error) {
    return fail('wczytanie treści', error);
  }
}
