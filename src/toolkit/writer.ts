/**
 * Writes Markdown (mdast) into a tagged pdfkit document: headings, paragraphs
 * with emphasis and links, nested lists, tables with header cells, notes,
 * images with alt text, and the tool form conventions as real fillable fields.
 * Every piece of content is added to the structure tree in reading order.
 * What each block is comes from the walk shared with the DOCX writer
 * (src/content/blocks.ts); this module only lays it out.
 */
import type { BlockContent, DefinitionContent, List, PhrasingContent, RootContent, Table } from 'mdast';
import { fieldOf, listItems, runsText, tableOf, walkBlocks } from '../content/blocks.ts';
import type { Doc, Struct } from './document.ts';
import { addField, FIELD_FONT_SIZE, FIELD_LEADING } from './fields.ts';
import { drawFormTable, tableStartHeight } from './form-table.ts';
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, TYPE } from './geometry.ts';
import { fontOf, plainText, runsOf, type Run } from './runs.ts';

export interface WriterOptions {
  /** Added to Markdown heading depth: 0 in a tool's own PDF (## → H2), 1 in a bundle (## → H3). */
  readonly headingOffset: number;
  /** Prefix of form field names, so names stay unique in a bundle. */
  readonly fieldPrefix: string;
  /** Turns a site path into an absolute address. */
  readonly resolveHref: (url: string) => string;
  /** Called for each heading written, for bookmarks. */
  readonly onHeading?: (text: string, level: number) => void;
  /** PNG bytes of an image at a site path, prepared with sharp. */
  readonly image?: (url: string) => Buffer | undefined;
}

const LIST_INDENT = 16;
/** Height of one handwritten line in a long answer's box (typed text takes about 60% of it). */
const LINE_PITCH = Math.ceil(FIELD_FONT_SIZE.box * FIELD_LEADING * 1.6);

export class MarkdownWriter {
  private readonly doc: Doc;
  private readonly options: WriterOptions;
  private x = PAGE.margins.left;
  private width = CONTENT_WIDTH;
  private readonly usedNames = new Map<string, number>();
  /** Text of the last heading written: a table's name in its field names. */
  private lastHeading = '';

  constructor(doc: Doc, options: WriterOptions) {
    this.doc = doc;
    this.options = options;
  }

