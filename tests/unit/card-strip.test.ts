import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawableStrip, loadStrip } from '../../src/graphics/strip.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/basic/content');
const settings = { plik: '/pliki/logotypy/pasek.svg', alt: 'Pasek', szerokosc: 600, wysokosc: 80 };

function contentWith(name: string, bytes: Buffer | string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'koop-pasek-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'pliki', 'logotypy', name), bytes);
  return dir;
}

const decoded = (href: string) => Buffer.from(href.split(',')[1] ?? '', 'base64');

describe('the logo strip the share cards and the PDF cover thumbnails draw', () => {
  it('embeds the sanitised SVG: no script, no event handler, no outside reference', async () => {
    const scripted = readFileSync(join(FIXTURE, 'pliki/logotypy/fundusze-europejskie-power.svg'), 'utf8').replace(
      /<svg\b([^>]*)>/,
      '<svg$1 onload="alert(1)"><script>alert(2)</script><image href="https://example.com/x.png" width="1" height="1"/>',
    );
    const strip = loadStrip(contentWith('pasek.svg', scripted), settings);
    expect(strip.vector).toBe(true);
    expect(strip.bytes.toString('utf8')).not.toMatch(/<script|onload|example\.com/);
    expect(strip.href.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = decoded(strip.href).toString('utf8');
    expect(svg).not.toMatch(/<script|onload|example\.com/);
    expect(svg).toContain('<svg');
  });

  it('embeds a PNG strip as a PNG', async () => {
    const png = await sharp({ create: { width: 60, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    const strip = await drawableStrip(loadStrip(contentWith('pasek.png', png), { ...settings, plik: '/pliki/logotypy/pasek.png' }));
    expect(strip.href.startsWith('data:image/png;base64,')).toBe(true);
    expect(decoded(strip.href).equals(png)).toBe(true);
  });

  it.each(['webp', 'gif', 'avif'] as const)('embeds a %s strip as a PNG of the same picture, which the SVG renderer can draw', async (format) => {
    const picture = sharp({ create: { width: 60, height: 8, channels: 3, background: { r: 200, g: 0, b: 0 } } });
    const bytes = await picture[format]().toBuffer();
    const strip = await drawableStrip(loadStrip(contentWith(`pasek.${format}`, bytes), { ...settings, plik: `/pliki/logotypy/pasek.${format}` }));
    expect(strip.href.startsWith('data:image/png;base64,')).toBe(true);
    expect(strip.bytes.equals(bytes)).toBe(true);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="8"><image width="60" height="8" href="${strip.href}"/></svg>`;
    const { data } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([expect.closeTo(200, -1.5), expect.closeTo(0, -1.5), expect.closeTo(0, -1.5)]);
  });
});
