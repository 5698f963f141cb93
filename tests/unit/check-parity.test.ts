import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../scripts/lib/editor-report.ts';
import { withEditedFixture, type Edit } from '../support/edited-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ENCRYPTED = readFileSync(join(ROOT, 'tests/fixtures/attachments/zaszyfrowany.pdf'));

/** Runs a project script on the edited fixture; returns its output and what is left next to the content folder. */
function run(script: string, edits: Record<string, Edit>, env: Record<string, string> = {}, plant?: (dir: string) => void) {
  return withEditedFixture(edits, (dir) => {
    plant?.(dir);
    const out = join(dirname(dir), 'dist');
    const args = script === 'build' ? ['scripts/build.ts', '--content', dir, '--out', out] : ['scripts/check-content.ts', dir];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, left: readdirSync(dirname(dir)) };
  });
}

describe('npm run check refuses what the build refuses, without writing anything', () => {
  it('refuses a corrupt attached PDF', () => {
    const r = run('check', { 'pliki/formularz-zewnetrzny.pdf': '%PDF-1.7 uszkodzony' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'content/narzedzia/karta-diagnozy.md · pole „zalacznik”: plik content/pliki/formularz-zewnetrzny.pdf nie jest poprawnym plikiem PDF (jest uszkodzony albo ma inny format); wyeksportuj go ponownie do PDF i podmień plik',
    );
    expect(r.left).toEqual(['content']);
  }, 30_000);

  it('refuses an encrypted attached PDF', () => {
    const r = run('check', { 'pliki/formularz-zewnetrzny.pdf': ENCRYPTED });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'content/narzedzia/karta-diagnozy.md · pole „zalacznik”: plik content/pliki/formularz-zewnetrzny.pdf jest zaszyfrowany (chroniony hasłem); zapisz go ponownie bez zabezpieczeń i podmień plik',
    );
  }, 30_000);

  it('refuses an image that cannot be decoded, naming the line that shows it', () => {
    const r = run('check', { 'pliki/schemat.png': 'to nie jest PNG' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'content/narzedzia/deklaracja.md · obraz „/pliki/schemat.png” (treść, wiersz 17): plik content/pliki/schemat.png nie jest poprawnym obrazem (jest uszkodzony albo ma inny format, niż wskazuje rozszerzenie); zapisz go ponownie jako PNG, JPEG albo SVG i podmień plik',
    );
  }, 30_000);

  it('prints warnings and the gaps, and passes content the build accepts', () => {
    const r = run('check', {});
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('⚠ Treść ma 1\u00A0ostrzeżenie (nie zatrzymują budowania):');
    expect(r.stdout).toContain('⚠ Do uzupełnienia przez redakcję: 13\u00A0pól do uzupełnienia');
    expect(r.left).toEqual(['content']);
  }, 30_000);

  it('refuses gaps in publication mode like the build does', () => {
    const check = run('check', {}, { PUBLIKACJA: '1' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('✗ Tryb publikacji: treść zawiera 13\u00A0pól do uzupełnienia.');
    const build = run('build', {}, { PUBLIKACJA: '1' });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('✗ Tryb publikacji: treść zawiera 13\u00A0pól do uzupełnienia. Serwis nie został zbudowany, poprzednia wersja pozostała bez zmian.');
    expect(build.left).toEqual(['content']);
  }, 60_000);

  it('shows no English stack trace when a file cannot be read', () => {
    const r = run('check', {}, {}, (dir) => symlinkSync(join(dir, 'nie-ma.md'), join(dir, 'strony', 'zepsuty-skrot.md')));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^✗ Treść zawiera 1\u00A0błąd/m);
    expect(r.stderr).toContain('content/strony/zepsuty-skrot.md · plik: dowiązanie symboliczne');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});

describe('unexpected failures in Polish', () => {
  it('names the file and the fix for a file that cannot be read', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: join(process.cwd(), 'content/strony/a.md') });
    expect(describeFailure(error)).toBe('brak uprawnień do pliku content/strony/a.md; sprawdź uprawnienia pliku albo folderu i uruchom polecenie ponownie');
    expect(describeFailure(new TypeError('x is undefined'))).toBe('nieoczekiwany błąd programu; przekaż ten komunikat programiście');
  });
});
