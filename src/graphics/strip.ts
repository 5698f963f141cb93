/**
 * The EU logo strip (settings → logotypy.plik), loaded once for everything
 * that draws it: its clean bytes (an SVG sanitised, src/safety/) in any
 * format the settings accept, as a data URI for SVG documents (share cards,
 * PDF cover thumbnails; their renderer draws only SVG, PNG and JPEG, so
 * `drawableStrip` turns a WebP, AVIF or GIF strip into PNG), with its
 * proportions and a fingerprint of the file that goes into every card's key. The site shows the published clean copy
 * at /pliki/… (src/integrations/content-files.ts); the PDFs draw a raster of
 * these bytes (src/toolkit/build.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import type { SettingsData } from '../content/schemas/settings.ts';
import { imageInput } from '../safety/clean.ts';
import { extensionOf, publishedType } from '../safety/file-types.ts';
import { contentFile } from '../safety/paths.ts';
import { createHash } from 'node:crypto';

/** The logo strip as an image an SVG can embed. */
export interface StripImage {
  /** A data: URI of the strip file. */
  readonly href: string;
  /** Width divided by height. */
  readonly ratio: number;
}

export interface LoadedStrip extends StripImage {
  /** A short fingerprint of the file's bytes; it goes into every card's key. */
  readonly fingerprint: string;
  /** The clean bytes: the sanitised SVG, or the raster file as it is. */
  readonly bytes: Buffer;
  /** True for an SVG strip (drawn from vectors), false for PNG, JPEG and other rasters. */
  readonly vector: boolean;
  /** True when `href` holds a type every SVG renderer here draws (SVG, PNG, JPEG). */
  readonly embeddable: boolean;
}

function fingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** Image types an SVG's <image> may hold in every renderer the build uses (librsvg through sharp). */
const EMBEDDABLE = new Set(['svg', 'png', 'jpg', 'jpeg']);

let cached: { file: string; mtime: number; strip: LoadedStrip } | undefined;

/** Reads the strip named in the settings; read once per file version, as every page's layout asks for its fingerprint. */
export function loadStrip(contentDir: string, logotypy: SettingsData['logotypy']): LoadedStrip {
  const file = contentFile(contentDir, logotypy.plik);
  const mtime = statSync(file).mtimeMs;
  if (cached?.file === file && cached.mtime === mtime) return cached.strip;
  const bytes = readFileSync(file);
  const input = imageInput(contentDir, logotypy.plik);
  const clean = typeof input === 'string' ? bytes : input;
  const ext = extensionOf(file);
  const strip = {
    href: `data:${publishedType(file)?.mime ?? 'application/octet-stream'};base64,${clean.toString('base64')}`,
    ratio: logotypy.szerokosc / logotypy.wysokosc,
    fingerprint: fingerprint(bytes),
    bytes: clean,
    vector: ext === 'svg',
    embeddable: EMBEDDABLE.has(ext),
  };
  cached = { file, mtime, strip };
  return strip;
}

/** The strip with a data URI every SVG renderer here draws: a WebP, AVIF or GIF strip as PNG, the others as they are. */
export async function drawableStrip(strip: LoadedStrip): Promise<LoadedStrip> {
  if (strip.embeddable) return strip;
  const sharp = (await import('sharp')).default;
  const png = await sharp(strip.bytes).png().toBuffer();
  return { ...strip, href: `data:image/png;base64,${png.toString('base64')}`, embeddable: true };
}
