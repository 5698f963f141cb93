import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONGEST_FIRST } from '../support/sequencer.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the order test files start in', () => {
  it('names only test files that exist, each once, unit tests before site tests', () => {
    expect(LONGEST_FIRST.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
    expect(new Set(LONGEST_FIRST).size).toBe(LONGEST_FIRST.length);
    const firstSite = LONGEST_FIRST.findIndex((path) => !path.startsWith('tests/unit/'));
    expect(LONGEST_FIRST.slice(firstSite).filter((path) => path.startsWith('tests/unit/'))).toEqual([]);
  });
});
