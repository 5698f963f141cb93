/**
 * Polish typography as a step of the Markdown → HTML pipeline: applies
 * `typesetText` to the text nodes of an HTML tree (hast) before it is
 * written out, never to attributes, comments, or the content of script,
 * style, textarea, pre, code, kbd, samp, svg and math. Quotes that span
 * inline elements open and close correctly: the character before each text
 * is carried across inline tags and reset at block boundaries.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { typesetText } from './text.ts';

/** Elements whose text stays as written. */
const SKIP = new Set(['script', 'style', 'textarea', 'pre', 'code', 'kbd', 'samp', 'svg', 'math']);
/** Block boundaries reset the quote context (at their start and at their end). */
const BLOCK = /^(p|li|h[1-6]|td|th|div|br|dt|dd|title|option|button|label|caption|figcaption)$/;

/** Typesets the tree in place and returns it. */
export function typesetTree<T extends Root>(tree: T): T {
  let lastChar = ' ';
  const walk = (nodes: Array<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        // The context is the text as written (a typeset „ would open the next quote where " closes it).
        const written = node.value;
        node.value = typesetText(written, lastChar);
        lastChar = written.at(-1) ?? lastChar;
      } else if (node.type === 'element') {
        const block = BLOCK.test(node.tagName);
        if (block) lastChar = ' ';
        if (!SKIP.has(node.tagName)) walk(node.children);
        if (block) lastChar = ' ';
      }
    }
  };
  walk(tree.children);
  return tree;
}
