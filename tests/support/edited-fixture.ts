/**
 * Copies the valid fixture content to a temporary folder, applies edits
 * (file → transform of its text, new text or bytes, or null to delete) and
 * loads it: tests plant one editor mistake and read back every message.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import type { LoadResult } from '../../src/content/load.ts';

export const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

export type Edit = ((text: string) => string) | string | Uint8Array | null;

/** Runs `use` on a copy of the fixture with `edits` applied, then removes the copy. */
export function withEditedFixture<T>(edits: Record<string, Edit>, use: (dir: string) => T): T {
  const dir = join(mkdtempSync(join(tmpdir(), 'koop-edit-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  try {
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, file);
      mkdirSync(dirname(path), { recursive: true });
      if (edit === null) rmSync(path, { recursive: true, force: true });
      else if (typeof edit === 'function') writeFileSync(path, edit(readFileSync(path, 'utf8')));
      else writeFileSync(path, edit);
    }
    return use(dir);
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

/** Loads the edited fixture. */
export function loadEdited(edits: Record<string, Edit>): LoadResult {
  return withEditedFixture(edits, (dir) => loadContent(dir));
}

/** Every error message after the edits ([] when the content loads). */
export function errorsAfter(edits: Record<string, Edit>): string[] {
  const result = loadEdited(edits);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Replaces text that must be there (a fixture change would otherwise make the test vacuous). */
export const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture does not contain ${from}`);
  return next;
};

/** Appends lines to the end of a file. */
export const append = (more: string) => (text: string) => `${text}\n${more}\n`;
