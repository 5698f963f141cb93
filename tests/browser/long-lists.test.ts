/**
 * Pages of lists split into pages and of lists cut short, in Chromium: the
 * planted site (tests/support/planted-site.ts) has lists long enough, under
 * its sub-path. A file of its own, so the accessibility pass of the three
 * main sites does not wait for the planted site's build.
 */
import { describe, expect, inject, it } from 'vitest';
import { checkPages } from '../support/page-pass.ts';
import { DESKTOP, PHONE } from '../support/chrome-checks.ts';
import { plantedBuilt } from '../support/build-sites.ts';
import { useBrowser } from '../support/session.ts';

const planted = inject('planted');
const chromium = useBrowser();

describe('pages of lists split into pages and cut short (the planted site, under its sub-path)', () => {
  // A list's later page, a long group's later page, the downloads' later page, the model pages with shortened lists (the first pages are the templates the main sites' pass checks).
  const paths = ['spotkania/strona/2/', 'rekomendacje/dla/gminy-wiejskie/strona/2/', 'do-pobrania/strona/2/', 'modele/gminy-wiejskie/', 'modele/gminy-miejsko-wiejskie/'].map((p) => `${planted.base}${p}`);

  it.each([
    ['375 px', PHONE],
    ['1280 px', DESKTOP],
  ] as const)('have no axe violation, show the EU strip and ask no other origin, at %s', async (_width, size) => {
    const run = await plantedBuilt();
    expect(run.status, run.log).toBe(0);
    const found = await checkPages(chromium.browser, planted.dir, paths, { ...size, base: planted.base });
    expect(found.pages).toBe(paths.length);
    expect(found.violations).toEqual([]);
    expect(found.stripHidden).toEqual([]);
    expect(found.foreign).toEqual([]);
  });
});
