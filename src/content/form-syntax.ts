/**
 * The form conventions of tools, defined once: a paragraph „Etykieta: _____”
 * is a line to write on (a fillable text field in the PDF), a task-list item
 * „- [ ] tak” is a checkbox. The site, the PDF writer and the lint below read
 * these definitions. The lint warns about near-misses that silently stay
 * plain text (dots, too few underscores, no colon, „- []”, …) and about a tool
 * without a „## Formularz” section. `formDamage` refuses what a rich-text
 * editor does to the syntax (bold underscores, escaped boxes): an editor in a
 * web form cannot see that the field is gone.
 */
import type { Emphasis, List, ListItem, Node, Paragraph, PhrasingContent, Root, Strong, ThematicBreak } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './problems.ts';

/**
 * A paragraph „Etykieta: ______” (label, colon, at least 5 underscores) is a line to write on;
 * „Etykieta: ______ (4 wiersze)” is a long answer with that many lines (group 2, see fieldLines).
 */
export const FIELD_LINE = /^(.+?):\s*_{5,}\s*(?:\(\s*(\d{1,2})\s+wiersz(?:e|y)?\s*\))?\s*$/;

/** Most lines a long answer gets (a third of a page). */
export const MAX_FIELD_LINES = 12;

/** How many lines a FIELD_LINE match asks for: 1 unless marked „(N wierszy)”, at most MAX_FIELD_LINES. */
export function fieldLines(match: RegExpExecArray): number {
  return Math.min(Math.max(Number(match[2] ?? 1), 1), MAX_FIELD_LINES);
}

/** The heading (level 2) under which a tool's form starts. */
export const FORM_HEADING = 'Formularz';

/** A line of a form written the right way, for messages. */
const fieldExample = (label: string) => `„${label || 'Etykieta'}: __________”`;

interface BodyOwner {
  readonly file: string;
  readonly body: Root;
  readonly bodyLine: number;
}

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

const cleanLabel = (label: string) => label.trim().replace(/[:\s]+$/, '');

/** What is wrong with one line of a paragraph that is meant as a form field, if anything. */
function lineProblem(line: string): string | undefined {
  const t = line.trim();
  const dots = /^(.*?)(\.{4,}|[.…]*…[.…]*)$/.exec(t);
  if (dots && (dots[2]!.length >= 2 || dots[1]!.trim().endsWith(':'))) {
    const label = cleanLabel(dots[1]!);
    return `wiersz „${t}” nie stanie się polem do wypełnienia, bo kropki nie tworzą pola; wpisz etykietę, dwukropek i co najmniej 5 podkreśleń: ${fieldExample(label)}`;
  }
  const short = /^(.+?):\s*_{1,4}$/.exec(t);
  if (short) return `wiersz „${t}” nie stanie się polem do wypełnienia, bo ma za mało podkreśleń; wpisz co najmniej 5: ${fieldExample(cleanLabel(short[1]!))}`;
  const noColon = /^([^:_]+?)\s*_{5,}$/.exec(t);
  if (noColon) return `wiersz „${t}” nie stanie się polem do wypełnienia, bo po etykiecie brakuje dwukropka; wpisz: ${fieldExample(cleanLabel(noColon[1]!))}`;
  const field = FIELD_LINE.exec(t);
  if (field && /_{3,}/.test(field[1]!)) {
    return `w wierszu „${t}” są dwa pola, a powstanie z nich jedno; zapisz każde pole w osobnym akapicie (oddziel je pustą linią), np. ${fieldExample(cleanLabel(field[1]!.split(/_{3,}/)[0]!))}`;
  }
  const box = /^(?:[-*+]\s*)?(?:\[\s*\]|\[_\]|[☐□])\s*(.*)$/.exec(t);
  if (box) return `„${t}” nie stanie się polem wyboru; zapisz je jako element listy z myślnikiem, spacją i nawiasem ze spacją w środku: „- [ ] ${box[1]!.trim() || 'tak'}”`;
  return undefined;
}

/** Emphasis made only of underscores: what a rich-text editor writes for a line „__________” („**__**”). */
function underscoreEmphasis(node: Node): node is Strong | Emphasis {
  return (node.type === 'strong' || node.type === 'emphasis') && /^[_\s]+$/.test(plain((node as Strong | Emphasis).children));
}

/** A list item whose text starts with „[ ] ”: GFM would have made it a box, so the brackets were escaped („- \[ \] tak”). */
function escapedBox(item: ListItem): string | undefined {
  const first = item.children[0];
  const text = item.checked == null && first?.type === 'paragraph' ? plain(first.children) : '';
  return /^\[[ xX]\]\s/.test(text) ? text.slice(4).trim() : undefined;
}

/**
 * Errors: form syntax damaged by a rich-text editor, which the tool's page
 * and PDF would show as text instead of a field.
 */
