/**
 * Inline Markdown flattened to styled runs of text, with Polish typography
 * applied: what every document renderer (PDF, DOCX) writes for a paragraph.
 */
import type { PhrasingContent } from 'mdast';
import { typesetText } from '../typography/text.ts';

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Absolute address for links. */
  readonly href?: string | undefined;
}

interface Style {
  bold: boolean;
  italic: boolean;
  href?: string | undefined;
}

/** Flattens phrasing content; `resolveHref` turns site paths into absolute addresses. */
export function runsOf(nodes: readonly PhrasingContent[], resolveHref: (url: string) => string): Run[] {
  const out: Run[] = [];
  const walk = (list: readonly PhrasingContent[], style: Style) => {
    for (const n of list) {
      if (n.type === 'text' || n.type === 'inlineCode') out.push({ ...style, text: n.value });
      else if (n.type === 'strong') walk(n.children, { ...style, bold: true });
      else if (n.type === 'emphasis') walk(n.children, { ...style, italic: true });
      else if (n.type === 'delete') walk(n.children, style);
      else if (n.type === 'link') walk(n.children, { ...style, href: resolveHref(n.url) });
      else if (n.type === 'break') out.push({ ...style, text: '\n' });
      else if (n.type === 'image') out.push({ ...style, text: n.alt ?? '' });
    }
  };
  walk(nodes, { bold: false, italic: false });
  return typesetRuns(mergeRuns(out));
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged.at(-1);
    if (last && last.bold === r.bold && last.italic === r.italic && last.href === r.href) merged[merged.length - 1] = { ...last, text: last.text + r.text };
    else merged.push(r);
  }
  return merged;
}

/** Applies Polish typography across run boundaries (quotes opened in one run close in another). */
function typesetRuns(runs: Run[]): Run[] {
  let prev = ' ';
  return runs.map((r) => {
    const text = r.text === '\n' ? r.text : typesetText(r.text.replace(/\s+/g, ' '), prev);
    prev = r.text.at(-1) ?? prev;
    return { ...r, text };
  });
}

/** Plain text of phrasing content. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return runsOf(nodes, (u) => u).map((r) => r.text).join('');
}
