import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFile, UncheckableFile } from '../../src/safety/clean.ts';
import { stripActiveContent, strippedLine } from '../../src/safety/pdf.ts';
import { sanitizeSvg } from '../../src/safety/svg.ts';
import { ACTIVE, KINDS, plantedPdf, qdf as qdfIn } from '../support/active-content.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const work = mkdtempSync(join(tmpdir(), 'koop-sanitise-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SVG = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${inner}<rect id="r" width="5" height="5" fill="#003399"/></svg>`;

function clean(svg: string): { svg: string; removed: string[] } {
  const r = sanitizeSvg(svg);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('SVG files', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '', ['element <script>'], /script|alert/],
    ['an onload handler', '', ' onload="alert(1)"', ['atrybut „onload”'], /onload|alert/],
    ['a foreignObject with HTML', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://example.org"/></div></foreignObject>', '', ['element <foreignObject>'], /foreignObject|iframe/],
    ['an image from another site', '<image href="https://example.org/x.png" width="1" height="1"/>', '', ['odwołanie do „https://example.org/x.png”'], /example\.org/],
    ['an image from a local file', '<image xlink:href="file:///etc/passwd" width="1" height="1"/>', '', ['odwołanie do „file:///etc/passwd”'], /passwd/],
    ['a use of another file', '<use href="inne.svg#logo"/>', '', ['odwołanie do „inne.svg#logo”'], /inne\.svg/],
    ['a javascript: link', '<a href="javascript:alert(1)"><circle r="1"/></a>', '', ['odwołanie do „javascript:alert(1)”'], /javascript/],
    ['a style importing another file', '<style>@import url(https://example.org/a.css); rect{fill:red}</style>', '', ['styl wczytujący inne pliki'], /@import|example/],
    ['a style attribute loading a remote image', '<circle r="1" style="fill:url(https://example.org/a.png)"/>', '', ['styl wczytujący inne pliki'], /example/],
    ['a CSS escape spelling url(', '<style>rect{background:\\75 rl(https://example.org/a.png)}</style>', '', ['styl wczytujący inne pliki'], /example/],
    ['an animation that sets an event handler', '<set attributeName="onclick" to="alert(1)"/>', '', ['element <set>'], /onclick|alert/],
  ])('loses %s', (_name, inner, attrs, removed, gone) => {
    const r = clean(SVG(inner, attrs));
    expect(r.removed).toEqual(removed);
    expect(r.svg).not.toMatch(gone);
    expect(r.svg).toContain('<rect id="r" width="5" height="5" fill="#003399"/>');
  });

  it('keeps references inside the file, embedded raster images and harmless styles', () => {
    const inner =
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fc0"/></linearGradient></defs><style>.a{fill:url(#g)}</style>' +
      '<use href="#r"/><use xlink:href="#r"/><image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><circle class="a" r="1" style="fill:url(#g)"/>';
    const r = clean(SVG(inner));
    expect(r.removed).toEqual([]);
    for (const kept of ['<style>.a{fill:url(#g)}</style>', '<use href="#r"/>', '<use xlink:href="#r"/>', 'xlink:href="data:image/png;base64,iVBORw0KGgo="', 'style="fill:url(#g)"']) {
      expect(r.svg).toContain(kept);
    }
  });

  it('leaves the project’s logo strip unchanged in what it shows', () => {
    const r = clean(readFileSync(join(FIXTURE, 'pliki/logotypy/fundusze-europejskie-power.svg'), 'utf8'));
    expect(r.removed).toEqual([]);
  });

  it('refuses an external entity instead of reading the file it names', () => {
    const r = sanitizeSvg('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>');
    expect(r).toEqual({ ok: false, message: 'nie jest poprawnym plikiem SVG (błąd składni XML); wyeksportuj go ponownie z programu graficznego' });
  });

  it('does not expand nested entities (no „billion laughs”)', () => {
    const ents = ['<!ENTITY a0 "xxxxxxxxxx">', ...Array.from({ length: 8 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)];
    const r = sanitizeSvg(`<!DOCTYPE svg [${ents.join('')}]><svg xmlns="http://www.w3.org/2000/svg"><text>&a8;</text></svg>`);
    expect(r.ok && r.svg.length).toBeLessThan(1000);
  });

  it('refuses a file that is not an SVG', () => {
    expect(sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>')).toEqual({
      ok: false,
      message: 'nie jest plikiem SVG (brak elementu <svg>); wyeksportuj go ponownie z programu graficznego',
    });
  });
});

const qdf = (bytes: Uint8Array, name: string) => qdfIn(bytes, name, work);

describe('attached PDF files', () => {
  it.each(KINDS)('lose %s, and the build log says so', async (name, plant, removed) => {
    const doc = await plantedPdf(plant);
    expect(qdf(await doc.save({ useObjectStreams: false }), `${name}-before`)).toMatch(ACTIVE);
    expect(stripActiveContent(doc)).toEqual(removed);
    const after = qdf(await doc.save({ useObjectStreams: false }), name);
    expect(after).not.toMatch(ACTIVE);
    expect(after).toContain('(https://example.org/regulamin)');
    expect(doc.getPageCount()).toBe(1);
  });

  it('lose everything at once, and keep their web links and pages', async () => {
    const doc = await plantedPdf(async (d, page) => {
      for (const [, plant] of KINDS) await plant(d, page);
    });
    expect(strippedLine('content/pliki/zlo.pdf', stripActiveContent(doc))).toBe(
      'content/pliki/zlo.pdf: usunięto aktywną zawartość – akcja przy otwarciu dokumentu, akcje uruchamiane przy otwarciu strony lub użyciu pola formularza, formularz XFA, import danych z innych plików, multimedia (RichMedia, 3D, filmy, dźwięki), odnośniki o niedozwolonym adresie, odnośniki otwierające inne pliki, osadzone pliki, polecenia uruchomienia programu, skrypty JavaScript, wysyłanie formularza na zewnętrzny adres; serwis i pakiety PDF zawierają wersję bez niej',
    );
    const after = qdf(await doc.save({ useObjectStreams: false }), 'all');
    expect(after).not.toMatch(ACTIVE);
    expect(after).toContain('(https://example.org/regulamin)');
  });

  it('are published byte for byte when they hold no active content', async () => {
    const file = join(FIXTURE, 'pliki', 'formularz-zewnetrzny.pdf');
    const clean = await cleanFile(file);
    expect(clean.removed).toEqual([]);
    expect(Buffer.from(clean.bytes).equals(readFileSync(file))).toBe(true);
  });

  it('are never published when encrypted or broken, since their content cannot be checked', async () => {
    const encrypted = cleanFile(resolve(import.meta.dirname, '../fixtures/attachments/zaszyfrowany.pdf'));
    await expect(encrypted).rejects.toThrow(UncheckableFile);
    await expect(encrypted).rejects.toThrow('jest zaszyfrowany (chroniony hasłem), więc nie da się sprawdzić, czy nie zawiera skryptów; zapisz go ponownie bez zabezpieczeń i podmień plik');
    const broken = join(work, 'uszkodzony.pdf');
    writeFileSync(broken, '%PDF-1.7 uszkodzony');
    await expect(cleanFile(broken)).rejects.toThrow('nie jest poprawnym plikiem PDF (jest uszkodzony albo ma inny format), więc nie da się sprawdzić jego zawartości; wyeksportuj go ponownie do PDF i podmień plik');
  });

  it('are published without their active content', async () => {
    const file = join(work, 'zlo.pdf');
    writeFileSync(file, await (await plantedPdf(KINDS[0]![1])).save());
    const clean = await cleanFile(file);
    expect(clean.removed).toEqual(['akcja przy otwarciu dokumentu', 'skrypty JavaScript']);
    expect(qdf(clean.bytes, 'published')).not.toMatch(ACTIVE);
    const file2 = join(work, 'published-check.pdf');
    writeFileSync(file2, clean.bytes);
    expect(spawnSync('qpdf', ['--check', file2], { encoding: 'utf8' }).status).toBe(0);
  });
});