export function formDamage(tool: BodyOwner): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const where = (node: Node) => `treść, wiersz ${(node.position?.start.line ?? 1) + tool.bodyLine - 1}`;
  visit(tool.body, (node, index, parent) => {
    if (underscoreEmphasis(node) && parent) {
      const label = cleanLabel(plain((parent.children as PhrasingContent[]).slice(0, index)));
      problems.push({
        file: tool.file,
        where: where(node),
        message: `podkreślenia są pogrubione albo pochylone („**__**”), więc wiersz nie stanie się polem do wypełnienia – tak zapisuje je edytor tekstu sformatowanego; wpisz zwykłe podkreślenia: ${fieldExample(label)} (w formularzu redakcji edytuj treść narzędzia w trybie Markdown)`,
      });
    }
    const box = node.type === 'listItem' ? escapedBox(node) : undefined;
    if (box !== undefined) {
      problems.push({
        file: tool.file,
        where: where(node),
        message: `„[ ] ${box}” jest zwykłym tekstem, a nie polem wyboru, bo nawiasy poprzedzono ukośnikiem („\\[ \\]”) – tak zapisuje je edytor tekstu sformatowanego; wpisz „- [ ] ${box || 'tak'}” bez ukośników (w formularzu redakcji edytuj treść narzędzia w trybie Markdown)`,
      });
    }
  });
  return problems;
}

/** Warnings about the form syntax of one tool's body. */
export function lintForm(tool: BodyOwner): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const lineOf = (node: Node, offset = 0) => (node.position?.start.line ?? 1) + tool.bodyLine - 1 + offset;
  const warn = (line: number, message: string) => warnings.push({ file: tool.file, where: `treść, wiersz ${line}`, message });
  const hasForm = tool.body.children.some((n) => n.type === 'heading' && n.depth === 2 && plain(n.children).trim().toLowerCase().startsWith(FORM_HEADING.toLowerCase()));
  if (!hasForm) {
    warnings.push({
      file: tool.file,
      where: 'treść',
      message: `narzędzie nie ma sekcji „## ${FORM_HEADING}”, więc jego PDF nie ma pól do wypełnienia; dodaj śródtytuł „## ${FORM_HEADING}”, a pod nim pola, np. „Imię i nazwisko: __________” albo „- [ ] tak” (README, „Formularze w narzędziach”)`,
    });
  }
  let inForm = false;
  for (const block of tool.body.children) {
    if (block.type === 'heading' && block.depth <= 2) inForm = plain(block.children).trim().toLowerCase().startsWith(FORM_HEADING.toLowerCase());
    if (inForm && block.type === 'thematicBreak') warn(lineOf(block as ThematicBreak), `linia pozioma nie jest polem do wypełnienia; miejsce do pisania zapisz w jednym wierszu z etykietą: ${fieldExample('Uwagi')}`);
  }
  visit(tool.body, (node, _index, parent) => {
    // What formDamage refuses is not warned about as well.
    if (node.type === 'paragraph' && (node.children.some(underscoreEmphasis) || (parent?.type === 'listItem' && escapedBox(parent) !== undefined))) return;
    if (node.type === 'paragraph') lintParagraph(node, lineOf, warn);
    if (node.type === 'list') lintTicked(node, lineOf, warn);
  });
  return warnings;
}

function lintParagraph(p: Paragraph, lineOf: (n: Node, offset?: number) => number, warn: (line: number, message: string) => void): void {
  const only = p.children.length === 1 ? p.children[0] : undefined;
  if (only?.type === 'text' && FIELD_LINE.test(only.value) && !/_{3,}/.test(FIELD_LINE.exec(only.value)![1]!)) return;
  const lines = plain(p.children).split('\n');
  if (lines.length > 1 && lines.filter((l) => FIELD_LINE.test(l.trim())).length > 0) {
    warn(lineOf(p), `wiersze pól bez pustej linii między nimi łączą się w jeden akapit i nie staną się polami do wypełnienia; oddziel każde pole pustą linią, np. ${fieldExample(cleanLabel(FIELD_LINE.exec(lines.find((l) => FIELD_LINE.test(l.trim()))!.trim())![1]!))}`);
    return;
  }
  if (lines.length === 1 && FIELD_LINE.test(lines[0]!.trim()) && p.children.length > 1 && !/_{3,}/.test(FIELD_LINE.exec(lines[0]!.trim())![1]!)) {
    const label = cleanLabel(FIELD_LINE.exec(lines[0]!.trim())![1]!);
    warn(lineOf(p), `etykieta pola ma formatowanie (pogrubienie, kursywę albo odnośnik), więc wiersz nie stanie się polem do wypełnienia; zapisz etykietę zwykłym tekstem: ${fieldExample(label)}`);
    return;
  }
  lines.forEach((line, i) => {
    const problem = lineProblem(line);
    if (problem) warn(lineOf(p, i), problem);
  });
}

/** „- [x] tak” is shown as an empty box on the site: a template has nothing ticked. */
function lintTicked(list: List, lineOf: (n: Node) => number, warn: (line: number, message: string) => void): void {
  for (const item of list.children as ListItem[]) {
    if (item.checked !== true) continue;
    const text = item.children.flatMap((c) => (c.type === 'paragraph' ? [plain(c.children)] : [])).join(' ').trim();
    warn(lineOf(item), `zaznaczone pole „[x] ${text}” jest na stronie i w PDF puste, bo wzór wypełnia dopiero czytelnik; wpisz „- [ ] ${text}”`);
  }
}
