import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import PDFKitDocument from 'pdfkit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundlesOf, toolPdfPath } from '../../src/content/bundles.ts';
import { FIELD_CHARACTERS, FIELD_FONT_SIZE, FIELD_LEADING } from '../../src/toolkit/fields.ts';
import { FONT_FILES } from '../../src/graphics/fonts.ts';
import { TYPE } from '../../src/toolkit/geometry.ts';
import { CELL_LINES } from '../../src/toolkit/form-table.ts';
import { flat, formTables, longAnswers, separatedBlocks, tableBreaks, type PageText } from '../support/checks/pdf-forms.ts';
import { internalLinks, openPdf, type StructNode } from '../support/pdf.ts';
import { darkness, fillForPoppler, fillWithPdfJs, printedText, renderPage, unshowable, widgets, type Widget } from '../support/pdf-forms.ts';
import { validContent } from '../support/content.ts';

const { fixture, real } = inject('sites');

/** What a person types: Polish letters, digits and a date; long answers get a long text. */
const TYPED = 'Żółć ŹĘĄŃ ąćęłńóśźż 29.11.2026 nr';
const LONG = 'Osoba odbierze zaświadczenie z poradni i dostarczy je do ośrodka przed kolejnym spotkaniem zespołu.';
const typed = (w: Widget, i: number): string => (w.multiline && w.rect[2] - w.rect[0] > 300 ? `${TYPED} ${i} ${LONG}` : `${TYPED} ${i}`);

/** Each page's lines of text, and those set larger than body text (headings). */
async function pageLines(file: string): Promise<PageText[]> {
  const pdf = await openPdf(file);
  const pages: PageText[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const items = (await (await pdf.getPage(i)).getTextContent()).items.flatMap((it) => ('str' in it && flat(it.str) ? [{ text: flat(it.str), size: it.height }] : []));
    pages.push({ lines: items.map((it) => it.text), headings: items.filter((it) => it.size > TYPE.body + 0.5).map((it) => it.text) });
  }
  return pages;
}

