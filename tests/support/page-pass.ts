/**
 * One pass over pages of a built site in one Chromium context: each page is
 * loaded once and checked for what every page must do in a browser — the EU
 * logo strip in the first viewport, no axe violation, nothing asked of
 * another origin, and any further check a test adds (`inspect`). One load
 * per page serves them all.
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, euStripVisible, withAxe } from './a11y.ts';
import { serve } from './server.ts';

export interface PassFindings {
  /** „/path/ @375px rule: target” lines. */
  readonly violations: string[];
  /** Pages whose EU logo strip is not entirely inside the first viewport. */
  readonly stripHidden: string[];
  /** Every address of another origin a page asked for. */
  readonly foreign: string[];
  /** Pages checked. */
  readonly pages: number;
  /** „/path/: problem” lines from each of `inspect`'s checks, by the check's name. */
  readonly inspected: Record<string, string[]>;
}

export interface PassOptions {
  readonly width: number;
  readonly height: number;
  /** Changes a loaded page before it is checked (planted faults); `plant` lets inline styles past the page's policy. */
  readonly plant?: (page: Page) => Promise<void>;
  /** Further checks of each loaded page, by name, run in the same visit (the „Na tej stronie” rule, tables on phones); each returns its problems. */
  readonly inspect?: Readonly<Record<string, (page: Page, path: string) => Promise<readonly string[]>>>;
  /** The sub-path the site was built for („/projekt-kooperacje-3d/”); `paths` then start with it. Default: the root. */
  readonly base?: string;
}

/** Loads each of `paths` (paths of the site in `dir`, with its base) and checks it. */
export async function checkPages(browser: Browser, dir: string, paths: readonly string[], options: PassOptions): Promise<PassFindings> {
  const server = await serve(dir, options.base);
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, bypassCSP: !!options.plant });
  await withAxe(context);
  const checks = Object.entries(options.inspect ?? {});
  const findings: PassFindings = { violations: [], stripHidden: [], foreign: [], pages: 0, inspected: Object.fromEntries(checks.map(([name]) => [name, []])) };
  context.on('request', (r) => {
    if (!r.url().startsWith(`${server.origin}/`)) findings.foreign.push(r.url());
  });
  const page = await context.newPage();
  try {
    for (const path of paths) {
      await page.goto(server.origin + path);
      if (options.plant) await options.plant(page);
      // Before axe, which may scroll while it checks.
      if (!(await euStripVisible(page))) findings.stripHidden.push(path);
      for (const [name, check] of checks) for (const problem of await check(page, path)) findings.inspected[name]!.push(`${path}: ${problem}`);
      for (const v of await axeViolations(page)) findings.violations.push(`${path} @${options.width}px ${v}`);
      (findings as { pages: number }).pages++;
    }
  } finally {
    await context.close();
    await server.close();
  }
  return findings;
}
