/**
 * The one entry point to validated content for the site and the toolkits.
 * The content folder is `content/` unless KOOP_CONTENT_DIR names another
 * (tests build fixture folders this way).
 */
import { resolve } from 'node:path';
import { currentContent } from './cache.ts';
import type { Content } from './entries.ts';
import { ContentError } from './problems.ts';

export function contentDir(): string {
  return resolve(process.env.KOOP_CONTENT_DIR ?? 'content');
}

/** The content, read once per process and again only after a change in `npm run dev`; throws a ContentError listing every problem. */
export function getContent(): Content {
  const result = currentContent(contentDir());
  if (!result.ok) throw new ContentError(result.problems);
  return result.content;
}

export { loadContent } from './load.ts';
export { ContentError, formatProblem, type ContentProblem } from './problems.ts';
export * from './entries.ts';