describe.each([
  ['fixture content', fixture],
  ['the project’s content', real],
])('PDF forms built from %s', (_name, site) => {
  const c = validContent(site.content);

  describe.each(c.tools.map((t) => [t.data.tytul, t] as const))('the tool „%s”', (_title, tool) => {
    const file = join(site.dir, toolPdfPath(tool));
    let all: Widget[];
    let filled: Uint8Array;
    let printed: string[];
    beforeAll(async () => {
      const result = await fillWithPdfJs(file, typed, (_w, i) => i % 2 === 0);
      all = result.widgets;
      filled = result.bytes;
      printed = printedText(filled).map(flat);
    });

    it('has a multi-line text field, named after its table, row and column, in every blank table cell', () => {
      const expected = formTables(tool.body, tool.data.tytul).flatMap((t) => t.labels);
      const cells = all.filter((w) => expected.includes(w.label));
      expect(cells.map((w) => w.label).sort()).toEqual([...expected].sort());
      for (const w of cells) {
        expect(w.multiline, w.label).toBe(true);
        expect(w.rect[3] - w.rect[1], w.label).toBeGreaterThanOrEqual(CELL_LINES * FIELD_FONT_SIZE.box * FIELD_LEADING);
      }
    });

    it('gives each long answer a multi-line field as tall as the lines it asks for', () => {
      for (const { label, lines } of longAnswers(tool.body)) {
        const w = all.find((x) => x.label === label);
        expect(w?.multiline, label).toBe(true);
        expect(w!.rect[3] - w!.rect[1], label).toBeGreaterThanOrEqual(lines * FIELD_FONT_SIZE.box * FIELD_LEADING);
      }
    });

    it('shows and prints what a person types in every text field: Polish letters, digits, a date, a long answer', () => {
      expect(Buffer.from(filled).toString('latin1')).not.toContain('/NeedAppearances true');
      const text = printed.join(' ');
      const missing = all.flatMap((w, i) => (w.kind === 'text' && !text.includes(flat(typed(w, i))) ? [`${w.label}: ${typed(w, i)}`] : []));
      expect(missing).toEqual([]);
    });

    it('shows what a person types when poppler draws the fields itself with the form’s font', async () => {
      const { bytes, values } = await fillForPoppler(file, (_name, i) => `${TYPED} ${i}`);
      const text = printedText(bytes).map(flat).join(' ');
      expect(values.filter((v) => !text.includes(v))).toEqual([]);
    });

    it('prints ticked boxes ticked and the others empty', () => {
      const boxes = all.map((w, i) => ({ w, ticked: i % 2 === 0 })).filter((b) => b.w.kind === 'checkbox');
      const pages = new Map<number, ReturnType<typeof renderPage>>();
      for (const { w, ticked } of boxes) {
        if (!pages.has(w.page)) pages.set(w.page, renderPage(filled, w.page));
        const share = darkness(pages.get(w.page)!, w.rect);
        if (ticked) expect(share, `${w.label} (zaznaczone)`).toBeGreaterThan(0.1);
        else expect(share, `${w.label} (puste)`).toBeLessThan(0.02);
      }
    });

    it('keeps each table’s heading and header with its first row, and repeats the header on every page the table continues on', async () => {
      expect(tableBreaks(formTables(tool.body, tool.data.tytul), all, await pageLines(file))).toEqual([]);
    });

    it('keeps every heading, and every paragraph that leads into a list, on the page where what follows it starts', async () => {
      expect(separatedBlocks(tool.body, await pageLines(file))).toEqual([]);
    });
  });

  const files = [...bundlesOf(c).map((b) => b.path), ...c.tools.map(toolPdfPath)].map((p) => join(site.dir, p));

  it('keeps every heading and lead-in paragraph of every tool in every bundle with what follows it', async () => {
    for (const bundle of bundlesOf(c)) {
      const pages = await pageLines(join(site.dir, bundle.path));
      const links = await internalLinks(await openPdf(join(site.dir, bundle.path)), 2);
      for (const tool of bundle.tools) {
        const start = links.find((l) => l.dest === `narzedzie-${tool.slug}`)!.target;
        expect(separatedBlocks(tool.body, pages.slice(start - 1)), `${bundle.title}: ${tool.data.tytul}`).toEqual([]);
      }
    }
  });

  it('gives every PDF a field font that can show every character a person can type in Polish', async () => {
    for (const f of files) expect(await unshowable(f, FIELD_CHARACTERS), f).toEqual([]);
  });

  it('tags every field as a Form element with its accessible name, and orders tabbing by the structure', async () => {
    for (const f of files) {
      const pdf = await openPdf(f);
      const all = await widgets(pdf);
      const lib = await PDFDocument.load(readFileSync(f), { updateMetadata: false });
      for (let page = 1; page <= pdf.numPages; page++) {
        const tagged: string[] = [];
        const walk = (n: StructNode & { type?: string; id?: string }, inForm: boolean) => {
          if (n.type === 'annotation' && inForm && n.id) tagged.push(n.id.replace(/^.*?(\d+R)$/, '$1'));
          n.children?.forEach((k) => walk(k, inForm || n.role === 'Form'));
        };
        const tree = await (await pdf.getPage(page)).getStructTree();
        if (tree) walk(tree as StructNode, false);
        const onPage = all.filter((w) => w.page === page);
        expect(new Set(tagged), `${f}, strona ${page}`).toEqual(new Set(onPage.map((w) => w.id)));
        for (const w of onPage) expect(w.label, w.name).not.toBe('');
        if (onPage.length > 0) expect(lib.getPage(page - 1).node.get(PDFName.of('Tabs')), `${f}, strona ${page}`).toBe(PDFName.of('S'));
      }
    }
  });
});

describe('the field-font check', () => {
  it('finds the characters a font subset made only from the page text cannot show', async () => {
    const doc = new PDFKitDocument({ autoFirstPage: true });
    doc.registerFont('regular', FONT_FILES.regular);
    doc.font('regular');
    doc.initForm();
    doc.text('zażółć gęślą jaźń');
    doc.formText('pole', 72, 200, 200, 20);
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      doc.on('data', (b: Buffer) => chunks.push(b));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.end();
    });
    const dir = mkdtempSync(join(tmpdir(), 'formularze-'));
    try {
      writeFileSync(join(dir, 'podzbior.pdf'), bytes);
      expect(await unshowable(join(dir, 'podzbior.pdf'), 'ŻÓŁĆ-ŚĘĄŃ zażółć 0123456789')).toEqual(['Ż', 'Ó', 'Ł', 'Ć', '-', 'Ś', 'Ę', 'Ą', 'Ń', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
