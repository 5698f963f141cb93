import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContent } from '../../src/content/index.ts';
import { describeEntry, type ToolPageDescription } from '../../src/content/page-description.ts';
import { renderTool } from '../../src/toolkit/render.ts';

const result = loadContent(resolve(import.meta.dirname, '../fixtures/basic/content'));
if (!result.ok) throw new Error('fixture content must be valid');
const content = result.content;
const sharp = (await import('sharp')).default;
const png = await sharp({ create: { width: 64, height: 8, channels: 3, background: '#ffffff' } }).png().toBuffer();

/** The text of a tool's own PDF, rendered from the given description. */
async function pdfText(page: ToolPageDescription): Promise<string> {
  const tool = content.tools.find((t) => t.path === page.path)!;
  const rendered = await renderTool(
    {
      info: { title: 'T', subject: 'S', author: 'A', keywords: 'K', date: new Date('2026-11-23T00:00:00Z') },
      tool,
      strip: { image: png, href: '', alt: 'Pasek', ratio: 8 },
      page,
    },
    { resolveHref: (u) => u, images: new Map(), attachmentPages: new Map() },
  );
  const pdf = await getDocument({ data: new Uint8Array(rendered.bytes), verbosity: 0 }).promise;
  const items = (await (await pdf.getPage(1)).getTextContent()).items;
  return items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
}

describe('a tool’s section in a PDF', () => {
  it('prints the facts, the disclaimer and the page address of the tool’s description, whatever the front matter says', async () => {
    const tool = content.tools[0]!;
    const page = describeEntry(content, tool);
    const planted = {
      ...page,
      url: 'https://example.org/opisany-adres/',
      tool: { ...page.tool, purpose: 'Cel podany w opisie strony', filledBy: 'osoba podana w opisie strony', disclaimer: 'Zastrzeżenie podane w opisie strony.' },
    };
    const text = await pdfText(planted);
    expect(text).toContain('Cel: Cel podany w opisie strony');
    expect(text).toContain('Kto wypełnia: osoba podana w opisie strony');
    expect(text).toContain(`Etap modelu: ${page.tool.stage.label}`);
    expect(text).toContain('Zastrzeżenie podane w opisie strony. Podstawowa, w pełni dostępna wersja: https://example.org/opisany-adres/');
    expect(text).not.toContain(tool.data.cel);
  });
});
