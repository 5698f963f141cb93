/**
 * Renders an entry's mdast body to HTML for the site: headings get ids for
 * anchors, internal links and images get the deployment base, and the tool
 * form conventions (lines to write on, checkboxes) become styled elements;
 * tables sit in labelled regions that scroll sideways on narrow screens.
 * The body is walked block by block with the walk the PDF and DOCX writers
 * share (`walkBlocks`, src/content/blocks.ts): it decides what each block is
 * (a line to write on among them); mdast-util-to-hast draws the rest.
 * Polish typography is applied to the text here, as the HTML is produced.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, Root } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { walkBlocks, type Block } from '../../content/blocks.ts';
import { pictureElement } from '../../images/picture.ts';
import { siteImage } from '../../images/registry.ts';
import { typesetTree } from '../../typography/hast.ts';
import { slugify } from '../../typography/slug.ts';
import { withBase } from '../../content/urls.ts';
import { WORDS } from '../../domain/words/index.ts';

export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly id: string;
}

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

export interface RenderedMarkdown {
  readonly html: string;
  readonly headings: readonly Heading[];
}

/** Bodies rendered in this process, by their parsed tree and base: a page reads the headings for its contents and the Markdown component the HTML, from one rendering. A changed file is a new tree. */
const rendered = new WeakMap<Root, Map<string, RenderedMarkdown>>();

/** Renders the body; returns the HTML and the h2/h3 headings (for a page's contents list). */
export function renderMarkdown(body: Root, base: string): RenderedMarkdown {
  const forBody = rendered.get(body) ?? rendered.set(body, new Map()).get(body)!;
  const known = forBody.get(base);
  if (known) return known;
  const result = renderOnce(body, base);
  forBody.set(base, result);
  return result;
}

function renderOnce(body: Root, base: string): RenderedMarkdown {
  // The library's own root handler returns a root too; its Handler type only names element content.
  const tree = toHast(body, { handlers: { root: rootByBlocks as unknown as Handler } }) as HastRoot;
  const headings: Heading[] = [];
  const used = new Set<string>();
  const tables: { table: Element; parent: { children: unknown[] }; heading: string | undefined }[] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    const depth = /^h([2-6])$/.exec(node.tagName)?.[1];
    if (depth) {
      const text = textOf(node);
      // An id must start with a letter: „§ 1. Nazwa” becomes „sekcja-1-nazwa”.
      const base = /^[a-z]/.test(slugify(text)) ? slugify(text) : `sekcja-${slugify(text)}`.replace(/-$/, '');
      let id = base;
      for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
      used.add(id);
      node.properties.id = id;
      headings.push({ depth: Number(depth), text, id });
    }
    if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      const url = node.properties.href;
      node.properties.href = withBase(base, url);
      if (/^https?:/.test(url)) node.properties.rel = ['external'];
    }
    if (node.tagName === 'img' && typeof node.properties.src === 'string') {
      // Photos prepared by the build (src/integrations/images.ts) become <picture> with their sizes.
      const image = siteImage(node.properties.src);
      if (image) {
        Object.assign(node, pictureElement(image, String(node.properties.alt ?? ''), base));
        return SKIP;
      }
      node.properties.src = withBase(base, node.properties.src);
      node.properties.loading = 'lazy';
    }
    if (node.tagName === 'li') markCheckbox(node);
    if (node.tagName === 'table') {
      node.properties.className = ['tabela'];
      if (parent) tables.push({ table: node, parent, heading: headings.at(-1)?.text });
    }
    if (node.tagName === 'th') node.properties.scope = 'col';
    return undefined;
  });
  tables.forEach((t, i) => {
    t.parent.children[t.parent.children.indexOf(t.table)] = scrollRegion(t.table, WORDS.chrome.tableRegion(i + 1, t.heading));
  });
  return { html: toHtml(typesetTree(tree)), headings };
}

/**
 * A table inside a labelled, focusable region that scrolls sideways: on a
 * phone a wide table keeps whole words and the reader scrolls it (by touch,
 * or by keyboard once the region has focus) instead of reading words broken
 * mid-word. The label names the table by its number and nearest heading.
 */
function scrollRegion(table: Element, label: string): Element {
  return { type: 'element', tagName: 'section', properties: { className: ['scroll'], ariaLabel: label, tabIndex: 0 }, children: [table] };
}

/** The body's blocks in reading order, through the shared walk; definitions and comments show nothing, as before. */
function rootByBlocks(state: State, node: Root): HastRoot {
  const parts: ElementContent[] = [];
  walkBlocks(node.children, (block, i) => {
    const child = node.children[i]!;
    if (block.kind === 'field') {
      parts.push(fieldElement(state, child as Paragraph, block));
      return;
    }
    const result = state.one(child, node);
    if (Array.isArray(result)) parts.push(...result);
    else if (result) parts.push(result);
  });
  const root: HastRoot = { type: 'root', children: state.wrap(parts) };
  state.patch(node, root);
  return state.applyData(node, root) as HastRoot;
}

/** A line to write on („Imię i nazwisko: ____”) as a labelled field. */
function fieldElement(state: State, node: Paragraph, field: Extract<Block, { kind: 'field' }>): Element {
  const line = (): Element => ({ type: 'element', tagName: 'span', properties: { className: ['pole__linia'] }, children: [] });
  const p: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: field.lines > 1 ? ['pole', 'pole--dlugie'] : ['pole'] },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['pole__etykieta'] }, children: [{ type: 'text', value: `${field.label}:` }] },
      { type: 'text', value: ' ' },
      field.lines > 1 ? { type: 'element', tagName: 'span', properties: { className: ['pole__linie'] }, children: Array.from({ length: field.lines }, line) } : line(),
    ],
  };
  state.patch(node, p);
  return p;
}

function markCheckbox(li: Element): void {
  const inputAt = (children: ElementContent[]) =>
    children.findIndex((c) => c.type === 'element' && c.tagName === 'input' && c.properties.type === 'checkbox');
  // Task items render as <li><input> text</li> or <li><p><input> text</p></li>.
  const holder = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') ?? li;
  const at = inputAt(holder.children);
  if (at < 0) return;
  holder.children.splice(at, 1, {
    type: 'element',
    tagName: 'span',
    properties: { className: ['kratka'], ariaHidden: 'true' },
    children: [{ type: 'text', value: '☐' }],
  });
  li.properties.className = ['wybor'];
}
