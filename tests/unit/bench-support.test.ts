import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateContent, touchOneEntry } from '../../scripts/lib/generate-content.ts';
import { treeRss } from '../../scripts/lib/process-memory.ts';
import { addPhaseTime, phaseTimes, timePhase } from '../../src/build/timings.ts';
import { loadContent } from '../../src/content/index.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'koop-bench-'));
  folders.push(dir);
  return dir;
};
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('the benchmark content generator', () => {
  it('gives the same files for the same number of entries', () => {
    const [a, b] = [temp(), temp()];
    generateContent(FIXTURE, a, 40);
    generateContent(FIXTURE, b, 40);
    expect(filesOf(a)).toEqual(filesOf(b));
  });

  it('writes valid content of realistic length, with headings, lists, tables and links between entries', () => {
    const dir = temp();
    generateContent(FIXTURE, dir, 40);
    const loaded = loadContent(dir);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    const generated = filesOf(dir).filter(([f]) => /-\d{5}\.md$/.test(f));
    expect(generated).toHaveLength(40);
    const bodies = generated.map(([, text]) => text.split('\n---\n')[1]!);
    const average = bodies.reduce((n, b) => n + words(b), 0) / bodies.length;
    expect(average).toBeGreaterThan(500);
    expect(average).toBeLessThan(750);
    for (const body of bodies) {
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/^\| --- \|/m);
      expect(body).toMatch(/\]\(\/(?:[a-z-]+\/)?[a-z-]+-\d{5}\/\)/);
    }
  });

  it('changes exactly one entry for a rebuild', () => {
    const dir = temp();
    generateContent(FIXTURE, dir, 20);
    const before = new Map(filesOf(dir));
    const changed = touchOneEntry(dir);
    const after = filesOf(dir).filter(([f, text]) => before.get(f) !== text);
    expect(after.map(([f]) => join(dir, f))).toEqual([changed]);
  });
});

describe('the build phase timings', () => {
  it('add up the pieces of a phase, including one that failed', async () => {
    const before = phaseTimes().docx ?? 0;
    addPhaseTime('docx', 40);
    await expect(timePhase('docx', async () => {
      await new Promise((done) => setTimeout(done, 20));
      throw new Error('awaria');
    })).rejects.toThrow('awaria');
    expect(phaseTimes().docx! - before).toBeGreaterThanOrEqual(59);
  });
});

describe('the memory sampler', () => {
  it('counts this process, and nothing for a process that does not exist', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(treeRss(2 ** 30)).toBe(0);
  });
});
