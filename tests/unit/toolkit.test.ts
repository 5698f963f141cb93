import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/index.ts';
import { loadAttachments } from '../../src/toolkit/attachments.ts';
import { bundlesOf, toolPdfPath } from '../../src/content/bundles.ts';
import { fileDetails } from '../../src/content/downloads.ts';
import { validContent } from '../support/content.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

function fixtureCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'koop-pdf-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('bundles', () => {
  it('puts each tool in the bundle of every municipality type it names, in bundle order', () => {
    const bundles = bundlesOf(validContent(FIXTURE));
    expect(bundles.map((b) => b.title)).toEqual(['Pakiet narzędzi dla gmin wiejskich', 'Pakiet narzędzi dla gmin miejsko-wiejskich', 'Pakiet narzędzi dla gmin miejskich']);
    expect(bundles.map((b) => b.tools.map((t) => t.id))).toEqual([['deklaracja'], ['deklaracja'], ['deklaracja', 'karta-diagnozy']]);
    expect(bundles[0]!.path).toBe('/do-pobrania/pakiet-narzedzi-gminy-wiejskie.pdf');
    expect(toolPdfPath(bundles[2]!.tools[1]!)).toBe('/do-pobrania/narzedzia/karta-diagnozy.pdf');
  });

  it('describes a file the GOV.UK way, with Polish plurals', () => {
    expect(fileDetails({ bytes: 421_888, pages: 36 })).toBe('PDF, 412\u00A0KB, 36\u00A0stron');
    expect(fileDetails({ bytes: 2_400_000, pages: 22 })).toBe('PDF, 2,3\u00A0MB, 22\u00A0strony');
    expect(fileDetails({ bytes: 900, pages: 1 })).toBe('PDF, 1\u00A0KB, 1\u00A0strona');
  });
});

describe('attached PDFs', () => {
  const messages = async (plant: (dir: string) => void) => {
    const dir = fixtureCopy();
    const content = validContent(dir);
    plant(dir);
    const { problems } = await loadAttachments(dir, content.tools);
    rmSync(dir, { recursive: true, force: true });
    return problems.map(formatProblem);
  };

  it('accepts a valid attachment and counts its pages', async () => {
    const c = validContent(FIXTURE);
    const { attachments, problems } = await loadAttachments(FIXTURE, c.tools);
    expect(problems).toEqual([]);
    expect(attachments.get('karta-diagnozy')?.pages).toBe(2);
  });

  it('names the tool’s file when the attachment is missing', async () => {
    expect(await messages((dir) => rmSync(join(dir, 'pliki/formularz-zewnetrzny.pdf')))).toEqual([
      'content/narzedzia/karta-diagnozy.md · pole „zalacznik”: plik content/pliki/formularz-zewnetrzny.pdf nie istnieje; dodaj plik PDF do folderu content/pliki albo popraw ścieżkę',
    ]);
  });

  it('names the tool’s file when the attachment is not a PDF', async () => {
    expect(await messages((dir) => writeFileSync(join(dir, 'pliki/formularz-zewnetrzny.pdf'), 'to nie jest PDF'))).toEqual([
      'content/narzedzia/karta-diagnozy.md · pole „zalacznik”: plik content/pliki/formularz-zewnetrzny.pdf nie jest poprawnym plikiem PDF (jest uszkodzony albo ma inny format); wyeksportuj go ponownie do PDF i podmień plik',
    ]);
  });

  it('names the tool’s file when the attachment is encrypted', async () => {
    const encrypted = resolve(import.meta.dirname, '../fixtures/attachments/zaszyfrowany.pdf');
    expect(await messages((dir) => cpSync(encrypted, join(dir, 'pliki/formularz-zewnetrzny.pdf')))).toEqual([
      'content/narzedzia/karta-diagnozy.md · pole „zalacznik”: plik content/pliki/formularz-zewnetrzny.pdf jest zaszyfrowany (chroniony hasłem); zapisz go ponownie bez zabezpieczeń i podmień plik',
    ]);
  });
});
