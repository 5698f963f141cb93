/** Facts about a built site folder. */
import { readdirSync } from 'node:fs';
import { EDITORS_DIR } from '../../src/cms/page.ts';

/**
 * Every public HTML page under `dir`, as paths relative to it. The editors'
 * page (src/cms/page.ts) is left out here, the one place that does so: it is
 * the CMS's own screen with its own policy and its own checks
 * (tests/browser/editors-page.test.ts), not a page of the site.
 */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !f.startsWith(`${EDITORS_DIR}/`))
    .sort();
}

export function countPages(dir: string): number {
  return htmlFiles(dir).length;
}
