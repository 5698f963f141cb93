/**
 * Draws a Markdown table in a PDF, cell by cell, so every cell's rectangle is
 * known: each blank cell becomes a multi-line text field named after its table,
 * row and column. The header row is kept with the first row, and repeated (as
 * a pagination artifact) on every page the table continues on.
 */
import type { Doc, Struct } from './document.ts';
import { addField, FIELD_FONT_SIZE, FIELD_LEADING } from './fields.ts';
import { COLOURS, CONTENT_BOTTOM, TYPE } from './geometry.ts';

export interface TableSpec {
  readonly x: number;
  readonly width: number;
  /** Text of the header cells. */
  readonly header: readonly string[];
  /** Text of the body cells, row by row (as many cells as header cells). */
  readonly rows: readonly (readonly string[])[];
  /** The table's name in field names: the heading above it. */
  readonly name: string;
  /** Makes a field name unique in the document. */
  readonly fieldName: (label: string) => string;
}

const PADDING = 4;
const SIZE = TYPE.body - 0.5;
/** Lines of typed text a blank cell holds before the viewer scrolls it. */
export const CELL_LINES = 3;
/** Height of a row with blank cells: room for CELL_LINES lines of typed text. */
export const BLANK_ROW_HEIGHT = Math.ceil(CELL_LINES * FIELD_FONT_SIZE.box * FIELD_LEADING + 2 * PADDING + 2);

/** Column widths: in proportion to the longest word and the text of each column, filling the width. */
export function columnWidths(doc: Doc, spec: Pick<TableSpec, 'width' | 'header' | 'rows'>): number[] {
  const columns = spec.header.length;
  const natural = Array.from({ length: columns }, (_, i) => {
    doc.font('bold').fontSize(SIZE);
    const head = doc.widthOfString(spec.header[i] ?? '');
    doc.font('regular').fontSize(SIZE);
    const body = Math.max(0, ...spec.rows.map((r) => doc.widthOfString(r[i] ?? '')));
    // A long header wraps: count it at about half its length; never below half an even share.
    return Math.max(head * 0.6, body, spec.width / columns / 2) + 2 * PADDING;
  });
  const total = natural.reduce((a, b) => a + b, 0);
  return natural.map((n) => (n / total) * spec.width);
}

/** The accessible name of a blank cell: table – row – column. */
export function cellLabel(table: string, row: readonly string[], rowIndex: number, column: string): string {
  const first = row[0]?.trim();
  return `${table} – ${first ? first : `wiersz ${rowIndex + 1}`} – ${column}`;
}

/** Column widths and the heights of the header and of a row, as `drawFormTable` lays them out. */
function measure(doc: Doc, spec: Pick<TableSpec, 'width' | 'header' | 'rows'>) {
  const widths = columnWidths(doc, spec);
  const textHeight = (text: string, w: number, font: 'bold' | 'regular') => {
    doc.font(font).fontSize(SIZE);
    return text ? doc.heightOfString(text, { width: w - 2 * PADDING, lineGap: 1 }) : 0;
  };
  const headHeight = Math.max(18, ...spec.header.map((t, i) => textHeight(t, widths[i]!, 'bold') + 2 * PADDING));
  const rowHeight = (row: readonly string[]) =>
    Math.max(row.some((c) => !c.trim()) ? BLANK_ROW_HEIGHT : 20, ...row.map((t, i) => textHeight(t, widths[i]!, 'regular') + 2 * PADDING));
  return { widths, headHeight, rowHeight };
}

/** Height of the header and the first row: what a heading above the table keeps on its page. */
export function tableStartHeight(doc: Doc, spec: Pick<TableSpec, 'width' | 'header' | 'rows'>): number {
  const { headHeight, rowHeight } = measure(doc, spec);
  const first = spec.rows[0];
  doc.font('regular').fontSize(TYPE.body);
  return headHeight + (first ? rowHeight(first) : 0);
}

export function drawFormTable(doc: Doc, spec: TableSpec, parent: Struct): void {
  const { widths, headHeight, rowHeight } = measure(doc, spec);
  const xs = widths.map((_, i) => spec.x + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const border = (y: number, h: number, fill: boolean) => {
    doc.markContent('Artifact', { type: 'Layout' });
    xs.forEach((x, i) => {
      doc.rect(x, y, widths[i]!, h).lineWidth(0.5);
      if (fill) doc.fillAndStroke(COLOURS.fill, COLOURS.rule);
      else doc.strokeColor(COLOURS.rule).stroke();
    });
    doc.endMarkedContent();
  };
  const cellText = (text: string, i: number, y: number, font: 'bold' | 'regular') => {
    doc.font(font).fontSize(SIZE).fillColor(COLOURS.text);
    doc.text(text, xs[i]! + PADDING, y + PADDING, { width: widths[i]! - 2 * PADDING, lineGap: 1 });
  };
  const header = (tagged: boolean, struct?: Struct) => {
    const y = doc.y;
    border(y, headHeight, true);
    if (tagged && struct) {
      const tr = doc.struct('TR');
      struct.add(tr);
      spec.header.forEach((text, i) => {
        // pdfkit 0.20 writes /Scope from `scope`; @types/pdfkit does not know the option yet.
        const th = doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions);
        tr.add(th);
        th.add(() => cellText(text, i, y, 'bold'));
        th.end();
      });
      tr.end();
    } else {
      // The header repeated after a page break is pagination, not content read twice.
      doc.markContent('Artifact', { type: 'Pagination' });
      spec.header.forEach((text, i) => cellText(text, i, y, 'bold'));
      doc.endMarkedContent();
    }
    doc.y = y + headHeight;
  };

  const table = doc.struct('Table');
  parent.add(table);
  // The header never stands alone: it starts on the page where the first row fits.
  const first = spec.rows[0];
  if (doc.y + headHeight + (first ? rowHeight(first) : 0) > CONTENT_BOTTOM) doc.addPage();
  header(true, table);
  spec.rows.forEach((row, r) => {
    const h = rowHeight(row);
    if (doc.y + h > CONTENT_BOTTOM) {
      doc.addPage();
      header(false);
    }
    const y = doc.y;
    border(y, h, false);
    const tr = doc.struct('TR');
    table.add(tr);
    row.forEach((text, i) => {
      const td = doc.struct('TD');
      tr.add(td);
      if (text.trim()) td.add(() => cellText(text, i, y, 'regular'));
      else {
        const label = cellLabel(spec.name, row, r, spec.header[i] ?? `kolumna ${i + 1}`);
        addField(doc, { kind: 'text', name: spec.fieldName(label), label, x: xs[i]! + 1, y: y + 1, w: widths[i]! - 2, h: h - 2, multiline: true }, td);
      }
      td.end();
    });
    tr.end();
    doc.y = y + h;
  });
  table.end();
  doc.font('regular').fontSize(TYPE.body).fillColor(COLOURS.text);
}
