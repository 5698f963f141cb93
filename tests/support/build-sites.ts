/**
 * Builds the sites the integration and browser tests inspect, once per run,
 * with the README's own build script:
 * - `fixture`: tests/fixtures/basic/content at the domain root;
 * - `fixtureSubPath`: the same content under /projekt-kooperacje-3d/;
 * - `real`: the project's content/ at the root.
 * All three share one share-card cache, empty at the start of the run: the
 * first build renders every card, the sub-path build (same content, same
 * site address) should render none.
 *
 * The builds run in the background: the unit tests (an earlier group in
 * vitest.config.ts) run meanwhile, and every file of the site project waits
 * for them in its setup file (tests/support/sites-ready.ts).
 *
 * A fourth site, the fixture with planted faults (tests/support/planted-site.ts),
 * builds after them; only the files that inspect it wait for it (`plantedBuilt`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { STATS_FILE, type CardStats } from '../../src/cards/render.ts';
import { loadContent, type Content } from '../../src/content/index.ts';
import { outsideParent, PLANTED_BASE, plantContent, type PlantedRun, type PlantedSite } from './planted-site.ts';

export interface BuiltSite {
  readonly dir: string;
  readonly base: string;
  readonly content: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { fixture: BuiltSite; fixtureSubPath: BuiltSite; real: BuiltSite };
    planted: PlantedSite;
  }
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/projekt-kooperacje-3d/';
/** The share-card cache of the test run. */
export const CARD_CACHE = join(ROOT, '.tmp', 'sites', 'cache');

const SITES_DIR = join(ROOT, '.tmp', 'sites');
/** Written when all three sites are built, or with the reason they are not. */
const READY = join(SITES_DIR, 'gotowe');
const FAILED = join(SITES_DIR, 'nieudane');
/** Written when the planted site's build has ended, with its status and log. */
const PLANTED_RUN = join(SITES_DIR, 'planted.json');

function siteAt(name: string, content: string, base = '/'): BuiltSite {
  return { dir: join(SITES_DIR, name), base, content: resolve(ROOT, content) };
}

async function build(site: BuiltSite): Promise<void> {
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', site.content, '--out', site.dir], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: site.base, CI: '1', KOOP_CACHE_DIR: CARD_CACHE, KOOP_BUILD_STATS: `${site.dir}.stats.json` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  if (code !== 0) throw new Error(`building ${site.content} into ${site.dir} ended with code ${code}`);
  writeFileSync(`${site.dir}.cards.json`, readFileSync(join(CARD_CACHE, STATS_FILE)));
}

/** What the share-card step of a site's build did. */
export function cardsOf(site: BuiltSite): CardStats {
  return JSON.parse(readFileSync(`${site.dir}.cards.json`, 'utf8')) as CardStats;
}

/** Resolves when the three sites are built; throws the builds' failure. */
export async function sitesBuilt(timeoutMs = 15 * 60_000): Promise<void> {
  const ended = await firstOf([READY, FAILED], timeoutMs, 'the test sites');
  if (ended === FAILED) throw new Error(readFileSync(FAILED, 'utf8'));
}

/** Waits until one of `files` exists (the background builds write them when done) and returns it. */
async function firstOf(files: readonly string[], timeoutMs: number, what: string): Promise<string> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await sleep(200)) {
    const found = files.find((file) => existsSync(file));
    if (found) return found;
  }
  throw new Error(`${what} were not built within ${timeoutMs / 60_000} min`);
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

/** Builds the planted site without BASE_PATH (its address names the sub-path) and records how the build ended. */
async function buildPlanted(site: PlantedSite, fixture: string): Promise<void> {
  let run: PlantedRun;
  try {
    await plantContent(fixture, site.content);
    const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', KOOP_CACHE_DIR: join(SITES_DIR, 'planted-cache') };
    delete env.BASE_PATH;
    const child = spawn(process.execPath, ['scripts/build.ts', '--content', site.content, '--out', site.dir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const status = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
    run = { status, log };
  } catch (error) {
    run = { status: null, log: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // Written whole, then renamed: a waiting test never reads half a file.
  writeFileSync(`${PLANTED_RUN}.tmp`, JSON.stringify(run));
  renameSync(`${PLANTED_RUN}.tmp`, PLANTED_RUN);
}

/** Waits for the planted site's build and returns how it ended (tests assert on the status and the log). */
export async function plantedBuilt(timeoutMs = 15 * 60_000): Promise<PlantedRun> {
  await firstOf([PLANTED_RUN], timeoutMs, 'the planted test site');
  return JSON.parse(readFileSync(PLANTED_RUN, 'utf8')) as PlantedRun;
}

export default function setup(project: TestProject) {
  rmSync(SITES_DIR, { recursive: true, force: true });
  mkdirSync(SITES_DIR, { recursive: true });
  const sites = {
    fixture: siteAt('fixture', 'tests/fixtures/basic/content'),
    fixtureSubPath: siteAt('fixture-sub-path', 'tests/fixtures/basic/content', SUB_PATH),
    real: siteAt('real', 'content'),
  };
  project.provide('sites', sites);
  const parent = mkdtempSync(join(outsideParent(ROOT), 'koop-poza-'));
  const planted: PlantedSite = { dir: join(parent, 'serwis'), parent, content: join(SITES_DIR, 'planted-content'), base: PLANTED_BASE };
  project.provide('planted', planted);
  // One after another: builds in one checkout take turns anyway (scripts/lib/lock.ts), and the sub-path build must find the fixture's cards.
  const built = (async () => {
    for (const site of Object.values(sites)) await build(site);
    writeFileSync(READY, '');
  })().catch((error: unknown) => writeFileSync(FAILED, error instanceof Error ? error.message : String(error)));
  const plantedDone = built.then(() => buildPlanted(planted, sites.fixture.content));
  return async () => {
    await plantedDone;
    rmSync(parent, { recursive: true, force: true });
  };
}
