/**
 * Parses an entry's Markdown body once into an mdast tree. The site renders
 * HTML from this tree and the toolkit renders PDF from the same tree.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
