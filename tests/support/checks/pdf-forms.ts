/**
 * What a tool's Markdown says its PDF form must hold (blank table cells and
 * their names, long answers), and checks of the laid-out pages against it:
 * headings and lead-in paragraphs on the page of what follows them, tables'
 * headings and headers on the page of their first row and headers on every
 * page a table continues on. Each check returns its problems as sentences.
 */
import type { Root, RootContent, Table } from 'mdast';
import { FIELD_LINE, fieldLines } from '../../../src/content/form-syntax.ts';
import { plainText } from '../../../src/toolkit/runs.ts';

export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const cellText = (cell: Table['children'][number]['children'][number]) => flat(plainText(cell.children));

/** A page's lines of text, and those set larger than body text (headings). */
export interface PageText {
  readonly lines: readonly string[];
  readonly headings: readonly string[];
}

export interface FormTable {
  /** The heading the table's fields are named after. */
  readonly heading: string;
  /** Whether the table follows its heading directly. */
  readonly direct: boolean;
  readonly header: string[];
  /** Accessible names of its blank cells, row by row. */
  readonly labels: string[];
}

/** A field as placed on a page. */
export interface PlacedField {
  readonly label: string;
  readonly page: number;
}

/** Blank cells of a body's tables, labelled as the PDF must name them (table – row – column). */
export function formTables(body: Root, title: string): FormTable[] {
  let heading = title;
  const out: FormTable[] = [];
  body.children.forEach((node, n) => {
    if (node.type === 'heading') heading = flat(plainText(node.children));
    if (node.type !== 'table') return;
    const [head, ...rows] = node.children;
    const header = head!.children.map(cellText);
    const labels: string[] = [];
    rows.forEach((row, r) => {
      const cells = header.map((_, i) => (row.children[i] ? cellText(row.children[i]!) : ''));
      cells.forEach((text, i) => {
        if (!text) labels.push(`${heading} – ${cells[0] || `wiersz ${r + 1}`} – ${header[i]}`);
      });
    });
    out.push({ heading, direct: body.children[n - 1]?.type === 'heading', header, labels });
  });
  return out;
}

/** Long answers („Etykieta: ____ (N wierszy)”) with the lines they ask for. */
export function longAnswers(body: Root): { label: string; lines: number }[] {
  return body.children.flatMap((node) => {
    const match = fieldOf(node);
    return match && fieldLines(match) > 1 ? [{ label: match[1]!, lines: fieldLines(match) }] : [];
  });
}

function fieldOf(node: RootContent): RegExpExecArray | null {
  const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' ? FIELD_LINE.exec(only.value) : null;
}

const words = (s: string) => flat(s).split(' ').slice(0, 3).join(' ');

/** The first words of a block, as they appear in the PDF's text. */
export function startOf(node: RootContent): string | undefined {
  if (node.type === 'heading') return flat(plainText(node.children));
  if (node.type === 'table') return node.children[0]?.children[0] ? cellText(node.children[0].children[0]) : undefined;
  if (node.type === 'paragraph') return words(fieldOf(node)?.[1] ?? plainText(node.children));
  if (node.type === 'list') {
    const first = node.children[0]?.children[0];
    return first?.type === 'paragraph' ? words(plainText(first.children)) : undefined;
  }
  return undefined;
}

/** Headings, and paragraphs that lead into a list, left on a page without the start of what follows them. */
export function separatedBlocks(body: Root, pages: readonly PageText[]): string[] {
  const problems: string[] = [];
  let from = 0;
  body.children.forEach((node, i) => {
    const next = body.children[i + 1];
    const start = next && startOf(next);
    let lead: string | undefined;
    let page = -1;
    if (node.type === 'heading') {
      lead = flat(plainText(node.children));
      page = pages.findIndex((p, n) => n >= from && p.headings.includes(lead!));
      if (page < 0) return void problems.push(`nagłówka „${lead}” nie ma w pliku`);
      from = page;
    } else if (node.type === 'paragraph' && next?.type === 'list' && start) {
      lead = startOf(node)!;
      page = pages.findIndex((p, n) => n >= from && p.lines.join(' ').includes(lead!));
      if (page < 0) return void problems.push(`akapitu „${lead}…” nie ma w pliku`);
    } else return;
    if (start && !pages[page]!.lines.join(' ').includes(start)) problems.push(`„${lead}” zostaje sam na stronie ${page + 1}: „${start}” zaczyna się dalej`);
  });
  return problems;
}

/** Tables whose heading or header leaves their first row, or whose header is missing on a page they continue on. */
export function tableBreaks(tables: readonly FormTable[], fields: readonly PlacedField[], pages: readonly PageText[]): string[] {
  const problems: string[] = [];
  for (const table of tables.filter((t) => t.labels.length > 0)) {
    const own = fields.filter((f) => table.labels.includes(f.label));
    const first = own.find((f) => f.label === table.labels[0]);
    if (!first) {
      problems.push(`tabela „${table.heading}” nie ma pól`);
      continue;
    }
    if (table.direct && !pages[first.page - 1]!.headings.includes(table.heading)) problems.push(`nagłówek „${table.heading}” nie stoi na stronie ${first.page} z pierwszym wierszem tabeli`);
    for (const page of new Set(own.map((f) => f.page))) {
      if (!pages[page - 1]!.lines.join(' ').includes(table.header[0]!)) problems.push(`tabela „${table.heading}” ciągnie się na stronie ${page} bez wiersza nagłówka`);
    }
  }
  return problems;
}
