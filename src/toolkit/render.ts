/**
 * Renders one PDF with pdfkit: a bundle (cover, introduction, linked table of
 * contents, every tool) or a single tool. Pages are buffered, so the table
 * of contents gets its page numbers, and every page its footer, at the end.
 */
import type { Model, Tool } from '../content/entries.ts';
import type { ToolPageDescription } from '../content/page-description.ts';
import { drawCover, type CoverData } from './cover.ts';
import { drawDiagram, type PdfDiagram } from './diagram.ts';
import { createDocument, finish, type Doc, type DocumentInfo, type Struct } from './document.ts';
import { drawFooters, setPageLabels } from './furniture.ts';
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './geometry.ts';
import { writeTool } from './tool-section.ts';
import { MarkdownWriter } from './writer.ts';
import { WORDS } from '../domain/words/index.ts';

export interface RenderContext {
  readonly resolveHref: (url: string) => string;
  readonly images: ReadonlyMap<string, Buffer>;
  /** Pages each attached PDF adds after its tool (by tool id). */
  readonly attachmentPages: ReadonlyMap<string, number>;
}

export interface BundleInput {
  readonly info: DocumentInfo;
  readonly cover: CoverData;
  readonly model: Model;
  readonly tools: readonly Tool[];
  /** The model's diagrams, drawn after the table of contents. */
  readonly diagrams: readonly PdfDiagram[];
  readonly toolsUrl: string;
  /** The description of a tool's HTML page. */
  readonly describe: (tool: Tool) => ToolPageDescription;
  /** The institution's disclaimer for a set of templates (`teksty.zastrzezenie_wzorow`). */
  readonly disclaimer: string;
}

export interface Rendered {
  readonly bytes: Buffer;
  /** Buffered page index (0-based, before attachments) where each tool ends, by tool id. */
  readonly toolLastPage: ReadonlyMap<string, number>;
  /** Printed page number of each tool's first page. */
  readonly toolStartLabel: ReadonlyMap<string, number>;
  readonly pages: number;
}

const dest = (tool: Tool) => `narzedzie-${tool.slug}`;

function writerFor(doc: Doc, ctx: RenderContext, headingOffset: number, fieldPrefix: string, outline?: PDFKit.PDFOutline): MarkdownWriter {
  return new MarkdownWriter(doc, {
    headingOffset,
    fieldPrefix,
    resolveHref: ctx.resolveHref,
    image: (url) => ctx.images.get(url),
    // Sections of a tool become bookmarks beneath the tool's own.
    onHeading: (text, level) => {
      if (outline && level === headingOffset + 2) outline.addItem(text);
    },
  });
}

