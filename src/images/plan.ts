/**
 * Which sizes and formats a photo in a body gets on the site, and their
 * names: pure decisions, no image library. Files are named by a hash of the
 * source bytes, so a changed photo gets new addresses and browsers never keep
 * a stale copy.
 */
import { LIMITS } from '../content/limits.ts';

/** Widths (px) made for the site; a photo is never enlarged. */
export const SITE_WIDTHS = [480, 960, 1600] as const;
/** Width (px) of photos in the PDFs: about 200 dpi across the printed column. */
export const PDF_WIDTH = 1400;
/** Photos larger than this are refused: the content limit, so check and build agree. */
export const MAX_SOURCE_PIXELS = LIMITS.imagePixels;
/** Where derived images are published. */
export const IMAGES_DIR = 'obrazy';

/** Raster formats that are resized; SVG and others are published as they are. */
export function isResizable(url: string): boolean {
  return /\.(jpe?g|png|webp|avif|tiff?)$/i.test(url);
}

/** The widths to make for a photo `sourceWidth` px wide. */
export function widthsFor(sourceWidth: number): number[] {
  const widths: number[] = SITE_WIDTHS.filter((w) => w < sourceWidth);
  const largest = Math.min(sourceWidth, Math.max(...SITE_WIDTHS));
  if (!widths.includes(largest)) widths.push(largest);
  return widths;
}

/**
 * The format for browsers without WebP and for the PDFs: a PNG (a drawing,
 * a diagram, maybe transparent) and an SVG stay PNG, so lines stay sharp;
 * photos (JPEG and the rest) become JPEG.
 */
export function fallbackFormat(sourceFormat: string | undefined): 'png' | 'jpeg' {
  return sourceFormat === 'png' || sourceFormat === 'svg' ? 'png' : 'jpeg';
}

/** „/obrazy/3f2a…-960.webp”. */
export function variantPath(hash: string, width: number, format: 'webp' | 'png' | 'jpeg'): string {
  return `/${IMAGES_DIR}/${hash}-${width}.${format === 'jpeg' ? 'jpg' : format}`;
}

export interface ImageVariant {
  readonly width: number;
  /** Site path, e.g. /obrazy/3f2a…-960.webp. */
  readonly path: string;
}

/** What the site needs to write a <picture> for one body image. */
export interface SiteImage {
  readonly width: number;
  readonly height: number;
  readonly webp: readonly ImageVariant[];
  readonly fallback: readonly ImageVariant[];
  readonly fallbackType: 'image/png' | 'image/jpeg';
}
