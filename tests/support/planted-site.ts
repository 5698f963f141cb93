/**
 * The fourth test site: a copy of the fixture content with every fault the
 * build must survive planted at once, built in the background after the
 * three main sites (tests/support/build-sites.ts), outside the project and
 * under the sub-path its address names. One build serves three test files:
 * - content-trust: junk files, a scripted SVG, a PDF with active content;
 * - output-safety: a site name with XML-special characters, and an output
 *   folder on another file system than the project;
 * - logo-strip: a JPEG logo strip larger than the PDFs may embed;
 * - long-lists: lists long enough to be split into pages and cut short
 *   (LONG_LISTS generated entries of the benchmark's kind besides the fixture's),
 *   and a meeting a hurried editor named „strona.md”, beside the list's
 *   later pages /spotkania/strona/2/…
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { KINDS, plantedPdf } from './active-content.ts';
import { generateContent } from '../../scripts/lib/generate-content.ts';

/** What the planted build printed and how it ended; written next to the site when it is done. */
export interface PlantedRun {
  readonly status: number | null;
  readonly log: string;
}

export interface PlantedSite {
  /** The folder the site is built into (`serwis` inside `parent`). */
  readonly dir: string;
  /** A folder of its own, on another file system than the project where one exists, that must end up holding only the site. */
  readonly parent: string;
  readonly content: string;
  readonly base: string;
}

export const PLANTED_NAME = 'Kooperacje & <Partnerzy> "3D"';
export const PLANTED_ADDRESS = 'https://www.przyklad.pl/projekt-kooperacje-3d/';
export const PLANTED_BASE = '/projekt-kooperacje-3d/';
/** The solid colour and size of the planted JPEG strip (wider than the 960 pixels a PDF embeds). */
export const STRIP = { colour: { r: 200, g: 0, b: 0 }, width: 1200, height: 160, file: 'pasek.jpg' } as const;
export const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><foreignObject><p>x</p></foreignObject><image href="https://example.org/x.png"/><rect width="10" height="10" fill="#036"/></svg>';

/** /dev/shm is another file system than the project where it exists: the build's swap then copies. */
export function outsideParent(root: string): string {
  return existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(root).dev ? '/dev/shm' : tmpdir();
}

/**
 * Entries generated besides the fixture's: enough for more than one page of
 * meetings, recommendations and tools, and for a model's recommendations and
 * a stage's tools to be cut short (src/content/paging.ts).
 */
export const LONG_LISTS = 120;
/** A meeting's file name that is also the folder of the meetings list's later pages. */
export const STRONA_SLUG = 'strona';

/** Copies `fixture` into `content` with LONG_LISTS generated entries and plants every fault listed above. */
export async function plantContent(fixture: string, content: string): Promise<void> {
  generateContent(fixture, content, LONG_LISTS);
  const meeting = readFileSync(join(content, 'spotkania', '2021-06-15-spotkanie.md'), 'utf8');
  writeFileSync(join(content, 'spotkania', `${STRONA_SLUG}.md`), meeting.replace(/^tytul: .*$/m, 'tytul: Spotkanie zapisane w pliku strona.md'));
  const pliki = join(content, 'pliki');
  writeFileSync(join(pliki, '.env'), 'HASLO=tajne');
  mkdirSync(join(pliki, '.git'));
  writeFileSync(join(pliki, '.git', 'config'), '[remote "origin"]');
  writeFileSync(join(pliki, '~$umowa.docx'), 'lock');
  writeFileSync(join(pliki, '.~lock.tabela.ods#'), 'lock');
  writeFileSync(join(pliki, 'strona.html'), '<script>alert(1)</script>');
  writeFileSync(join(pliki, 'program.exe'), 'MZ');
  writeFileSync(join(pliki, 'dane-osobowe.xlsx'), 'PK');
  writeFileSync(join(pliki, 'wykres.svg'), SCRIPTED_SVG);
  const doc = await plantedPdf(async (d, page) => {
    for (const [, plant] of KINDS) await plant(d, page);
  });
  writeFileSync(join(pliki, 'formularz-zewnetrzny.pdf'), await doc.save());
  const tool = join(content, 'narzedzia', 'deklaracja.md');
  writeFileSync(tool, `${readFileSync(tool, 'utf8')}\n![Wykres udziału instytucji](/pliki/wykres.svg)\n`);

  await plantStrip(content, 'jpg', STRIP.width, STRIP.height);
  const settings = join(content, 'ustawienia.yaml');
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8')
      .replace('  nazwa: Projekt – Kooperacje 3D', `  nazwa: '${PLANTED_NAME}'`)
      .replace('adres: https://example.org/projekt-kooperacje-3d/', `adres: ${PLANTED_ADDRESS}`),
  );
}

/** Puts a solid strip of STRIP's colour, `width`×`height` pixels in `format`, into `content` and names it in the settings. */
export async function plantStrip(content: string, format: 'png' | 'jpg', width: number, height: number): Promise<void> {
  const image = sharp({ create: { width, height, channels: 3, background: STRIP.colour } });
  writeFileSync(join(content, 'pliki', 'logotypy', `pasek.${format}`), await (format === 'png' ? image.png() : image.jpeg()).toBuffer());
  const settings = join(content, 'ustawienia.yaml');
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8')
      .replace(/plik: \/pliki\/logotypy\/.*$/m, `plik: /pliki/logotypy/pasek.${format}`)
      .replace(/szerokosc: \d+/, `szerokosc: ${width}`)
      .replace(/wysokosc: \d+/, `wysokosc: ${height}`),
  );
}
