/**
 * Makes the site's sizes of every photo in the bodies with sharp: WebP and a
 * JPEG (or PNG, when transparent) fallback at the widths of plan.ts, turned
 * upright by their EXIF orientation and stripped of metadata. Each file is
 * made once and kept in the cache folder by the source's hash, so a rebuild
 * only copies it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ContentProblem } from '../content/problems.ts';
import { MAX_SOURCE_PIXELS, fallbackFormat, variantPath, widthsFor, type SiteImage } from './plan.ts';

/** Bump when the encoding settings change: every cached file is made anew. */
const RECIPE_VERSION = 1;

export interface ImageUse {
  /** As written in the body: /pliki/zdjecie.jpg. */
  readonly url: string;
  /** The content file that shows it, for messages. */
  readonly file: string;
}

export interface PreparedImages {
  readonly images: Map<string, SiteImage>;
  /** Site path of each derived file → the file in the cache. */
  readonly files: Map<string, string>;
  readonly problems: ContentProblem[];
  /** Files made in this run and files reused from the cache. */
  readonly made: number;
  readonly reused: number;
}

export async function prepareSiteImages(contentDir: string, uses: readonly ImageUse[], cacheDir: string): Promise<PreparedImages> {
  const sharp = (await import('sharp')).default;
  const images = new Map<string, SiteImage>();
  const files = new Map<string, string>();
  const problems: ContentProblem[] = [];
  let made = 0;
  let reused = 0;
  mkdirSync(cacheDir, { recursive: true });

  for (const { url, file } of uses) {
    if (images.has(url)) continue;
    const where = `obraz „${url}”`;
    let bytes: Buffer;
    let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
    try {
      bytes = readFileSync(join(contentDir, url));
      meta = await sharp(bytes).metadata();
    } catch {
      problems.push({ file, where, message: 'pliku nie da się odczytać jako obrazu (jest uszkodzony albo ma złe rozszerzenie); zapisz go ponownie jako JPEG albo PNG' });
      continue;
    }
    // Orientations 5–8 turn the photo by 90°: width and height swap once it is upright.
    const turned = (meta.orientation ?? 1) >= 5;
    const width = (turned ? meta.height : meta.width) ?? 0;
    const height = (turned ? meta.width : meta.height) ?? 0;
    if (width * height > MAX_SOURCE_PIXELS) {
      problems.push({ file, where, message: `zdjęcie ma ${width}×${height} pikseli, więcej niż ${MAX_SOURCE_PIXELS / 1_000_000} milionów; zmniejsz je (wystarczy 3000 pikseli szerokości)` });
      continue;
    }
    const hash = createHash('sha256').update(`${RECIPE_VERSION}\n`).update(bytes).digest('hex').slice(0, 16);
    const fallback = fallbackFormat(meta.format);
    const widths = widthsFor(width);
    const make = async (w: number, format: 'webp' | 'png' | 'jpeg') => {
      const path = variantPath(hash, w, format);
      const cached = join(cacheDir, basename(path));
      files.set(path, cached);
      if (existsSync(cached)) {
        reused++;
        return { width: w, path };
      }
      const resized = sharp(bytes).rotate().resize({ width: w, withoutEnlargement: true });
      const encoded =
        format === 'webp' ? resized.webp({ quality: 75 }) : format === 'png' ? resized.png({ compressionLevel: 9, palette: true }) : resized.jpeg({ quality: 78, mozjpeg: true });
      // Write under a temporary name first: an interrupted build never leaves half a file in the cache.
      const partial = `${cached}.${process.pid}.tmp`;
      await encoded.toFile(partial);
      renameSync(partial, cached);
      made++;
      return { width: w, path };
    };
    const webp = [];
    const fallbacks = [];
    for (const w of widths) {
      webp.push(await make(w, 'webp'));
      fallbacks.push(await make(w, fallback));
    }
    const largest = widths[widths.length - 1]!;
    images.set(url, {
      width: largest,
      height: Math.round((height * largest) / width),
      webp,
      fallback: fallbacks,
      fallbackType: fallback === 'png' ? 'image/png' : 'image/jpeg',
    });
  }
  return { images, files, problems, made, reused };
}

/** A body image for a PDF: upright, at most `maxWidth` wide; photos as JPEG (a fraction of PNG's size), PNG and SVG drawings as PNG. */
export async function pdfImage(path: Buffer | string, maxWidth: number): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const image = sharp(path, { density: 200 });
  const meta = await image.metadata();
  const resized = image.rotate().resize({ width: maxWidth, withoutEnlargement: true });
  if (fallbackFormat(meta.format) === 'png') return resized.png().toBuffer();
  return resized.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}
