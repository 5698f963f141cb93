/**
 * The form part of a tool's DOCX as an office worker knows it from paper
 * forms: „Etykieta: ________” is the label and an underlined space to the
 * right margin (an underlined tab, so it stays one line whatever is typed
 * before it), a long answer is its label over as many underlined lines, and
 * a checkbox is Word's check-box content control, named after its item.
 */
import { CheckBox, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { STYLE, TEXT_WIDTH } from './styles.ts';

/** Height of one line to write on: room for handwriting, as in the PDFs (about 1.6 lines). */
const WRITING_LINE = 440;

/** Characters of a label past which its line to write on goes below it (about 55% of the text width). */
const LONG_LABEL = 50;

const underlined = () => new TextRun({ children: [new Tab()], underline: {} });
const toRightMargin = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }];

/** „Label:” and an underlined space to the right margin, or, for a long answer, `lines` underlined lines below it. */
export function fieldLine(label: string, lines: number, indent = 0): Paragraph[] {
  const common = { style: STYLE.field, tabStops: toRightMargin, ...(indent ? { indent: { left: indent } } : {}) };
  // A label that takes most of a line gets its line below it, as the PDFs do past 55% of the width.
  const own = label.length > LONG_LABEL ? [new TextRun({ break: 1 })] : [];
  if (lines <= 1) return [new Paragraph({ ...common, children: [new TextRun(`${label}: `), ...own, underlined()] })];
  return [
    new Paragraph({ ...common, keepNext: true, children: [new TextRun(`${label}:`)] }),
    ...Array.from({ length: lines }, (_, i) => new Paragraph({ ...common, keepNext: i < lines - 1, spacing: { before: 0, after: 0, line: WRITING_LINE, lineRule: 'exact' }, children: [underlined()] })),
  ];
}

/** An empty check-box content control named after what it ticks (a template has nothing ticked). */
export function checkBox(label: string): CheckBox {
  return new CheckBox({ alias: label.slice(0, 64), checked: false });
}
