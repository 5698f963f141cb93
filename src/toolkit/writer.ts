/**
 * Writes Markdown (mdast) into a tagged pdfkit document: headings, paragraphs
 * with emphasis and links, nested lists, tables with header cells, notes,
 * images with alt text, and the tool form conventions as real fillable fields.
 * Every piece of content is added to the structure tree in reading order.
 */
import type { BlockContent, DefinitionContent, Heading, List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import { FIELD_LINE } from '../site/lib/markdown-html.ts';
import type { Doc, Struct } from './document.ts';
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

export class MarkdownWriter {
  private readonly doc: Doc;
  private readonly options: WriterOptions;
  private x = PAGE.margins.left;
  private width = CONTENT_WIDTH;
  private readonly usedNames = new Map<string, number>();

  constructor(doc: Doc, options: WriterOptions) {
    this.doc = doc;
    this.options = options;
  }

  /** Writes block content as children of `parent`. */
  blocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[], parent: Struct): void {
    nodes.forEach((node) => {
      if (node.type === 'heading') this.heading(node, parent);
      else if (node.type === 'paragraph') this.paragraph(node, parent);
      else if (node.type === 'list') this.list(node, parent, 0);
      else if (node.type === 'table') this.table(node, parent);
      else if (node.type === 'blockquote') this.note(node.children, parent);
      else if (node.type === 'thematicBreak') this.rule();
      else if (node.type === 'code') this.textBlock(node.value, parent, 'P');
    });
  }

  /** Leaves room for `height` points or starts a new page. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > CONTENT_BOTTOM) this.doc.addPage();
  }

  /** A heading of the given level (1–6), kept together with what follows. */
  headingText(text: string, level: number, parent: Struct): void {
    const size = TYPE.h[Math.min(level, 6)] ?? TYPE.body;
    const doc = this.doc;
    // A heading never stands alone at the bottom of a page: keep room for it and three lines.
    this.ensureSpace(size * 1.4 + 3 * (TYPE.body + TYPE.lineGap) * 1.2);
    if (doc.y > PAGE.margins.top + 1) doc.y += size * 0.6;
    this.options.onHeading?.(text, level);
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

  private heading(node: Heading, parent: Struct): void {
    this.headingText(plainText(node.children), node.depth + this.options.headingOffset, parent);
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

  private paragraph(node: Paragraph, parent: Struct): void {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const field = only?.type === 'text' ? FIELD_LINE.exec(only.value) : null;
    if (field?.[1]) return this.fieldLine(field[1], parent);
    if (only?.type === 'image') return this.image(only.url, only.alt ?? '', parent);
    this.runs(runsOf(node.children, this.options.resolveHref), parent);
  }

  /** A unique form field name made from a label. */
  private fieldName(label: string): string {
    const base = `${this.options.fieldPrefix}${label}`.replace(/[.]/g, ' ').trim();
    const n = (this.usedNames.get(base) ?? 0) + 1;
    this.usedNames.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  }

  /** „Label: ____”: the label, a line to write on and a fillable text field over it. */
  private fieldLine(label: string, parent: Struct): void {
    const doc = this.doc;
    const lineHeight = 22;
    this.ensureSpace(lineHeight + 6);
    const text = `${label}:`;
    doc.font('regular').fontSize(TYPE.body);
    const labelWidth = Math.min(doc.widthOfString(text) + 6, this.width * 0.55);
    const y = doc.y;
    const p = doc.struct('P');
    parent.add(p);
    p.add(() => doc.text(text, this.x, y + 6, { width: labelWidth, lineGap: TYPE.lineGap }));
    const textBottom = doc.y;
    const fieldX = this.x + labelWidth;
    const fieldW = this.width - labelWidth;
    const lineY = Math.max(y + lineHeight, textBottom);
    doc.markContent('Artifact', { type: 'Layout' });
    doc.moveTo(fieldX, lineY).lineTo(fieldX + fieldW, lineY).lineWidth(0.6).strokeColor(COLOURS.text).stroke();
    doc.endMarkedContent();
    this.formField('text', label, fieldX, lineY - 16, fieldW, 15, p);
    p.end();
    doc.y = lineY + 8;
  }

  /** Adds a widget annotation tagged as a Form element, with the label as its accessible name. */
  private formField(kind: 'text' | 'checkbox', label: string, x: number, y: number, w: number, h: number, parent: Struct): void {
    const doc = this.doc as Doc & {
      _fieldDict(name: string, type: string, options: object): Record<string, unknown>;
      _addToParent(ref: unknown): void;
      page: { annotations: unknown[] };
    };
    const form = doc.struct('Form');
    parent.add(form);
    const dict = doc._fieldDict(this.fieldName(label), kind, kind === 'text' ? { font: 'regular', fontSize: 10 } : {});
    dict.Subtype = 'Widget';
    dict.F = 4;
    dict.TU = new String(label);
    doc.annotate(x, y, w, h, { ...dict, structParent: form } as PDFKit.Mixins.AnnotationOption);
    doc._addToParent(doc.page.annotations.at(-1));
    form.end();
  }

  private list(node: List, parent: Struct, depth: number): void {
    const doc = this.doc;
    const l = doc.struct('L');
    parent.add(l);
    const saved = { x: this.x, width: this.width };
    node.children.forEach((item: ListItem, i) => {
      const li = doc.struct('LI');
      l.add(li);
      this.ensureSpace(TYPE.body * 1.6);
      const y = doc.y;
      const isTask = typeof item.checked === 'boolean';
      const label = node.ordered ? `${(node.start ?? 1) + i}.` : depth % 2 === 0 ? '•' : '–';
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
      if (isTask) this.formField('checkbox', plainText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))), saved.x + 1, y + 3, 9, 9, body);
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
    const [head, ...rows] = node.children;
    if (!head) return;
    const cellText = (cell: Table['children'][number]['children'][number]) => runsOf(cell.children, this.options.resolveHref).map((r) => r.text).join('');
    const columns = head.children.length;
    // Keep at least the header and one row together.
    this.ensureSpace(60);
    doc.font('regular').fontSize(TYPE.body - 0.5).fillColor(COLOURS.text);
    const data = [
      head.children.map((c) => ({ text: cellText(c), type: 'TH' as const, font: { src: 'bold' }, backgroundColor: COLOURS.fill })),
      ...rows.map((r) => Array.from({ length: columns }, (_, i) => ({ text: r.children[i] ? cellText(r.children[i]!) : '', type: 'TD' as const }))),
    ];
    doc.table({
      position: { x: this.x, y: doc.y },
      maxWidth: this.width,
      rowStyles: (i: number) => (i === 0 ? { minHeight: 18 } : { minHeight: 24 }),
      defaultStyle: { padding: 4, border: 0.5, borderColor: COLOURS.rule },
      data,
      structParent: parent,
    } as PDFKit.Mixins.TableOptionsWithData);
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
