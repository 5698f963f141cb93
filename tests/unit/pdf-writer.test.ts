/**
 * The PDF writer on tiny documents written in memory and read back with
 * pdf.js: the structure tags, links, fields and figures it makes, without a
 * site build (tests/integration/toolkits.test.ts and pdf-forms.test.ts check
 * the built toolkits).
 */
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { describeEntry } from '../../src/content/page-description.ts';
import { createDocument, finish } from '../../src/toolkit/document.ts';
import { renderTool } from '../../src/toolkit/render.ts';
import { MarkdownWriter, type WriterOptions } from '../../src/toolkit/writer.ts';
import { figureAlts, pageText, pdfInfo, structRoles } from '../support/pdf.ts';
import { openBytes, widgets } from '../support/pdf-forms.ts';

const INFO = { title: 'Próbny dokument', subject: 'Próba', author: 'Autor', keywords: 'próba', date: new Date('2026-11-23T00:00:00Z') };
const PNG = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#036' } }).png().toBuffer();

/** One section of Markdown written into a new document, as bytes. */
async function tinyPdf(markdown: string, options: Partial<WriterOptions> = {}): Promise<Buffer> {
  const doc = createDocument(INFO);
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.addPage();
  const sect = doc.struct('Sect');
  root.add(sect);
  new MarkdownWriter(doc, { headingOffset: 0, fieldPrefix: '', resolveHref: (url) => (url.startsWith('/') ? `https://example.org${url}` : url), ...options }).blocks(parseMarkdown(markdown).children, sect);
  sect.end();
  root.end();
  return finish(doc);
}

const allText = async (bytes: Uint8Array) => {
  const pdf = await openBytes(bytes);
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) text += `${await pageText(pdf, i)} `;
  return text;
};

describe('the PDF writer', { timeout: 60_000 }, () => {
  it('tags headings, paragraphs, links, lists and tables in reading order, with Polish letters as text', async () => {
    const pdf = await openBytes(
      await tinyPdf(
        ['## Zażółć gęślą jaźń', '', 'Akapit z [odnośnikiem](/narzedzia/) i **pogrubieniem**.', '', '- pierwszy', '- drugi', '', '| Kto | Co |', '| --- | --- |', '| Ośrodek | Diagnoza |'].join('\n'),
      ),
    );
    const roles = await structRoles(pdf);
    for (const role of ['Document', 'Sect', 'H2', 'P', 'Link', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(roles, role).toContain(role);
    expect(roles.indexOf('H2')).toBeLessThan(roles.indexOf('P'));
    expect(roles.indexOf('L')).toBeLessThan(roles.indexOf('Table'));
    const text = await pageText(pdf, 1);
    expect(text).toContain('Zażółć gęślą jaźń');
    expect(text).toContain('Ośrodek');
    const links = (await (await pdf.getPage(1)).getAnnotations()) as { subtype: string; url?: string }[];
    expect(links.filter((a) => a.subtype === 'Link').map((a) => a.url)).toContain('https://example.org/narzedzia/');
  });

  it('moves headings down by the offset a bundle gives them', async () => {
    const roles = await structRoles(await openBytes(await tinyPdf('## Sekcja narzędzia', { headingOffset: 1 })));
    expect(roles).toContain('H3');
    expect(roles).not.toContain('H2');
  });

  it('turns form lines into text fields named after their labels, a long answer into a multi-line field and task items into checkboxes', async () => {
    const all = await widgets(
      await openBytes(await tinyPdf(['Nazwa instytucji: __________', '', 'Uzasadnienie: __________ (3 wiersze)', '', '- [ ] tak', '- [ ] nie'].join('\n'), { fieldPrefix: 'deklaracja: ' })),
    );
    expect(all.map((w) => [w.name, w.kind, w.multiline, w.label])).toEqual([
      ['deklaracja: Nazwa instytucji', 'text', false, 'Nazwa instytucji'],
      ['deklaracja: Uzasadnienie', 'text', true, 'Uzasadnienie'],
      ['deklaracja: tak', 'checkbox', false, 'tak'],
      ['deklaracja: nie', 'checkbox', false, 'nie'],
    ]);
    const [line, long] = all;
    expect(long!.rect[3] - long!.rect[1]).toBeGreaterThan(2 * (line!.rect[3] - line!.rect[1]));
  });

  it('gives fields with the same label unique names', async () => {
    const all = await widgets(await openBytes(await tinyPdf(['Data: __________', '', 'Data: __________'].join('\n'))));
    expect(all.map((w) => w.name)).toEqual(['Data', 'Data (2)']);
  });

  it('writes an image as a figure with its alt text, and only the alt text when the image is not available', async () => {
    const markdown = '![Schemat zespołu](/pliki/schemat.png)';
    const withImage = await openBytes(await tinyPdf(markdown, { image: (url) => (url === '/pliki/schemat.png' ? PNG : undefined) }));
    expect(await figureAlts(withImage, 1)).toEqual(['Schemat zespołu']);
    const without = await tinyPdf(markdown);
    expect(await figureAlts(await openBytes(without), 1)).toEqual([]);
    expect(await allText(without)).toContain('Schemat zespołu');
  });

  it('never leaves a heading alone at the bottom of a page, wherever the page breaks', async () => {
    // Forty headings, each after a different amount of text: some fall where a page ends.
    const sections = Array.from({ length: 40 }, (_, i) => `## Nagłówek nr ${i} koniec\n\nTreść nr ${i} koniec.\n\n${'Akapit wypełniający.\n\n'.repeat(i % 4)}`);
    const pdf = await openBytes(await tinyPdf(sections.join('')));
    expect(pdf.numPages).toBeGreaterThan(2);
    const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));
    const alone = sections.flatMap((_, i) => (pages.some((t) => t.includes(`Nagłówek nr ${i} koniec`) && !t.includes(`Treść nr ${i} koniec`)) ? [`Nagłówek nr ${i}`] : []));
    expect(alone).toEqual([]);
  });
});

describe('a tool’s own PDF', { timeout: 60_000 }, () => {
  it('has the tool’s title, Polish as its language, the logo strip with its alt text and the note that it is not an official form', async () => {
    const loaded = loadContent(resolve(import.meta.dirname, '../fixtures/basic/content'));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const tool = loaded.content.tools[0]!;
    const rendered = await renderTool(
      { info: { ...INFO, title: tool.data.tytul }, tool, strip: { image: PNG, href: '', alt: 'Pasek logotypów', ratio: 2 }, page: describeEntry(loaded.content, tool) },
      { resolveHref: (url) => url, images: new Map(), attachmentPages: new Map() },
    );
    const pdf = await openBytes(rendered.bytes);
    expect(rendered.pages).toBe(pdf.numPages);
    expect(await pdfInfo(pdf)).toMatchObject({ Title: tool.data.tytul, Language: 'pl-PL' });
    expect((await pdf.getOutline()).map((o) => o.title)).toEqual([tool.data.tytul]);
    expect((await figureAlts(pdf, 1))[0]).toBe('Pasek logotypów');
    expect((await structRoles(pdf)).filter((r) => r === 'H1')).toHaveLength(1);
    const text = await allText(rendered.bytes);
    expect(text).toContain('nie jest oficjalnym formularzem');
    expect(text.replace(/\s+/g, '')).toContain(describeEntry(loaded.content, tool).url);
  });
});
