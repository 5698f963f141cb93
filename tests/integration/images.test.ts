import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../../scripts/lib/pages.ts';

const { fixture, fixtureSubPath } = inject('sites');

describe('images in the built site', () => {
  it.each([
    ['at the root', fixture],
    ['under a sub-path', fixtureSubPath],
  ])('shows every body image %s as <picture> with WebP and fallback sizes that exist in dist/obrazy/, with width and height', (_name, site) => {
    const pages = readPages(site.dir, site.base);
    const pictures = pages.flatMap((p) => p.dom.querySelectorAll('main picture').map((el) => ({ url: p.url, el })));
    expect(pictures.length).toBeGreaterThan(0);
    for (const { url, el } of pictures) {
      const img = el.querySelector('img')!;
      expect(el.querySelector('source')?.getAttribute('type'), url).toBe('image/webp');
      expect(Number(img.getAttribute('width')), url).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height')), url).toBeGreaterThan(0);
      expect(img.getAttribute('alt')?.trim(), url).toBeTruthy();
      const files = [img.getAttribute('src')!, ...[el.querySelector('source')!, img].flatMap((n) => n.getAttribute('srcset')!.split(', ').map((s) => s.split(' ')[0]!))];
      for (const file of files) {
        expect(file.startsWith(`${site.base}obrazy/`), file).toBe(true);
        expect(existsSync(join(site.dir, file.slice(site.base.length))), file).toBe(true);
      }
    }
    // No photo from /pliki/ is shown as it is: each goes through <picture>.
    const unprepared = pages.flatMap((p) => p.dom.querySelectorAll('main img').map((img) => `${p.url} ${img.getAttribute('src')}`)).filter((s) => s.includes(`${site.base}pliki/`));
    expect(unprepared).toEqual([]);
  });
});
