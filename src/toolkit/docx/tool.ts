/**
 * One tool as an editable DOCX, from the same validated entry as its page and
 * its PDF: the EU logo strip with its alt text in the first page's header,
 * the tool's title, facts and disclaimer (tool-intro.ts, from the tool page's description, as in the PDF), its
 * Markdown (writer.ts), its sources, and a footer with the title and page
 * numbers; document properties (title, subject, author, keywords, language)
 * and the edition date, so the same content gives the same bytes.
 */
import { Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import type { Tool } from '../../content/entries.ts';
import type { DocumentInfo } from '../document.ts';
import { CONTENT_WIDTH } from '../geometry.ts';
import type { ToolPageDescription } from '../../content/page-description.ts';
import { describeTool, type ToolDescription } from '../tool-intro.ts';
import { reproducible } from './package.ts';
import { LANGUAGE, numbering, PAGE_SETUP, SINGLE, STYLE, STYLES, TEXT_WIDTH } from './styles.ts';
import { DocxWriter, type DocxImage } from './writer.ts';

export interface DocxToolInput {
  readonly info: DocumentInfo;
  readonly tool: Tool;
  /** The logo strip the PDFs carry: PNG bytes, alt text, width divided by height. */
  readonly strip: { readonly png: Buffer; readonly alt: string; readonly ratio: number };
  /** The description of the tool's HTML page: facts, disclaimer, address. */
  readonly page: ToolPageDescription;
}

export interface DocxContext {
  readonly resolveHref: (url: string) => string;
  readonly image?: (url: string) => DocxImage | undefined;
}

/** Points to pixels at 96 dpi, docx's unit for image sizes. */
const px = (points: number) => Math.round((points * 96) / 72);

/** The strip at the width the tool PDFs give it (at most 360 pt). */
function stripHeader(strip: DocxToolInput['strip'], writer: DocxWriter): Header {
  const width = px(Math.min(CONTENT_WIDTH, 360));
  return new Header({
    children: [
      new Paragraph({
        spacing: { ...SINGLE, before: 0, after: 160 },
        children: [
          new ImageRun({
            type: 'png',
            data: strip.png,
            transformation: { width, height: Math.round(width / strip.ratio) },
            altText: { id: String(writer.drawingId()), name: 'Pasek logotypów', title: strip.alt, description: strip.alt },
          }),
        ],
      }),
    ],
  });
}

/** „Title … Strona 2 z 3” under every page. */
function pageFooter(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.small,
        spacing: { before: 0, after: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [new TextRun({ text: title, italics: false }), new TextRun({ italics: false, children: ['\tStrona ', PageNumber.CURRENT, ' z ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The tool's facts and the note that it is not an official form, as tool-section.ts writes them in the PDF. */
function facts(d: ToolDescription, writer: DocxWriter): Paragraph[] {
  return [
    ...d.facts.map(([name, value], i) => new Paragraph({ spacing: { after: i === d.facts.length - 1 ? 120 : 40 }, children: writer.runs([{ text: `${name}: `, bold: true, italic: false }, ...writer.typeset(value)]) })),
    new Paragraph({
      style: STYLE.small,
      children: writer.runs([
        { text: d.disclaimer, bold: false, italic: true },
        { text: d.htmlUrl, bold: false, italic: true, href: d.htmlUrl },
      ]),
    }),
  ];
}

/** The sources as the tool's page lists them: title (linked), the address's host, the note on the source. */
function sources(d: ToolDescription, writer: DocxWriter): FileChild[] {
  if (d.sources.length === 0) return [];
  return [
    writer.heading('Źródła', 2),
    ...d.sources.map(
      (s) =>
        new Paragraph({
          style: STYLE.list,
          numbering: { reference: 'punktory', level: 0 },
          children: [
            ...writer.runs([{ text: writer.typeset(s.tytul).map((r) => r.text).join(''), bold: false, italic: false, ...(s.url ? { href: s.url } : {}) }]),
            ...(s.url ? [new TextRun(` (${new URL(s.url).hostname})`)] : []),
            ...(s.uwagi ? [new TextRun({ break: 1 }), ...writer.runs(writer.typeset(`Uwaga o źródle: ${s.uwagi}`))] : []),
          ],
        }),
    ),
  ];
}

/** The tool's DOCX bytes. */
export async function renderToolDocx(input: DocxToolInput, ctx: DocxContext): Promise<Buffer> {
  const writer = new DocxWriter({ headingOffset: 0, resolveHref: ctx.resolveHref, ...(ctx.image ? { image: ctx.image } : {}) });
  const header = stripHeader(input.strip, writer);
  const d = describeTool(input.tool, input.page);
  const children: FileChild[] = [writer.heading(d.title, 1), ...facts(d, writer), ...writer.blocks(input.tool.body.children), ...sources(d, writer)];
  const footer = pageFooter(input.info.title);
  const doc = new Document({
    title: input.info.title,
    subject: input.info.subject,
    description: input.info.subject,
    creator: input.info.author,
    lastModifiedBy: input.info.author,
    keywords: input.info.keywords,
    revision: 1,
    styles: STYLES,
    numbering: numbering(writer.orderedLists),
    sections: [
      {
        properties: { page: PAGE_SETUP, titlePage: true },
        headers: { first: header },
        footers: { first: footer, default: footer },
        children,
      },
    ],
  });
  return reproducible(await Packer.toBuffer(doc), input.info.date, LANGUAGE);
}