  /** Writes block content as children of `parent`. */
  blocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[], parent: Struct): void {
    walkBlocks(nodes, (block, i) => {
      if (block.kind === 'heading') this.headingText(block.text, block.depth + this.options.headingOffset, parent, this.keepHeight(nodes.slice(i + 1)));
      else if (block.kind === 'field') this.fieldLine(block.label, block.lines, parent);
      else if (block.kind === 'image') this.image(block.url, block.alt, parent);
      else if (block.kind === 'paragraph') this.paragraph(block.children, parent, block.beforeList);
      else if (block.kind === 'list') this.list(block.node, parent, 0);
      else if (block.kind === 'table') this.table(block.node, parent);
      else if (block.kind === 'note') this.note(block.children, parent);
      else if (block.kind === 'rule') this.rule();
      else this.textBlock(block.text, parent, 'P');
    });
  }

  /** Leaves room for `height` points or starts a new page. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > CONTENT_BOTTOM) this.doc.addPage();
  }

  /** Height a heading takes on the page, gaps included. */
  private headingHeight(level: number): number {
    const size = TYPE.h[Math.min(level, 6)] ?? TYPE.body;
    return size * 2.4;
  }

  /**
   * How much of what follows a heading must fit on its page with it: the
   * first block (a table's header and first row, a field, three lines of
   * text), and through headings that follow directly, theirs.
   */
  private keepHeight(next: readonly (RootContent | BlockContent | DefinitionContent)[]): number {
    const three = 3 * (TYPE.body + TYPE.lineGap) * 1.2;
    const node = next[0];
    if (!node) return 0;
    if (node.type === 'heading') return this.headingHeight(node.depth + this.options.headingOffset) + this.keepHeight(next.slice(1));
    if (node.type === 'table') {
      const view = tableOf(node, this.options.resolveHref);
      return view ? tableStartHeight(this.doc, { width: this.width, header: view.header.map(runsText), rows: view.rows.map((r) => r.map(runsText)) }) : 0;
    }
    const field = node.type === 'paragraph' ? fieldOf(node) : undefined;
    if (field) return this.fieldHeight(field.lines);
    return three;
  }

  /** A heading of the given level (1–6), kept together with what follows (`keep` points of it, at least three lines). */
  headingText(text: string, level: number, parent: Struct, keep: number = 3 * (TYPE.body + TYPE.lineGap) * 1.2): void {
    const size = TYPE.h[Math.min(level, 6)] ?? TYPE.body;
    const doc = this.doc;
    // A heading never stands alone at the bottom of a page: keep room for it and the start of what follows.
    this.ensureSpace(this.headingHeight(level) + keep);
    if (doc.y > PAGE.margins.top + 1) doc.y += size * 0.6;
    this.options.onHeading?.(text, level);
    this.lastHeading = text;
    const h = doc.struct(`H${Math.min(level, 6)}`);
    parent.add(h);
    h.add(() => {
      doc.font('bold').fontSize(size).fillColor(level <= 2 ? COLOURS.accent : COLOURS.text);
      doc.text(text, this.x, doc.y, { width: this.width, lineGap: 1 });
    });
    h.end();
    doc.y += size * 0.35;
    doc.font('regular').fontSize(TYPE.body).fillColor(COLOURS.text);
  }

  /** A paragraph of styled runs, tagged P (or another type). */
  runs(runs: readonly Run[], parent: Struct, type = 'P', size: number = TYPE.body): void {
    const doc = this.doc;
    if (runs.length === 0) return;
    const p = doc.struct(type);
    parent.add(p);
    const y = doc.y;
    runs.forEach((run, i) => {
      const last = i === runs.length - 1;
      const draw = () => {
        doc.font(fontOf(run)).fontSize(size).fillColor(run.href ? COLOURS.accent : COLOURS.text);
        const opts: PDFKit.Mixins.TextOptions = { width: this.width, lineGap: TYPE.lineGap, continued: !last, underline: !!run.href, ...(run.href ? { link: run.href } : { link: null as unknown as string }) };
        if (i === 0) doc.text(run.text, this.x, y, opts);
        else doc.text(run.text, opts);
      };
      if (run.href) {
        const link = doc.struct('Link');
        p.add(link);
        link.add(draw);
        link.end();
      } else p.add(draw);
    });
    p.end();
    doc.fillColor(COLOURS.text).font('regular');
    doc.y += TYPE.paragraphGap;
  }

  private textBlock(text: string, parent: Struct, type: string): void {
    this.runs([{ text, bold: false, italic: false }], parent, type);
  }

  /** A paragraph; one that leads into a list (`beforeList`) stays on the page of the list's first item. */
  private paragraph(children: readonly PhrasingContent[], parent: Struct, beforeList = false): void {
    if (beforeList) {
      this.doc.font('regular').fontSize(TYPE.body);
      this.ensureSpace(this.doc.heightOfString(plainText(children), { width: this.width, lineGap: TYPE.lineGap }) + TYPE.paragraphGap + TYPE.body * 1.6);
    }
    this.runs(runsOf(children, this.options.resolveHref), parent);
  }

  /** Height of a field line of `lines` lines, gaps included. */
  private fieldHeight(lines: number): number {
    return lines === 1 ? 30 : 6 + (TYPE.body + TYPE.lineGap) * 1.2 + 3 + lines * LINE_PITCH + 8;
  }

  /** A unique form field name made from a label. */
  private fieldName(label: string): string {
    const base = `${this.options.fieldPrefix}${label}`.replace(/[.]/g, ' ').trim();
    const n = (this.usedNames.get(base) ?? 0) + 1;
    this.usedNames.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  }

  /**
   * „Label: ____”: the label, a line to write on and a fillable text field over it;
   * a long answer („(N wierszy)”) gets its label above a box N handwritten lines
   * tall, holding one multi-line field (typed lines would not match ruled ones).
   */
  private fieldLine(label: string, lines: number, parent: Struct): void {
    const doc = this.doc;
    const lineHeight = 22;
    this.ensureSpace(this.fieldHeight(lines));
    const text = `${label}:`;
    doc.font('regular').fontSize(TYPE.body);
    const long = lines > 1;
    const labelWidth = long ? this.width : Math.min(doc.widthOfString(text) + 6, this.width * 0.55);
    const y = doc.y;
    const p = doc.struct('P');
    parent.add(p);
    p.add(() => doc.text(text, this.x, y + 6, { width: labelWidth, lineGap: TYPE.lineGap }));
    const textBottom = doc.y;
    const name = this.fieldName(label);
    doc.markContent('Artifact', { type: 'Layout' });
    if (long) {
      const top = textBottom + 3;
      const height = lines * LINE_PITCH;
      doc.rect(this.x, top, this.width, height).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
      doc.endMarkedContent();
      addField(doc, { kind: 'text', name, label, x: this.x + 1, y: top + 1, w: this.width - 2, h: height - 2, multiline: true }, p);
      doc.y = top + height + 8;
    } else {
      const fieldX = this.x + labelWidth;
      const fieldW = this.width - labelWidth;
      const lineY = Math.max(y + lineHeight, textBottom);
      doc.moveTo(fieldX, lineY).lineTo(fieldX + fieldW, lineY).lineWidth(0.6).strokeColor(COLOURS.text).stroke();
      doc.endMarkedContent();
      addField(doc, { kind: 'text', name, label, x: fieldX, y: lineY - 16, w: fieldW, h: 15 }, p);
      doc.y = lineY + 8;
    }
    p.end();
  }

  private list(node: List, parent: Struct, depth: number): void {
    const doc = this.doc;
    const l = doc.struct('L');
    parent.add(l);
    const saved = { x: this.x, width: this.width };
    listItems(node, depth).forEach((item) => {
      const li = doc.struct('LI');
      l.add(li);
      this.ensureSpace(TYPE.body * 1.6);
      const y = doc.y;
      const isTask = item.checkbox;
      const label = item.marker;
      if (isTask) {
        // The box is drawn as layout; the fillable checkbox added below carries the meaning.
        doc.markContent('Artifact', { type: 'Layout' });
        doc.rect(saved.x + 1, y + 3, 9, 9).lineWidth(0.7).strokeColor(COLOURS.text).stroke();
        doc.endMarkedContent();
      } else {
        const lbl = doc.struct('Lbl');
        li.add(lbl);
        lbl.add(() => doc.font('regular').fontSize(TYPE.body).fillColor(COLOURS.text).text(label, saved.x, y, { width: LIST_INDENT, lineBreak: false }));
        lbl.end();
      }
      const body = doc.struct('LBody');
      li.add(body);
      this.x = saved.x + LIST_INDENT;
      this.width = saved.width - LIST_INDENT;
      doc.y = y;
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          this.runs(runsOf(child.children, this.options.resolveHref), body, item.spread ? 'P' : 'Span');
          doc.y -= item.spread ? 0 : TYPE.paragraphGap - 2;
        } else if (child.type === 'list') this.list(child, body, depth + 1);
        else this.blocks([child], body);
      }
      if (isTask) addField(doc, { kind: 'checkbox', name: this.fieldName(item.label), label: item.label, x: saved.x + 1, y: y + 3, w: 9, h: 9 }, body);
      body.end();
      li.end();
      this.x = saved.x;
      this.width = saved.width;
    });
    l.end();
    if (depth === 0) doc.y += TYPE.paragraphGap - 2;
  }

  private table(node: Table, parent: Struct): void {
    const doc = this.doc;
    const view = tableOf(node, this.options.resolveHref);
    if (!view) return;
    drawFormTable(
      doc,
      {
        x: this.x,
        width: this.width,
        header: view.header.map(runsText),
        rows: view.rows.map((r) => r.map(runsText)),
        name: this.lastHeading,
        fieldName: (label) => this.fieldName(label),
      },
      parent,
    );
    doc.x = this.x;
    doc.y += TYPE.paragraphGap + 2;
  }

  /** A blockquote: a note set off by a rule on its left. */
  private note(children: readonly (BlockContent | DefinitionContent)[], parent: Struct): void {
    const doc = this.doc;
    const startY = doc.y;
    const startPage = doc.bufferedPageRange().count;
    const saved = { x: this.x, width: this.width };
    this.x += 10;
    this.width -= 10;
    const note = doc.struct('Note');
    parent.add(note);
    this.blocks(children, note);
    note.end();
    this.x = saved.x;
    this.width = saved.width;
    if (doc.bufferedPageRange().count === startPage) {
      doc.markContent('Artifact', { type: 'Layout' });
      doc.moveTo(saved.x + 2, startY).lineTo(saved.x + 2, doc.y - TYPE.paragraphGap).lineWidth(2).strokeColor(COLOURS.accent).stroke();
      doc.endMarkedContent();
    }
  }

  private rule(): void {
    const doc = this.doc;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.moveTo(this.x, doc.y + 4).lineTo(this.x + this.width, doc.y + 4).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
    doc.endMarkedContent();
    doc.y += 12;
  }

  /** A figure with its alt text; the image itself is prepared with sharp. */
  image(url: string, alt: string, parent: Struct): void {
    const png = this.options.image?.(url);
    const doc = this.doc;
    if (!png) return this.runs([{ text: alt, bold: false, italic: true }], parent);
    const figure = doc.struct('Figure', { alt });
    parent.add(figure);
    const height = Math.min(220, this.width * 0.6);
    this.ensureSpace(height + 10);
    const y = doc.y;
    figure.add(() => doc.image(png, this.x, y, { fit: [this.width, height] }));
    figure.end();
    doc.y = y + height + TYPE.paragraphGap;
  }

  /** Plain text as runs with Polish typography applied. */
  typeset(text: string): Run[] {
    return runsOf([{ type: 'text', value: text }], this.options.resolveHref);
  }
}
