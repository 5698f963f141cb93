import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs pure logic with no build; `site` builds fixture
 * and real content once (tests/support/build-sites.ts) and inspects dist/ in
 * Node and in Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          // axe over every page of the real site takes about 80 s at one width on a 2-core machine.
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
