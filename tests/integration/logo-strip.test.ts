/**
 * The logo strip in every format the settings accept (SVG, PNG, JPEG): one
 * loader (src/graphics/strip.ts) feeds the PDFs, the cover thumbnails and the
 * share cards, and the site shows the published copy. A raster strip used to
 * break the PDF build, which read every strip as SVG text.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/index.ts';
import { bundlesOf, DOWNLOADS_DIR, toolPdfPath } from '../../src/content/bundles.ts';
import { buildToolkits } from '../../src/toolkit/build.ts';
import { plantedBuilt, ROOT } from '../support/build-sites.ts';
import { plantStrip, STRIP } from '../support/planted-site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/basic/content');
const RED = STRIP.colour;

/** A fixture copy whose settings name a solid red strip of `width`×`height` pixels in `format`. */
async function contentWithStrip(work: string, format: 'png' | 'jpg', width: number, height: number): Promise<string> {
  const dir = join(work, `content-${format}`);
  cpSync(FIXTURE, dir, { recursive: true });
  await plantStrip(dir, format, width, height);
  return dir;
}

function loaded(dir: string): Content {
  const result = loadContent(dir);
  if (!result.ok) throw new Error(`fixture copy must be valid: ${JSON.stringify(result.problems)}`);
  return result.content;
}

/** Width×height of every image on the first page of a PDF, as poppler lists them. */
function firstPageImages(file: string): string[] {
  const rows = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', file], { encoding: 'utf8' }).split('\n').slice(2);
  return rows.filter((r) => r.trim()).map((r) => r.trim().split(/\s+/).slice(3, 5).join('×'));
}

describe('a raster logo strip', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'koop-pasek-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['PNG', 'png', 600, 80, '600×80'],
    ['JPEG', 'jpg', 1800, 240, '960×128'],
  ] as const)('in %s builds every PDF with the strip as the first page’s image, at most 960 pixels wide', async (_name, format, width, height, embedded) => {
    const content = loaded(await contentWithStrip(work, format, width, height));
    const out = join(work, `pdf-${format}`);
    const result = await buildToolkits(content, out);
    expect(result.problems).toEqual([]);
    const files = [...bundlesOf(content).map((b) => b.path), ...content.tools.map((t) => toolPdfPath(t))];
    expect(files.length).toBeGreaterThan(2);
    for (const path of files) expect(firstPageImages(join(out, path)), path).toContain(embedded);
  });

  it('in JPEG reaches the site as the published file, the PDFs, the cover thumbnails and the share cards', async () => {
    // The planted site (tests/support/planted-site.ts) names a JPEG strip of STRIP's size, under its sub-path.
    const planted = inject('planted');
    const result = await plantedBuilt();
    expect(result.status, result.log).toBe(0);
    const content = planted.content;
    const dist = planted.dir;
    expect(readFileSync(join(dist, `pliki/logotypy/${STRIP.file}`)).equals(readFileSync(join(content, `pliki/logotypy/${STRIP.file}`)))).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`<img src="${planted.base}pliki/logotypy/${STRIP.file}"`);
    const bundle = bundlesOf(loaded(content))[0]!;
    expect(firstPageImages(join(dist, bundle.path))).toContain('960×128');
    // The cover thumbnail and a card show the strip's red where the strip sits (top left).
    const thumbnail = readdirSync(join(dist, DOWNLOADS_DIR), { recursive: true }).map(String).find((f) => /\.(png|webp|jpg)$/.test(f))!;
    const card = readdirSync(join(dist, 'karty')).find((f) => f.endsWith('.png'))!;
    for (const [image, x, y] of [[join(dist, DOWNLOADS_DIR, thumbnail), 0.3, 0.08], [join(dist, 'karty', card), 0.25, 0.12]] as const) {
      const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (Math.round(y * info.height) * info.width + Math.round(x * info.width)) * 3;
      expect([...data.subarray(at, at + 3)], image).toEqual([expect.closeTo(RED.r, -1.5), expect.closeTo(0, -1.5), expect.closeTo(0, -1.5)]);
    }
  });
});
