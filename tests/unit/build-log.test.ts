import { describe, expect, it } from 'vitest';
import { foreignLogLines } from '../support/build-log.ts';

describe('the check for Astro’s own English in a build’s log', () => {
  it('finds a warning or error of Astro or Vite, coloured or not, and lets the project’s Polish messages through', () => {
    const log = [
      '\x1b[33m\x1b[1m05:28:51\x1b[22m [WARN] [kooperacje:content-files]\x1b[39m nie opublikowano: content/pliki/.env – plik ukryty',
      '⚠ Treść ma 1 ostrzeżenie (nie zatrzymują budowania):',
      '\x1b[33m\x1b[1m05:09:39\x1b[22m [WARN] [config]\x1b[39m Shiki syntax highlighting uses inline styles',
      '05:09:40 [ERROR] [vite] Internal server error: Failed to resolve import',
      '05:09:41 [WARN] [router] A `getStaticPaths()` route pattern collision was detected',
    ].join('\n');
    expect(foreignLogLines(log)).toEqual([
      '05:09:39 [WARN] [config] Shiki syntax highlighting uses inline styles',
      '05:09:40 [ERROR] [vite] Internal server error: Failed to resolve import',
      '05:09:41 [WARN] [router] A `getStaticPaths()` route pattern collision was detected',
    ]);
  });
});
