import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import { LIMITS } from '../../src/content/limits.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const PAGE = 'strony/o-projekcie.md';

/** Copies the valid fixture, lets `plant` change it, loads it and returns every message and the seconds it took. */
function loadAfter(plant: (dir: string) => void): { messages: string[]; seconds: number } {
  const dir = join(mkdtempSync(join(tmpdir(), 'koop-limit-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  plant(dir);
  const started = performance.now();
  const result = loadContent(dir);
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return { messages: result.ok ? [] : result.problems.map(formatProblem), seconds };
}

/** Replaces the body of the fixture page, keeping its front matter. */
const withBody = (body: string) => (dir: string) => {
  const file = join(dir, PAGE);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3) + 4;
  writeFileSync(file, `${text.slice(0, end)}\n\n${body}\n`);
};

/** Adds YAML lines right after the opening --- of the fixture page. */
const withFrontmatter = (yaml: string) => (dir: string) => {
  const file = join(dir, PAGE);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${yaml}\n`));
};

describe('content limits', () => {
  it('accept the fixture', () => {
    expect(loadAfter(() => {}).messages).toEqual([]);
  });

  it('refuse a Markdown file over 200 KB before reading it, naming the file', () => {
    const { messages, seconds } = loadAfter(withBody('Zdanie o współpracy gmin. '.repeat(10_000)));
    expect(messages).toEqual([
      'content/strony/o-projekcie.md · plik: plik ma 274\u00A0KB, a może mieć najwyżej 200\u00A0KB; podziel treść na kilka wpisów albo usuń zbędne fragmenty',
    ]);
    expect(seconds).toBeLessThan(5);
  });

  it('refuse a paragraph of unclosed brackets in seconds (it would take the parser minutes)', () => {
    const { messages, seconds } = loadAfter(withBody(`Wstęp.\n\n${'['.repeat(90_000)}x`));
    expect(messages).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 11: akapit ma 90000 nawiasów „[”, a może mieć najwyżej 200; podziel go na kilka akapitów albo usuń zbędne nawiasy',
    ]);
    expect(seconds).toBeLessThan(5);
  });

  it('refuse quotes nested too deep in seconds (the parser would overflow its stack)', () => {
    const { messages, seconds } = loadAfter(withBody(`${'>'.repeat(100_000)} x`));
    expect(messages).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 9: cytat jest zagnieżdżony 100000 razy („>”), a może najwyżej 10; usuń zbędne znaki „>” na początku wiersza',
    ]);
    expect(seconds).toBeLessThan(5);
  });

  it('refuse lists nested too deep', () => {
    const nested = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- poziom ${i + 1}`).join('\n');
    const { messages } = loadAfter(withBody(nested));
    expect(messages[0]).toBe('content/strony/o-projekcie.md · treść, wiersz 42: wiersz jest wcięty o 66 spacji, a może najwyżej o 64; zmniejsz wcięcie (zagnieżdżenie list)');
  });

  it('refuse a table with too many rows or columns and a list with too many items, naming the line', () => {
    const rows = `| a | b |\n| --- | --- |\n${'| x | y |\n'.repeat(LIMITS.tableRows)}`;
    const wide = `\n${'| k '.repeat(21)}|\n${'| --- '.repeat(21)}|\n${'| v '.repeat(21)}|\n`;
    const list = `\n${'- pozycja\n'.repeat(LIMITS.listItems + 1)}`;
    const { messages } = loadAfter(withBody(`${rows}${wide}${list}`));
    expect(messages).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 9: tabela ma 301 wierszy, a może mieć najwyżej 300; podziel ją na kilka tabel albo przenieś dane do załącznika',
      'content/strony/o-projekcie.md · treść, wiersz 312: tabela ma 21 kolumn, a może mieć najwyżej 20; podziel ją na kilka tabel',
      'content/strony/o-projekcie.md · treść, wiersz 316: lista ma 501 pozycji, a może mieć najwyżej 500; podziel ją na kilka list',
    ]);
  });

  it('refuse a YAML alias bomb in a front matter in seconds', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const { messages, seconds } = loadAfter(withFrontmatter(lines.join('\n')));
    expect(messages).toEqual([
      'content/strony/o-projekcie.md · nagłówek: zbyt wiele odwołań do kotwic YAML (*nazwa), najwyżej 20; wpisz wartości wprost zamiast odwołań',
    ]);
    expect(seconds).toBeLessThan(5);
  });

  it('refuse YAML nested too deep, in flow and in block style', () => {
    const flow = loadAfter(withFrontmatter(`gleboko: ${'['.repeat(50_000)}${']'.repeat(50_000)}`));
    const block = loadAfter(withFrontmatter(Array.from({ length: 14 }, (_, i) => `${'  '.repeat(i)}p${i}:`).join('\n') + ' x'));
    const expected = ['content/strony/o-projekcie.md · nagłówek: pola są zagnieżdżone zbyt głęboko (najwyżej 12 poziomów list i grup); uprość nagłówek'];
    expect(flow.messages).toEqual(expected);
    expect(flow.seconds).toBeLessThan(5);
    expect(block.messages).toEqual(expected);
  });

  it('refuse settings over 64 KB and an alias bomb in them', () => {
    const big = loadAfter((dir) => writeFileSync(join(dir, 'ustawienia.yaml'), `${readFileSync(join(dir, 'ustawienia.yaml'), 'utf8')}\n${'# komentarz\n'.repeat(7000)}`));
    expect(big.messages[0]).toMatch(/^content\/ustawienia\.yaml · plik: plik ma 8\d\u00A0KB, a może mieć najwyżej 64\u00A0KB; usuń zbędne fragmenty$/);
    const bomb = loadAfter((dir) => writeFileSync(join(dir, 'ustawienia.yaml'), `a: &a [x, x, x]\n${Array.from({ length: 30 }, (_, i) => `b${i}: *a`).join('\n')}\n`));
    expect(bomb.messages).toContain('content/ustawienia.yaml · nagłówek: zbyt wiele odwołań do kotwic YAML (*nazwa), najwyżej 20; wpisz wartości wprost zamiast odwołań');
  });

  it('refuse a small image whose header declares too many pixels, in PNG, JPEG, GIF and WebP', () => {
    const png = Buffer.alloc(64);
    png.writeUInt32BE(0x89504e47, 0);
    png.writeUInt32BE(30_000, 16);
    png.writeUInt32BE(20_000, 20);
    // JPEG: SOI, an APP0 segment, then a baseline frame header (SOF0) of 9000 × 5000.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x13, 0x88, 0x23, 0x28, 0x03, 0, 0, 0, 0, 0, 0]);
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([0x60, 0xea, 0x60, 0xea])]);
    const webp = Buffer.alloc(40);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(16_383, 24, 3);
    webp.writeUIntLE(16_383, 27, 3);
    const { messages, seconds } = loadAfter((dir) => {
      writeFileSync(join(dir, 'pliki', 'bomba.png'), png);
      writeFileSync(join(dir, 'pliki', 'bomba.jpg'), jpeg);
      writeFileSync(join(dir, 'pliki', 'bomba.gif'), gif);
      writeFileSync(join(dir, 'pliki', 'bomba.webp'), webp);
    });
    const tail = 'a może mieć najwyżej 40 milionów pikseli (np. 8000 × 5000); zmniejsz go';
    expect(messages).toEqual([
      `content/pliki/bomba.gif · plik: obraz ma 60000 × 60000 pikseli, ${tail}`,
      `content/pliki/bomba.jpg · plik: obraz ma 9000 × 5000 pikseli, ${tail}`,
      `content/pliki/bomba.png · plik: obraz ma 30000 × 20000 pikseli, ${tail}`,
      `content/pliki/bomba.webp · plik: obraz ma 16384 × 16384 pikseli, ${tail}`,
    ]);
    expect(seconds).toBeLessThan(5);
  });

  it('refuse an image over 25 MB and another file over 50 MB in content/pliki, naming each', () => {
    const { messages } = loadAfter((dir) => {
      writeFileSync(join(dir, 'pliki', 'zdjecie.jpg'), '');
      truncateSync(join(dir, 'pliki', 'zdjecie.jpg'), 30 * 1024 * 1024);
      writeFileSync(join(dir, 'pliki', 'raport.pdf'), '');
      truncateSync(join(dir, 'pliki', 'raport.pdf'), 60 * 1024 * 1024);
    });
    expect(messages).toEqual([
      'content/pliki/raport.pdf · plik: plik ma 60,0\u00A0MB, a może mieć najwyżej 50\u00A0MB; zmniejsz plik (np. zapisz PDF z mniejszą rozdzielczością obrazów) albo opublikuj go w innym miejscu i podaj odnośnik',
      'content/pliki/zdjecie.jpg · plik: plik ma 30,0\u00A0MB, a może mieć najwyżej 25\u00A0MB; zmniejsz obraz (np. do szerokości 2000 pikseli) albo zapisz go w formacie WebP lub JPEG',
    ]);
  });
});
