import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, type Content } from '../../src/content/index.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { fallbackFormat, widthsFor } from '../../src/images/plan.ts';
import { pdfImage, prepareSiteImages } from '../../src/images/prepare.ts';
import { registerImages } from '../../src/images/registry.ts';
import { renderMarkdown } from '../../src/site/lib/markdown-html.ts';
import { buildToolkits } from '../../src/toolkit/build.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const PHOTO = '/pliki/zdjecie-ze-spotkania.jpg';

/** A 4000×3000 photo-like JPEG (smooth colour with fine grain) of several megabytes, as a phone would save it. */
async function makePhoto(file: string): Promise<void> {
  const [w, h] = [4000, 3000];
  const small = Buffer.alloc(400 * 300 * 3);
  for (let i = 0; i < small.length; i++) small[i] = (128 + 100 * Math.sin(i / 997) + 27 * Math.sin(i * 7.3)) | 0;
  const grain = Buffer.alloc(w * h);
  for (let i = 0; i < grain.length; i++) grain[i] = (Math.sin(i * 12.9898) * 43758.5453 % 1 + 1) * 40;
  const base = await sharp(small, { raw: { width: 400, height: 300, channels: 3 } }).resize(w, h, { kernel: 'cubic' }).raw().toBuffer();
  for (let i = 0; i < base.length; i++) base[i] = Math.min(255, base[i]! + grain[Math.floor(i / 3)]! - 20);
  await sharp(base, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 97, chromaSubsampling: '4:4:4' }).toFile(file);
}

let work: string;
let content: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'koop-img-'));
  content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  await makePhoto(join(content, PHOTO));
}, 60_000);
afterAll(() => {
  registerImages(new Map());
  rmSync(work, { recursive: true, force: true });
});

describe('photo sizes', () => {
  it('makes the site widths up to 1600 px and never enlarges; PNG drawings keep a PNG fallback', () => {
    expect(widthsFor(4000)).toEqual([480, 960, 1600]);
    expect(widthsFor(1000)).toEqual([480, 960, 1000]);
    expect(widthsFor(300)).toEqual([300]);
    expect([fallbackFormat('jpeg'), fallbackFormat('png'), fallbackFormat('svg'), fallbackFormat('webp')]).toEqual(['jpeg', 'png', 'png', 'jpeg']);
  });

  it('turns a large photo into small WebP and JPEG files, a <picture> with srcset, width and height, and reuses them on the next build', async () => {
    expect(statSync(join(content, PHOTO)).size).toBeGreaterThan(3_000_000);
    const cache = join(work, 'cache');
    const first = await prepareSiteImages(content, [{ url: PHOTO, file: 'content/strony/o-projekcie.md' }], cache);
    expect(first.problems).toEqual([]);
    expect(first.made).toBe(6);
    const image = first.images.get(PHOTO)!;
    expect(image).toMatchObject({ width: 1600, height: 1200, fallbackType: 'image/jpeg' });
    expect(image.webp.map((v) => v.width)).toEqual([480, 960, 1600]);
    const sizes = Object.fromEntries([...first.files].map(([path, file]) => [basename(path).replace(/^[0-9a-f]+-/, ''), statSync(file).size]));
    expect(Object.keys(sizes).sort()).toEqual(['1600.jpg', '1600.webp', '480.jpg', '480.webp', '960.jpg', '960.webp']);
    for (const [name, bytes] of Object.entries(sizes)) expect(bytes, name).toBeLessThan(name.startsWith('1600') ? 700_000 : 250_000);
    expect((await sharp(first.files.get(image.webp[1]!.path)!).metadata()).width).toBe(960);

    const again = await prepareSiteImages(content, [{ url: PHOTO, file: 'content/strony/o-projekcie.md' }], cache);
    expect([again.made, again.reused]).toEqual([0, 6]);

    registerImages(first.images);
    const { html } = renderMarkdown(parseMarkdown(`Tekst\n\n![Zespół przy stole](${PHOTO})\n`), '/projekt/');
    const hash = basename(image.webp[0]!.path).split('-')[0];
    expect(html).toContain(
      `<picture><source type="image/webp" srcset="/projekt/obrazy/${hash}-480.webp 480w, /projekt/obrazy/${hash}-960.webp 960w, /projekt/obrazy/${hash}-1600.webp 1600w" sizes="(min-width: 48rem) 46rem, 100vw">` +
        `<img src="/projekt/obrazy/${hash}-960.jpg" srcset="/projekt/obrazy/${hash}-480.jpg 480w, /projekt/obrazy/${hash}-960.jpg 960w, /projekt/obrazy/${hash}-1600.jpg 1600w" sizes="(min-width: 48rem) 46rem, 100vw" alt="Zespół przy stole" width="1600" height="1200" loading="lazy" decoding="async"></picture>`,
    );
    registerImages(new Map());
    expect(renderMarkdown(parseMarkdown(`![Zespół przy stole](${PHOTO})`), '/projekt/').html).toContain(`<img src="/projekt${PHOTO}"`);
  }, 60_000);

  it('puts the photo into a PDF as a JPEG about 1400 px wide, keeping the tool’s PDF small', async () => {
    const jpeg = await pdfImage(join(content, PHOTO), 1400);
    expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 1400, height: 1050 });
    expect(jpeg.length).toBeLessThan(400_000);

    const tool = join(content, 'narzedzia', 'deklaracja.md');
    writeFileSync(tool, `${readFileSync(tool, 'utf8')}\n![Zespół przy stole](${PHOTO})\n`);
    const loaded = loadContent(content);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const out = join(work, 'pdf');
    const built = await buildToolkits(loaded.content as Content, out);
    expect(built.problems).toEqual([]);
    expect(statSync(join(out, 'do-pobrania', 'narzedzia', 'deklaracja.pdf')).size).toBeLessThan(500_000);
    expect(statSync(join(out, 'do-pobrania', 'pakiet-narzedzi-gminy-wiejskie.pdf')).size).toBeLessThan(550_000);
  }, 60_000);

  it('names the file and the fix when a photo cannot be read or is too large', async () => {
    writeFileSync(join(content, 'pliki', 'uszkodzone.jpg'), 'to nie jest obraz');
    await sharp({ create: { width: 9000, height: 6000, channels: 3, background: '#777' } }).jpeg().toFile(join(content, 'pliki', 'ogromne.jpg'));
    const file = 'content/spotkania/liderzy.md';
    const result = await prepareSiteImages(content, [{ url: '/pliki/uszkodzone.jpg', file }, { url: '/pliki/ogromne.jpg', file }], join(work, 'cache2'));
    expect(result.problems.map(formatProblem)).toEqual([
      `${file} · obraz „/pliki/uszkodzone.jpg”: pliku nie da się odczytać jako obrazu (jest uszkodzony albo ma złe rozszerzenie); zapisz go ponownie jako JPEG albo PNG`,
      `${file} · obraz „/pliki/ogromne.jpg”: zdjęcie ma 9000×6000 pikseli, więcej niż 40 milionów; zmniejsz je (wystarczy 3000 pikseli szerokości)`,
    ]);
    expect(existsSync(join(work, 'cache2'))).toBe(true);
  }, 60_000);
});
