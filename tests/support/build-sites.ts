/**
 * Builds the sites the integration and browser tests inspect, once per run,
 * with the README's own build script:
 * - `fixture`: tests/fixtures/basic/content at the domain root;
 * - `fixtureSubPath`: the same content under /projekt-kooperacje-3d/;
 * - `real`: the project's content/ at the root.
 * All three share one share-card cache, empty at the start of the run: the
 * first build renders every card, the sub-path build (same content, same
 * site address) should render none.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { STATS_FILE, type CardStats } from '../../src/cards/render.ts';
import { loadContent, type Content } from '../../src/content/index.ts';

export interface BuiltSite {
  readonly dir: string;
  readonly base: string;
  readonly content: string;
  /** What the share-card step of this build did. */
  readonly cards: CardStats;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { fixture: BuiltSite; fixtureSubPath: BuiltSite; real: BuiltSite };
  }
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/projekt-kooperacje-3d/';
/** The share-card cache of the test run. */
export const CARD_CACHE = join(ROOT, '.tmp', 'sites', 'cache');

export function buildSite(name: string, content: string, base = '/'): BuiltSite {
  const dir = join(ROOT, '.tmp', 'sites', name);
  execFileSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', dir], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: base, CI: '1', KOOP_CACHE_DIR: CARD_CACHE, KOOP_BUILD_STATS: `${dir}.stats.json` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const cards = JSON.parse(readFileSync(join(CARD_CACHE, STATS_FILE), 'utf8')) as CardStats;
  return { dir, base, content: resolve(ROOT, content), cards };
}

/** The content of a built site as its build saw it: with the build's BASE_PATH, so addresses match. */
export function contentOf(site: BuiltSite): Content {
  const saved = process.env.BASE_PATH;
  process.env.BASE_PATH = site.base;
  try {
    const result = loadContent(site.content);
    if (!result.ok) throw new Error(`content in ${site.content} must be valid`);
    return result.content;
  } finally {
    if (saved === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = saved;
  }
}

export default function setup(project: TestProject) {
  rmSync(join(ROOT, '.tmp', 'sites'), { recursive: true, force: true });
  mkdirSync(join(ROOT, '.tmp', 'sites'), { recursive: true });
  project.provide('sites', {
    fixture: buildSite('fixture', 'tests/fixtures/basic/content'),
    fixtureSubPath: buildSite('fixture-sub-path', 'tests/fixtures/basic/content', SUB_PATH),
    real: buildSite('real', 'content'),
  });
}
