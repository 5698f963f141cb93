/**
 * The one entry point to validated content for the site and the toolkits.
 * The content folder is `content/` unless KOOP_CONTENT_DIR names another
 * (tests build fixture folders this way).
 */
import { resolve } from 'node:path';
import type { Content } from './entries.ts';
import { loadContent } from './load.ts';
import { ContentError } from './problems.ts';

export function contentDir(): string {
  return resolve(process.env.KOOP_CONTENT_DIR ?? 'content');
}

let cached: Content | undefined;

/** Loads the content once per process; throws a ContentError listing every problem. */
export function getContent(): Content {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const result = loadContent(contentDir());
  if (!result.ok) throw new ContentError(result.problems);
  cached = result.content;
  return cached;
}

export { loadContent } from './load.ts';
export { ContentError, formatProblem, type ContentProblem } from './problems.ts';
export * from './entries.ts';
