/**
 * Writes a tool's Markdown into DOCX paragraphs and tables, block by block as
 * the shared walk (src/content/blocks.ts) names them: headings in the
 * „Nagłówek n” styles, paragraphs of bold, italic and linked runs, Word lists
 * (bullets, numbers, check-box content controls), tables with a repeated
 * header row and room to write in blank cells, notes as a framed style,
 * images with alt text, and lines to write on (fields.ts).
 */
import { ExternalHyperlink, HeadingLevel, ImageRun, Paragraph, TextRun, type FileChild, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { List } from 'mdast';
import { listItems, walkBlocks, type BodyNode } from '../../content/blocks.ts';
import { runsOf, type Run } from '../../content/runs.ts';
import { checkBox, fieldLine } from './fields.ts';
import { BULLETS, LIST_INDENT, SINGLE, STYLE, TEXT_WIDTH } from './styles.ts';
import { formTable } from './table.ts';

/** An image ready for the DOCX: its bytes, type and size in pixels. */
export interface DocxImage {
  readonly data: Buffer;
  readonly type: 'png' | 'jpg';
  readonly width: number;
  readonly height: number;
}

export interface DocxWriterOptions {
  /** Added to Markdown heading depth: 0 in a tool's own document (## → Nagłówek 2). */
  readonly headingOffset: number;
  /** Turns a site path into an absolute address. */
  readonly resolveHref: (url: string) => string;
  /** The prepared image at a site path. */
  readonly image?: (url: string) => DocxImage | undefined;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Largest image on the page: the text width, and about a third of the page's height (in pixels at 96 dpi). */
const MAX_IMAGE = { width: Math.floor((TEXT_WIDTH / 1440) * 96), height: 300 };

/** Where a block is written: its paragraph style and indent (inside notes and list items). */
interface Place {
  readonly style?: string;
  readonly indent: number;
}

const TOP: Place = { indent: 0 };

export class DocxWriter {
  private readonly options: DocxWriterOptions;
  /** Numbered lists, each with its own numbering so it starts at its own number. */
  readonly orderedLists: { reference: string; start: number }[] = [];
  /** Drawing ids must be unique in a document; docx's own counter runs across documents. */
  private drawings = 1;

  /** Turns a site path into an absolute address. */
  readonly resolveHref: (url: string) => string;

  constructor(options: DocxWriterOptions) {
    this.options = options;
    this.resolveHref = options.resolveHref;
  }

  /** The next id for a drawing (image) of this document. */
  drawingId(): number {
    return this.drawings++;
  }

  /** A heading of the given level (1–6). */
  heading(text: string, level: number): Paragraph {
    return new Paragraph({ heading: HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!, children: [new TextRun(text)] });
  }

  /** Styled runs as paragraph children: links become hyperlinks in the „Hiperłącze” style. */
  runs(runs: readonly Run[]): ParagraphChild[] {
    return runs.map((run) => {
      if (run.text === '\n') return new TextRun({ break: 1 });
      const text = new TextRun({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}), ...(run.href ? { style: STYLE.link } : {}) });
      return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
    });
  }

  /** Plain text as runs with Polish typography applied. */
  typeset(text: string): Run[] {
    return runsOf([{ type: 'text', value: text }], this.options.resolveHref);
  }

  /** Block content in reading order. */
  blocks(nodes: readonly BodyNode[], place: Place = TOP): FileChild[] {
    const out: FileChild[] = [];
    const paragraph = (children: ParagraphChild[], options: IParagraphOptions = {}) =>
      new Paragraph({ ...options, children, ...(place.style ? { style: place.style } : {}), ...(place.indent ? { indent: { left: place.indent } } : {}) });
    walkBlocks(nodes, (block) => {
      if (block.kind === 'heading') out.push(this.heading(block.text, block.depth + this.options.headingOffset));
      else if (block.kind === 'field') out.push(...fieldLine(block.label, block.lines, place.indent));
      else if (block.kind === 'image') out.push(this.image(block.url, block.alt, paragraph));
      else if (block.kind === 'paragraph') out.push(paragraph(this.runs(runsOf(block.children, this.options.resolveHref)), { keepNext: block.beforeList }));
      else if (block.kind === 'list') out.push(...this.list(block.node, 0, place));
      else if (block.kind === 'table') {
        const table = formTable(block.node, this, place.indent);
        if (table) out.push(table, new Paragraph({ children: [], spacing: { after: 0 } }));
      } else if (block.kind === 'note') out.push(...this.blocks(block.children, { style: STYLE.note, indent: place.indent }));
      else if (block.kind === 'rule') out.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 4, color: '9AA0A6', space: 1 } } }));
      else out.push(paragraph([new TextRun(block.text)]));
    });
    return out;
  }

  /** A list: Word numbering (bullets or numbers) or, for task items, a check box before the text. */
  private list(node: List, depth: number, place: Place): FileChild[] {
    const out: FileChild[] = [];
    const ordered = node.ordered ? { reference: `numeracja-${this.orderedLists.length + 1}`, start: node.start ?? 1 } : undefined;
    if (ordered) this.orderedLists.push(ordered);
    const itemIndent = place.indent + LIST_INDENT * (depth + 1);
    const items = listItems(node, depth);
    items.forEach((item, index) => {
      let first = true;
      // A list ends with a paragraph's gap before what follows it.
      const ends = depth === 0 && index === items.length - 1;
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          const runs = this.runs(runsOf(child.children, this.options.resolveHref));
          const spacing = { after: item.spread || ends ? 120 : 40 };
          if (first && item.checkbox) {
            out.push(new Paragraph({ style: STYLE.list, spacing, indent: { left: itemIndent, hanging: LIST_INDENT }, children: [checkBox(item.label), new TextRun('\t'), ...runs], tabStops: [{ type: 'left', position: itemIndent }] }));
          } else if (first) {
            out.push(new Paragraph({ style: STYLE.list, spacing, numbering: { reference: ordered?.reference ?? BULLETS, level: depth }, ...(place.indent ? { indent: { left: itemIndent, hanging: LIST_INDENT } } : {}), children: runs }));
          } else out.push(new Paragraph({ style: STYLE.list, spacing, indent: { left: itemIndent }, children: runs }));
        } else if (child.type === 'list') out.push(...this.list(child, depth + 1, place));
        else out.push(...this.blocks([child], { ...place, indent: itemIndent }));
        first = false;
      }
    });
    return out;
  }

  /** An image with its alt text, within the text width; without prepared bytes, its alt text in italics. */
  private image(url: string, alt: string, paragraph: (children: ParagraphChild[], options?: IParagraphOptions) => Paragraph): Paragraph {
    const image = this.options.image?.(url);
    if (!image) return paragraph([new TextRun({ text: alt, italics: true })]);
    const scale = Math.min(1, MAX_IMAGE.width / image.width, MAX_IMAGE.height / image.height);
    return paragraph([
      new ImageRun({
        type: image.type,
        data: image.data,
        transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
        altText: { id: String(this.drawingId()), name: alt.slice(0, 60), title: alt, description: alt },
      }),
    ], { spacing: SINGLE });
  }
}
