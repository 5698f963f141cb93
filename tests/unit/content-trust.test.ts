import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import { protocolProblem } from '../../src/safety/links.ts';
import { filePathOf } from '../../src/safety/paths.ts';
import { walkContent } from '../../src/safety/tree.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture in a temporary folder, with a secret file beside content/. */
function fixtureCopy(): { work: string; content: string; secret: string } {
  const work = mkdtempSync(join(tmpdir(), 'koop-trust-'));
  made.push(work);
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  const secret = join(work, 'tajne.pdf');
  writeFileSync(secret, readFileSync(join(content, 'pliki', 'formularz-zewnetrzny.pdf')));
  return { work, content, secret };
}

function messages(content: string): string[] {
  const r = loadContent(content);
  return r.ok ? [] : r.problems.map(formatProblem);
}

/** A page whose body is `body` (its first line is line 6 of the file). */
function page(content: string, body: string): void {
  writeFileSync(join(content, 'strony', 'proba.md'), `---\ntytul: Próba\nopis: Strona próbna.\n---\n\n${body}\n`);
}

const replace = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
};

const OUTSIDE = 'wychodzi poza folder content/pliki albo jest zapisana niejednoznacznie („..”, „.”, „//”, „\\” lub zakodowane znaki); wpisz prostą ścieżkę pliku z folderu content/pliki, np. /pliki/nazwa-pliku.pdf';
const LINK =
  'dowiązanie symboliczne (skrót do innego pliku lub folderu) – budowanie z nich nie korzysta, bo mogą wskazywać pliki spoza folderu content; zastąp dowiązanie prawdziwym plikiem';

describe('paths content names under /pliki/', () => {
  it('resolve to a path inside content/pliki after decoding', () => {
    expect(filePathOf('/pliki/schemat.png')).toEqual({ ok: true, rel: 'pliki/schemat.png' });
    expect(filePathOf('/pliki/m%C3%B3j%20plik.pdf#page=2')).toEqual({ ok: true, rel: 'pliki/mój plik.pdf' });
  });

  it.each([
    '/pliki/../../tajne.pdf',
    '/pliki/%2e%2e/%2e%2e/tajne.pdf',
    '/pliki/%2E%2E%2F%2E%2E%2Ftajne.pdf',
    '/pliki/..%5C..%5Ctajne.pdf',
    '/pliki/..\\..\\tajne.pdf',
    '/pliki//etc/passwd',
    '/pliki/./schemat.png',
    '/pliki/%252e%252e/tajne.pdf',
    '/pliki/%E0%A4%A.pdf',
    '/pliki/a%00.pdf',
  ])('refuse %s', (url) => {
    expect(filePathOf(url)).toEqual({ ok: false, message: `ścieżka „${url}” ${OUTSIDE}` });
  });
});