export async function renderBundle(input: BundleInput, ctx: RenderContext): Promise<Rendered> {
  const doc = createDocument(input.info);
  const root = doc.struct('Document');
  doc.addStructure(root);

  doc.addPage();
  drawCover(doc, input.cover, root);

  // Introduction.
  doc.addPage();
  const intro = new MarkdownWriter(doc, { headingOffset: 1, fieldPrefix: '', resolveHref: ctx.resolveHref });
  const introSect = doc.struct('Sect');
  root.add(introSect);
  intro.headingText(WORDS.pdf.introduction, 2, introSect);
  intro.runs(intro.typeset(`${input.model.data.tytul}. ${input.model.data.opis}`), introSect);
  intro.runs(intro.typeset(input.model.data.cel), introSect);
  intro.headingText(WORDS.pdf.howToUse, 3, introSect);
  intro.runs(
    intro.typeset(
      `${WORDS.pdf.howToUseText} ${input.disclaimer}`,
    ),
    introSect,
  );
  intro.runs(
    [...intro.typeset(WORDS.pdf.htmlVersion), { text: input.toolsUrl, bold: false, italic: false, href: input.toolsUrl }],
    introSect,
  );
  introSect.end();

  // Table of contents: added to the structure tree before the tools it lists;
  // the page numbers are drawn into it once the tools are laid out.
  intro.headingText(WORDS.pdf.contents, 2, root);
  const toc = doc.struct('TOC');
  root.add(toc);
  const tocPage = doc.bufferedPageRange().count - 1;
  const DIAGRAMS = { key: 'schematy-modelu', title: WORDS.pdf.diagrams };
  const tocLine = (title: string, key: string) => {
    const item = doc.struct('TOCI');
    toc.add(item);
    const link = doc.struct('Link');
    item.add(link);
    const y = doc.y;
    link.add(() => {
      doc.font('regular').fontSize(TYPE.body).fillColor(COLOURS.text);
      doc.text(title, PAGE.margins.left, y, { width: CONTENT_WIDTH - 40, goTo: key, lineBreak: true, lineGap: TYPE.lineGap });
    });
    doc.y += 3;
    return { key, item, link, y };
  };
  const diagramsLine = input.diagrams.length > 0 ? tocLine(DIAGRAMS.title, DIAGRAMS.key) : undefined;
  const entries = input.tools.map((tool) => ({ tool, ...tocLine(tool.data.tytul, dest(tool)) }));

  // The model's diagrams, before the tools: who works together, and in what order.
  let diagramsLabel = 0;
  if (diagramsLine) {
    doc.addPage();
    diagramsLabel = doc.bufferedPageRange().count - 1;
    doc.addNamedDestination(DIAGRAMS.key);
    const outline = doc.outline.addItem(DIAGRAMS.title);
    const sect = doc.struct('Sect');
    root.add(sect);
    intro.headingText(DIAGRAMS.title, 2, sect);
    for (const diagram of input.diagrams) {
      outline.addItem(diagram.title);
      if (doc.y > PAGE.height / 2) doc.addPage();
      intro.headingText(diagram.title, 3, sect);
      drawDiagram(doc, diagram.layout, diagram.summary, sect);
      doc.y += 12;
    }
    sect.end();
  }

  const toolLastPage = new Map<string, number>();
  const toolStartLabel = new Map<string, number>();
  let extra = 0;
  const extraBefore: number[] = [];
  for (const tool of input.tools) {
    doc.addPage();
    const index = doc.bufferedPageRange().count - 1;
    toolStartLabel.set(tool.id, index + extra);
    doc.addNamedDestination(dest(tool));
    const bookmark = doc.outline.addItem(tool.data.tytul);
    writeTool(doc, writerFor(doc, ctx, 1, `${tool.slug}: `, bookmark), tool, root, { level: 2, page: input.describe(tool) });
    const last = doc.bufferedPageRange().count - 1;
    toolLastPage.set(tool.id, last);
    for (let i = extraBefore.length; i <= last; i++) extraBefore[i] = extra;
    extra += ctx.attachmentPages.get(tool.id) ?? 0;
  }
  doc.switchToPage(tocPage);
  const pageNumber = (line: { key: string; item: Struct; link: Struct; y: number }, label: number) => {
    line.link.add(() => {
      doc.font('regular').fontSize(TYPE.body).fillColor(COLOURS.text);
      doc.text(String(label), PAGE.margins.left, line.y, { width: CONTENT_WIDTH, align: 'right', goTo: line.key, lineBreak: false });
    });
    line.link.end();
    line.item.end();
  };
  if (diagramsLine) pageNumber(diagramsLine, diagramsLabel);
  for (const line of entries) pageNumber(line, toolStartLabel.get(line.tool.id)!);
  toc.end();
  root.end();

  const pages = doc.bufferedPageRange().count;
  const total = pages - 1 + extra;
  drawFooters(doc, input.info.title, 1, (i) => i + (extraBefore[i] ?? 0), total);
  setPageLabels(doc, true);
  return { bytes: await finish(doc), toolLastPage, toolStartLabel, pages: pages + extra };
}

export interface ToolInput {
  readonly info: DocumentInfo;
  readonly tool: Tool;
  readonly strip: CoverData['strip'];
  /** The description of the tool's HTML page. */
  readonly page: ToolPageDescription;
}

/** A tool on its own: the logo strip, the tool as the document's H1, and its bookmarks. */
export async function renderTool(input: ToolInput, ctx: RenderContext): Promise<Rendered> {
  const doc = createDocument(input.info);
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.addPage();
  const stripW = Math.min(CONTENT_WIDTH, 360);
  const stripH = stripW / input.strip.ratio;
  const figure = doc.struct('Figure', { alt: input.strip.alt });
  root.add(figure);
  figure.add(() => doc.image(input.strip.image, PAGE.margins.left, PAGE.margins.top - 20, { width: stripW, height: stripH }));
  figure.end();
  doc.y = PAGE.margins.top - 20 + stripH + 16;
  const bookmark = doc.outline.addItem(input.tool.data.tytul);
  writeTool(doc, writerFor(doc, ctx, 0, '', bookmark), input.tool, root, { level: 1, page: input.page });
  root.end();
  const pages = doc.bufferedPageRange().count;
  const extra = ctx.attachmentPages.get(input.tool.id) ?? 0;
  drawFooters(doc, input.info.title, 0, (i) => i + 1, pages + extra);
  setPageLabels(doc, false);
  return {
    bytes: await finish(doc),
    toolLastPage: new Map([[input.tool.id, pages - 1]]),
    toolStartLabel: new Map([[input.tool.id, 1]]),
    pages: pages + extra,
  };
}

export type { Struct };
