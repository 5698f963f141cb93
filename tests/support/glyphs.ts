/**
 * Proof that SVG text is drawn with Noto Sans from npm and not as boxes
 * („tofu”): the same text is drawn twice, once as <text> by librsvg through
 * fontconfig, once as the font's own glyph outlines (fontkit), and the inked
 * pixels of both are compared. Any other font, a missing glyph's box or
 * letters without their diacritics overlap the outlines far less.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { escapeXml } from '../../src/graphics/svg.ts';
import { parsedFonts } from '../../src/graphics/fonts.ts';
import { ROOT } from './build-sites.ts';

const W = 1400;
const H = 160;
const SIZE = 64;
const X = 20;
const BASELINE = 100;

const frame = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#fff"/>${inner}</svg>`;

/** `text` as SVG text in Noto Sans, as the share cards set it. */
export function textSvg(text: string): string {
  return frame(`<text x="${X}" y="${BASELINE}" font-family="Noto Sans" font-size="${SIZE}">${escapeXml(text)}</text>`);
}

/** `text` as the outlines of Noto Sans Regular's glyphs, laid out by fontkit: what the text must look like. */
export function outlineSvg(text: string): string {
  const font = parsedFonts().regular;
  const run = font.layout(text);
  const scale = SIZE / font.unitsPerEm;
  let x = X;
  const paths = run.glyphs.map((glyph, i) => {
    const pos = run.positions[i]!;
    const d = glyph.path.scale(scale, -scale).translate(x + pos.xOffset * scale, BASELINE - pos.yOffset * scale).toSVG();
    x += pos.xAdvance * scale;
    return d;
  });
  return frame(`<path d="${paths.join(' ')}"/>`);
}

/**
 * Renders an SVG to PNG with sharp in a fresh Node process, where fontconfig
 * starts from `env` (FONTCONFIG_FILE unset: the project's own setup).
 */
export function renderInChild(svg: string, env: NodeJS.ProcessEnv): Buffer {
  return execFileSync(process.execPath, [join(ROOT, 'tests/support/render-svg.ts')], { input: svg, env, maxBuffer: 64 * 1024 * 1024 });
}

/** Pixels darker than mid-grey. */
async function ink(png: Buffer): Promise<Uint8Array> {
  const sharp = (await import('sharp')).default;
  const data = await sharp(png).greyscale().raw().toBuffer();
  return Uint8Array.from(data, (v) => (v < 128 ? 1 : 0));
}

/** Inked pixels both images share, over those either has (1 = identical ink). */
export async function inkOverlap(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([ink(a), ink(b)]);
  let both = 0;
  let either = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] && y[i]) both++;
    if (x[i] || y[i]) either++;
  }
  return either === 0 ? 1 : both / either;
}
