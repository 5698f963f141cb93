/**
 * Setup file of the site project: every integration and browser test file
 * waits here until tests/support/build-sites.ts has built the three sites
 * (they build in the background while the unit tests run).
 */
import { sitesBuilt } from './build-sites.ts';

await sitesBuilt();
