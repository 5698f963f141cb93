/**
 * The one walk over a validated Markdown body that every renderer shares (the
 * site's HTML in src/site/lib/markdown-html.ts, the PDF writer in
 * src/toolkit/writer.ts, the DOCX writer in src/toolkit/docx/): what each block is (a heading, a line to write on, an
 * image, a paragraph, a list with its markers and checkboxes, a table with a
 * header row, a note from an editor component, a rule, code), decided once
 * here. Renderers only decide how a block looks.
 */
import type { BlockContent, DefinitionContent, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { FIELD_LINE, fieldLines } from './form-syntax.ts';
import { plainText, runsOf, type Run } from './runs.ts';

/** A node of a body or of a container (a list item, a note). */
export type BodyNode = RootContent | BlockContent | DefinitionContent;

export type Block =
  | { readonly kind: 'heading'; readonly depth: number; readonly text: string }
  /** „Etykieta: _____” (form-syntax.ts): a line to write on, or `lines` of them. */
  | { readonly kind: 'field'; readonly label: string; readonly lines: number }
  /** A paragraph holding only an image. */
  | { readonly kind: 'image'; readonly url: string; readonly alt: string }
  /** `beforeList`: the paragraph leads into a list that follows it directly. */
  | { readonly kind: 'paragraph'; readonly children: readonly PhrasingContent[]; readonly beforeList: boolean }
  | { readonly kind: 'list'; readonly node: List }
  | { readonly kind: 'table'; readonly node: Table }
  /** A blockquote, and so every editor component (<Uwaga>, <Wyroznienie>…, src/content/components.ts). */
  | { readonly kind: 'note'; readonly children: readonly (BlockContent | DefinitionContent)[] }
  | { readonly kind: 'rule' }
  | { readonly kind: 'code'; readonly text: string };

/** The line to write on that a paragraph is, if it is one. */
export function fieldOf(node: Paragraph): { readonly label: string; readonly lines: number } | undefined {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const match = only?.type === 'text' ? FIELD_LINE.exec(only.value) : null;
  return match?.[1] ? { label: match[1], lines: fieldLines(match) } : undefined;
}

/** What a node is for a renderer; `next` is the node after it. Nodes no document shows (definitions, HTML) give undefined. */
export function blockOf(node: BodyNode, next?: BodyNode): Block | undefined {
  switch (node.type) {
    case 'heading':
      return { kind: 'heading', depth: node.depth, text: plainText(node.children) };
    case 'paragraph': {
      const field = fieldOf(node);
      if (field) return { kind: 'field', ...field };
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'image') return { kind: 'image', url: only.url, alt: only.alt ?? '' };
      return { kind: 'paragraph', children: node.children, beforeList: next?.type === 'list' };
    }
    case 'list':
      return { kind: 'list', node };
    case 'table':
      return { kind: 'table', node };
    case 'blockquote':
      return { kind: 'note', children: node.children };
    case 'thematicBreak':
      return { kind: 'rule' };
    case 'code':
      return { kind: 'code', text: node.value };
    default:
      return undefined;
  }
}

/** Calls `write` with each block of `nodes` in reading order, with its index (renderers look ahead from it). */
export function walkBlocks(nodes: readonly BodyNode[], write: (block: Block, index: number) => void): void {
  nodes.forEach((node, i) => {
    const block = blockOf(node, nodes[i + 1]);
    if (block) write(block, i);
  });
}

export interface ListItemView {
  /** „3.” in an ordered list; „•” or „–” (by depth) in a bullet list. */
  readonly marker: string;
  /** A task item „- [ ] …”: a checkbox to tick (never ticked in a template). */
  readonly checkbox: boolean;
  /** Plain text of the item's paragraphs: a checkbox's name. */
  readonly label: string;
  /** Items separated by blank lines hold paragraphs; tight items hold spans. */
  readonly spread: boolean;
  readonly children: ListItem['children'];
}

/** The items of a list as renderers show them; `depth` 0 is a top-level list. */
export function listItems(node: List, depth: number): ListItemView[] {
  return node.children.map((item, i) => ({
    marker: node.ordered ? `${(node.start ?? 1) + i}.` : depth % 2 === 0 ? '•' : '–',
    checkbox: typeof item.checked === 'boolean',
    label: plainText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))),
    spread: !!item.spread,
    children: item.children,
  }));
}

export interface TableView {
  /** The header row's cells, as runs. */
  readonly header: readonly (readonly Run[])[];
  /** Body rows, each with as many cells as the header (a missing cell is empty: a place to fill in). */
  readonly rows: readonly (readonly (readonly Run[])[])[];
}

/** A table's header and body cells; `resolveHref` turns site paths in links into absolute addresses. */
export function tableOf(node: Table, resolveHref: (url: string) => string): TableView | undefined {
  const [head, ...rows] = node.children;
  if (!head) return undefined;
  const cell = (c: Table['children'][number]['children'][number] | undefined) => (c ? runsOf(c.children, resolveHref) : []);
  const columns = head.children.length;
  return {
    header: head.children.map(cell),
    rows: rows.map((r) => Array.from({ length: columns }, (_, i) => cell(r.children[i]))),
  };
}

/** The text of runs, without their styles. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
