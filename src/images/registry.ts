/**
 * The prepared body images of the current build, by the URL editors wrote
 * (/pliki/zdjecie.jpg). Filled by the images integration before pages are
 * rendered; kept on globalThis because Astro renders pages from its own
 * copies of the modules. Empty in `npm run dev`: photos are shown as they are.
 */
import type { SiteImage } from './plan.ts';

const KEY = Symbol.for('kooperacje.site-images');

function registry(): Map<string, SiteImage> {
  const g = globalThis as { [KEY]?: Map<string, SiteImage> };
  return (g[KEY] ??= new Map());
}

export function registerImages(images: ReadonlyMap<string, SiteImage>): void {
  registry().clear();
  for (const [url, image] of images) registry().set(url, image);
}

export function siteImage(url: string): SiteImage | undefined {
  return registry().get(url);
}
