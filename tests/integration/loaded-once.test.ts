/**
 * One build reads and validates content/ once: the build script loads it, and
 * Astro (config, integrations, every page) and the PDF toolkits use that load.
 * The build records the count when KOOP_BUILD_STATS names a file
 * (tests/support/build-sites.ts sets it next to each built site).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BuiltSite } from '../support/build-sites.ts';

const { fixture, fixtureSubPath, real } = inject('sites');

const SITES: Array<[string, BuiltSite]> = [
  ['fixture content at the root', fixture],
  ['fixture content under a sub-path', fixtureSubPath],
  ['the project’s content', real],
];

describe('content loading during a build', () => {
  it.each(SITES)('reads and validates the content folder exactly once for the pages, the integrations and the PDFs, in %s', (_name, site) => {
    const stats = JSON.parse(readFileSync(`${site.dir}.stats.json`, 'utf8')) as { contentLoads: number };
    expect(stats.contentLoads).toBe(1);
  });
});
