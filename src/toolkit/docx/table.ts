/**
 * A Markdown table in the DOCX: a header row Word repeats on every page the
 * table runs onto, column widths in proportion to their text (as in the PDFs),
 * and rows with blank cells tall enough to write a few lines in by hand.
 */
import { HeightRule, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { Table as MdTable } from 'mdast';
import { runsText, tableOf } from '../../content/blocks.ts';
import type { Run } from '../../content/runs.ts';
import { COLOURS } from '../geometry.ts';
import { STYLE, TEXT_WIDTH } from './styles.ts';

/** What a table needs of the writer (writer.ts): addresses of links, and runs as paragraph children. */
export interface CellWriter {
  readonly resolveHref: (url: string) => string;
  runs(runs: readonly Run[]): ParagraphChild[];
}

/** Height of a row with blank cells: about three handwritten lines. */
const BLANK_ROW = 900;

/** Column widths in twips, in proportion to each column's longest text (a long header counts at about half). */
export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], width: number): number[] {
  const natural = header.map((h, i) => Math.max(h.length * 0.6, ...rows.map((r) => r[i]?.length ?? 0), 40 / header.length));
  const total = natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((n) => Math.floor((n / total) * width));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function formTable(node: MdTable, writer: CellWriter, indent = 0): Table | undefined {
  const view = tableOf(node, writer.resolveHref);
  if (!view) return undefined;
  const width = TEXT_WIDTH - indent;
  const widths = columnWidths(view.header.map(runsText), view.rows.map((r) => r.map(runsText)), width);
  const cell = (runs: readonly Run[], i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOURS.fill.replace('#', '').toUpperCase(), color: 'auto' } } : {}),
      children: [new Paragraph({ style: header ? STYLE.tableHeader : STYLE.tableText, children: writer.runs(runs) })],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    ...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: view.header.map((runs, i) => cell(runs, i, true)) }),
      ...view.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            ...(row.some((c) => !runsText(c).trim()) ? { height: { value: BLANK_ROW, rule: HeightRule.ATLEAST } } : {}),
            children: row.map((runs, i) => cell(runs, i, false)),
          }),
      ),
    ],
  });
}
