/**
 * A body image as <picture>: WebP sizes for browsers that take them, the
 * JPEG/PNG sizes for the rest, width and height so the page does not jump
 * while it loads. Used by the site's Markdown renderer.
 */
import type { Element } from 'hast';
import { withBase } from '../content/urls.ts';
import type { ImageVariant, SiteImage } from './plan.ts';

/** The body column is at most 46rem wide (.prose in site.css); on phones the image takes the screen's width. */
export const SIZES = '(min-width: 48rem) 46rem, 100vw';

const srcset = (variants: readonly ImageVariant[], base: string) => variants.map((v) => `${withBase(base, v.path)} ${v.width}w`).join(', ');

export function pictureElement(image: SiteImage, alt: string, base: string): Element {
  // The default source is the middle size: good enough where srcset is not read.
  const middle = image.fallback[Math.min(1, image.fallback.length - 1)]!;
  return {
    type: 'element',
    tagName: 'picture',
    properties: {},
    children: [
      { type: 'element', tagName: 'source', properties: { type: 'image/webp', srcSet: srcset(image.webp, base), sizes: SIZES }, children: [] },
      {
        type: 'element',
        tagName: 'img',
        properties: {
          src: withBase(base, middle.path),
          srcSet: srcset(image.fallback, base),
          sizes: SIZES,
          alt,
          width: image.width,
          height: image.height,
          loading: 'lazy',
          decoding: 'async',
        },
        children: [],
      },
    ],
  };
}
