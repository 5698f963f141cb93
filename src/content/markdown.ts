/**
 * Parses an entry's Markdown body once into an mdast tree. The site renders
 * HTML from this tree and the toolkit renders PDF from the same tree.
 * A build keeps the trees in its cache (cacheParsedMarkdown), keyed by the
 * text and the code version, so a rebuild parses only the bodies that changed.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { fileCache, inputKey, type FileCache } from '../build/cache.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

let trees: FileCache | undefined;

/** Keeps parsed trees in `dir` from now on in this process (the build does; the live preview and tests parse afresh). */
export function cacheParsedMarkdown(dir: string | undefined): void {
  trees = dir === undefined ? undefined : fileCache(dir);
}

/** A tree from the cache; a damaged file (cut short, edited by hand) counts as missing and is parsed and written again. */
function cachedTree(bytes: Buffer | undefined): Root | undefined {
  if (!bytes) return undefined;
  try {
    const tree = JSON.parse(bytes.toString('utf8')) as Root;
    return tree?.type === 'root' && Array.isArray(tree.children) ? tree : undefined;
  } catch {
    return undefined;
  }
}

export function parseMarkdown(body: string): Root {
  if (!trees) return parser.runSync(parser.parse(body)) as Root;
  const key = inputKey(body);
  const hit = cachedTree(trees.get(key, 'json'));
  if (hit) return hit;
  const tree = parser.runSync(parser.parse(body)) as Root;
  trees.put(key, 'json', Buffer.from(JSON.stringify(tree)));
  return tree;
}