describe('containment of files content names', () => {
  it('refuses an attachment path that climbs out of content/ with „../”', () => {
    const { content } = fixtureCopy();
    replace(join(content, 'narzedzia', 'karta-diagnozy.md'), 'zalacznik: /pliki/formularz-zewnetrzny.pdf', 'zalacznik: /pliki/../../tajne.pdf');
    expect(messages(content)).toEqual([`content/narzedzia/karta-diagnozy.md · pole „zalacznik”: ścieżka „/pliki/../../tajne.pdf” ${OUTSIDE}`]);
  });

  it('refuses a percent-encoded „%2e%2e” image path', () => {
    const { content } = fixtureCopy();
    page(content, '![Tajne](/pliki/%2e%2e/%2e%2e/tajne.png)');
    expect(messages(content)).toEqual([`content/strony/proba.md · obraz „/pliki/%2e%2e/%2e%2e/tajne.png” (treść, wiersz 6): ścieżka „/pliki/%2e%2e/%2e%2e/tajne.png” ${OUTSIDE}`]);
  });

  it('refuses a logo strip path that climbs out of content/', () => {
    const { content } = fixtureCopy();
    replace(join(content, 'ustawienia.yaml'), 'plik: /pliki/logotypy/fundusze-europejskie-power.svg', 'plik: /pliki/logotypy/../../../logo.svg');
    expect(messages(content)).toEqual([`content/ustawienia.yaml · pole „logotypy → plik”: ścieżka „/pliki/logotypy/../../../logo.svg” ${OUTSIDE}`]);
  });

  it('refuses a link into /pliki/ that climbs out with „../” or backslashes', () => {
    const { content } = fixtureCopy();
    page(content, '[plik](/pliki/../../tajne.pdf) i [drugi](/pliki/..%5C..%5Ctajne.pdf)');
    expect(messages(content)).toEqual([
      `content/strony/proba.md · link „/pliki/../../tajne.pdf” (treść, wiersz 6): ścieżka „/pliki/../../tajne.pdf” ${OUTSIDE}`,
      `content/strony/proba.md · link „/pliki/..%5C..%5Ctajne.pdf” (treść, wiersz 6): ścieżka „/pliki/..%5C..%5Ctajne.pdf” ${OUTSIDE}`,
    ]);
  });

  it('refuses a PJM address in the settings that climbs out of content/pliki', () => {
    const { content } = fixtureCopy();
    replace(join(content, 'ustawienia.yaml'), 'pjm: https://example.org/informacja-w-pjm', 'pjm: /pliki/../../tajne.mp4');
    expect(messages(content)).toEqual([`content/ustawienia.yaml · pole „dostepnosc → pjm”: ścieżka „/pliki/../../tajne.mp4” ${OUTSIDE}`]);
  });

  it('refuses a symbolic link to a file outside content/ and never reads it', () => {
    const { content, secret } = fixtureCopy();
    symlinkSync(secret, join(content, 'pliki', 'klucz.pdf'));
    page(content, '[klucz](/pliki/klucz.pdf)');
    expect(messages(content)).toEqual([
      `content/pliki/klucz.pdf · plik: ${LINK}`,
      'content/strony/proba.md · link „/pliki/klucz.pdf” (treść, wiersz 6): plik content/pliki/klucz.pdf jest dowiązaniem symbolicznym, a serwis publikuje tylko prawdziwe pliki z folderu content; zastąp dowiązanie prawdziwym plikiem',
    ]);
  });

  it('refuses an attachment reached through a symbolically linked folder', () => {
    const { work, content } = fixtureCopy();
    mkdirSync(join(work, 'poza'));
    cpSync(join(content, 'pliki', 'formularz-zewnetrzny.pdf'), join(work, 'poza', 'f.pdf'));
    symlinkSync(join(work, 'poza'), join(content, 'pliki', 'folder'));
    replace(join(content, 'narzedzia', 'karta-diagnozy.md'), 'zalacznik: /pliki/formularz-zewnetrzny.pdf', 'zalacznik: /pliki/folder/f.pdf');
    expect(messages(content)).toEqual([
      `content/pliki/folder · plik: ${LINK}`,
      'content/narzedzia/karta-diagnozy.md · pole „zalacznik”: folder content/pliki/folder jest dowiązaniem symbolicznym, a serwis publikuje tylko prawdziwe pliki z folderu content; zastąp dowiązanie prawdziwym plikiem',
    ]);
  });

  it('refuses a Markdown entry that is a symbolic link and does not read it', () => {
    const { work, content } = fixtureCopy();
    writeFileSync(join(work, 'obcy.md'), '---\ntytul: Obcy\nopis: Spoza treści.\n---\n\nTajne.\n');
    symlinkSync(join(work, 'obcy.md'), join(content, 'strony', 'obcy.md'));
    expect(messages(content)).toEqual([`content/strony/obcy.md · plik: ${LINK}`]);
  });

  it('reports two links pointing at each other without hanging', () => {
    const { content } = fixtureCopy();
    symlinkSync('b', join(content, 'pliki', 'a'));
    symlinkSync('a', join(content, 'pliki', 'b'));
    symlinkSync('.', join(content, 'pliki', 'petla'));
    const started = performance.now();
    expect(messages(content)).toEqual([`content/pliki/a · plik: ${LINK}`, `content/pliki/b · plik: ${LINK}`, `content/pliki/petla · plik: ${LINK}`]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(walkContent(content).links).toEqual(['pliki/a', 'pliki/b', 'pliki/petla']);
  });

  it('refuses an image that names a folder, a hidden file or a file type the site does not publish', () => {
    const { content } = fixtureCopy();
    writeFileSync(join(content, 'pliki', '.env'), 'SECRET=1');
    writeFileSync(join(content, 'pliki', 'strona.html'), '<script>alert(1)</script>');
    page(content, '![Folder](/pliki/logotypy)\n\n[env](/pliki/.env)\n\n[html](/pliki/strona.html)\n\n![PDF](/pliki/formularz-zewnetrzny.pdf)');
    expect(messages(content)).toEqual([
      'content/strony/proba.md · obraz „/pliki/logotypy” (treść, wiersz 6): content/pliki/logotypy nie jest zwykłym plikiem; dodaj go do folderu content/pliki albo popraw nazwę',
      'content/strony/proba.md · link „/pliki/.env” (treść, wiersz 8): plik content/pliki/.env nie może być opublikowany: plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki); zapisz treść w jednym z publikowanych formatów (np. PDF) i popraw ścieżkę',
      'content/strony/proba.md · link „/pliki/strona.html” (treść, wiersz 10): plik content/pliki/strona.html nie może być opublikowany: strona internetowa (.html) może zawierać skrypty, więc serwis jej nie publikuje; zapisz treść w jednym z publikowanych formatów (np. PDF) i popraw ścieżkę',
      'content/strony/proba.md · obraz „/pliki/formularz-zewnetrzny.pdf” (treść, wiersz 12): plik content/pliki/formularz-zewnetrzny.pdf nie jest obrazem; użyj obrazu w jednym z formatów: png, jpg, jpeg, webp, avif, gif, svg',
    ]);
  });

  it('refuses an SVG image that is not valid XML', () => {
    const { content } = fixtureCopy();
    writeFileSync(join(content, 'pliki', 'zly.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>');
    page(content, '![Zły](/pliki/zly.svg)');
    expect(messages(content)).toEqual([
      'content/strony/proba.md · obraz „/pliki/zly.svg” (treść, wiersz 6): plik content/pliki/zly.svg nie jest poprawnym plikiem SVG (błąd składni XML); wyeksportuj go ponownie z programu graficznego',
    ]);
  });

  it('accepts a file name with Polish letters and spaces written percent-encoded', () => {
    const { content } = fixtureCopy();
    cpSync(join(content, 'pliki', 'schemat.png'), join(content, 'pliki', 'mój schemat.png'));
    page(content, '![Schemat](/pliki/m%C3%B3j%20schemat.png)');
    expect(messages(content)).toEqual([]);
  });
});

describe('link protocols', () => {
  it.each(['https://example.org/', 'http://example.org/', 'mailto:a@example.org', 'tel:+48420000000', '/modele/', '#tresc', 'MAILTO:a@example.org'])('accepts %s', (url) => {
    expect(protocolProblem(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    [' java\tscript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %s', (url, scheme) => {
    expect(protocolProblem(url)).toBe(
      `adres typu „${scheme}:” jest niedozwolony (serwis przyjmuje tylko adresy https://, http://, mailto:, tel: i adresy stron serwisu od ukośnika); usuń ten odnośnik albo wpisz pełny adres strony z https://`,
    );
  });

  it('refuses javascript: in an inline link, a reference-style link, an autolink and a data: image', () => {
    const { content } = fixtureCopy();
    page(content, ['[a](javascript:alert(1))', '', '[b][j]', '', '[j]: javascript:alert(2)', '', '<javascript:alert(3)>', '', '[c](<data:text/html,x>)'].join('\n'));
    const fix = '(serwis przyjmuje tylko adresy https://, http://, mailto:, tel: i adresy stron serwisu od ukośnika); usuń ten odnośnik albo wpisz pełny adres strony z https://';
    expect(messages(content)).toEqual([
      `content/strony/proba.md · link „javascript:alert(1)” (treść, wiersz 6): adres typu „javascript:” jest niedozwolony ${fix}`,
      `content/strony/proba.md · link „javascript:alert(2)” (treść, wiersz 10): adres typu „javascript:” jest niedozwolony ${fix}`,
      `content/strony/proba.md · link „javascript:alert(3)” (treść, wiersz 12): adres typu „javascript:” jest niedozwolony ${fix}`,
      `content/strony/proba.md · link „data:text/html,x” (treść, wiersz 14): adres typu „data:” jest niedozwolony ${fix}`,
    ]);
  });

  it('refuses a javascript: address in the settings', () => {
    const { content } = fixtureCopy();
    replace(join(content, 'ustawienia.yaml'), 'www: https://example.org/', 'www: "javascript:alert(1)//example.org/"');
    replace(join(content, 'ustawienia.yaml'), 'pjm: https://example.org/informacja-w-pjm', 'pjm: "javascript:alert(1)"');
    expect(messages(content)).toEqual([
      'content/ustawienia.yaml · pole „instytucja → www”: „javascript:alert(1)//example.org/” nie jest adresem strony; podaj pełny adres z https://, np. https://www.przyklad.pl/',
      'content/ustawienia.yaml · pole „dostepnosc → pjm”: wpisz adres strony z informacją w polskim języku migowym, np. https://www.przyklad.pl/pjm',
    ]);
  });

  it('accepts a reference-style link to a page of the site and a raw web address', () => {
    const { content } = fixtureCopy();
    page(content, '[model][m] i https://example.org/strona\n\n[m]: /modele/gminy-wiejskie/');
    expect(messages(content)).toEqual([]);
  });
});
