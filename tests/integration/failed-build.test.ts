import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { ROOT } from '../support/build-sites.ts';

const { fixture } = inject('sites');

function snapshot(dir: string): Map<string, string> {
  return new Map(htmlFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Copies the fixture content and its good build, lets `plant` break the content, and builds over the good copy. */
function buildBroken(plant: (content: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'koop-'));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  cpSync(fixture.content, content, { recursive: true });
  cpSync(fixture.dir, out, { recursive: true });
  const before = snapshot(out);
  plant(content);
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  return { run, before, after: snapshot(out) };
}

describe('a build with a mistake in content', () => {
  it('exits non-zero, names every mistake and leaves the previous dist/ untouched', () => {
    const { run, before, after } = buildBroken((content) => {
      const meeting = join(content, 'spotkania', '2021-06-15-spotkanie.md');
      writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('data: 2021-06-15', 'data: 15.06.21'));
      const tool = join(content, 'narzedzia', 'karta-diagnozy.md');
      writeFileSync(tool, readFileSync(tool, 'utf8').replace('typy_gmin: [miejska]', 'typy_gmin: [miasto]'));
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/spotkania/2021-06-15-spotkanie.md · pole „data”: „15.06.21” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15');
    expect(run.stderr).toContain('content/narzedzia/karta-diagnozy.md · pole „typy_gmin → 1. pozycja”: „miasto” to nieznany typ gminy; użyj jednej z wartości: wiejska, miejsko-wiejska, miejska');
    expect(run.stderr).toContain('Treść zawiera 2\u00A0błędy');
    expect(after).toEqual(before);
  });
});

describe('a build with a broken attached PDF', () => {
  it('exits non-zero, names the tool’s file and leaves the previous dist/ untouched', () => {
    const { run, before, after } = buildBroken((content) => writeFileSync(join(content, 'pliki', 'formularz-zewnetrzny.pdf'), '%PDF-1.7 uszkodzony'));

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/narzedzia/karta-diagnozy.md · pole „zalacznik”: plik content/pliki/formularz-zewnetrzny.pdf nie jest poprawnym plikiem PDF');
    expect(after).toEqual(before);
  });
});
