/**
 * Builds the sites the integration and browser tests inspect, once per run,
 * with the README's own build script:
 * - `fixture`: tests/fixtures/basic/content at the domain root;
 * - `fixtureSubPath`: the same content under /projekt-kooperacje-3d/;
 * - `real`: the project's content/ at the root.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export interface BuiltSite {
  readonly dir: string;
  readonly base: string;
  readonly content: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { fixture: BuiltSite; fixtureSubPath: BuiltSite; real: BuiltSite };
  }
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/projekt-kooperacje-3d/';

export function buildSite(name: string, content: string, base = '/'): BuiltSite {
  const dir = join(ROOT, '.tmp', 'sites', name);
  execFileSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', dir], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: base, CI: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir, base, content: resolve(ROOT, content) };
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
