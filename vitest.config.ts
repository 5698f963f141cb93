import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/support/sequencer.ts';

/**
 * Two projects: `unit` runs pure logic with no build (`npm run test:unit`); `site` builds fixture
 * and real content once (tests/support/build-sites.ts) and inspects dist/ in
 * Node and in Debian's Chromium.
 */
export default defineConfig({
  test: {
    // Without this, Vitest ran one test file at a time on this 2-core machine; most files wait on
    // child processes (builds, Chromium, LibreOffice, poppler), so one worker per core keeps both busy.
    maxWorkers: '100%',
    // Each worker runs its files one after another in one process, sharing the modules they import,
    // instead of a fresh process per file: 245 s → 190 s for the whole suite on this machine. Tests
    // must therefore put back what they change (process.env, module state); the suite passes with
    // its files in random order (`npx vitest run --sequence.shuffle.files`), and the unit tests
    // with their tests shuffled too (`npm run test:unit -- --sequence.shuffle`).
    isolate: false,
    // Within each group, the longest files first (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      // The unit tests run first, while the site project's global setup builds the sites in the background.
      // A first test that loads jsdom or renders in a child process can pass 5 s while the background builds use the cores.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 }, testTimeout: 30_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          setupFiles: ['tests/support/sites-ready.ts'],
          sequence: { groupOrder: 1 },
          // Under a loaded 2-core machine the browser passes (tests/browser/accessibility.test.ts) take minutes.
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
