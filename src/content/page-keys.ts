/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs): a page that getStaticPaths gives a `cacheKey` is copied
 * from the last build instead of rendered again when its route's code and its
 * key are both unchanged. A key that misses something the page shows would
 * publish a stale page, so the keys are coarse on purpose:
 * - every key holds the code version (src/ and package-lock.json, as every
 *   other cached file of the build) and the shared part of the content: the
 *   settings, every entry's front matter, file and address, and the bytes of
 *   every file of content/ that is not an entry's Markdown (photos, logos,
 *   attached files). A new title, a moved entry or a replaced photo makes
 *   every page anew;
 * - a Markdown body counts only in the keys of the pages that show it: the
 *   entry's own page (no page shows another entry's body, only its front
 *   matter: title, description, dates, relations);
 * - the toolkit figures (a PDF's size and pages) count in the keys of the
 *   pages that show them, each page naming the part it shows.
 * tests/integration/incremental.test.ts rebuilds after edits of each kind and
 * compares the result with a build from scratch, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputKey } from '../build/cache.ts';
import { walkContent } from '../safety/tree.ts';
import { allEntries, type AnyEntry, type Content } from './entries.ts';

/** What a page shows besides the shared part of the content. */
export interface PageKeyParts {
  /** Entries whose Markdown body the page shows: its own entry. */
  readonly bodies?: readonly AnyEntry[];
  /** The part of the toolkit manifest the page shows (src/content/manifest.ts), as plain data. */
  readonly files?: unknown;
}

const shared = new WeakMap<Content, string>();
const bodies = new WeakMap<object, string>();

/** Markdown files are entries: their front matter counts through `data`, their bodies through the pages that show them. */
const MARKDOWN = /\.mdx?$/i;

/** The part of the content every page may show, as one hash. */
export function sharedContentDigest(content: Content): string {
  const known = shared.get(content);
  if (known) return known;
  // Bytes count by their hash (inputKey).
  const files = walkContent(content.dir)
    .files.filter((f) => !MARKDOWN.test(f))
    .map((f) => [f, readFileSync(join(content.dir, ...f.split('/')))]);
  const entries = allEntries(content).map((e) => [e.kind, e.id, e.file, e.path, e.slug, e.data]);
  const digest = inputKey(content.settings, entries, files);
  shared.set(content, digest);
  return digest;
}

/** A hash of an entry's parsed body (positions included: they are what the file said). */
export function bodyDigest(entry: AnyEntry): string {
  const known = bodies.get(entry.body);
  if (known) return known;
  const digest = inputKey(entry.body);
  bodies.set(entry.body, digest);
  return digest;
}

/** The `cacheKey` of a page of the site that shows the shared content and `parts`. */
export function pageKey(content: Content, parts: PageKeyParts = {}): string {
  return inputKey(sharedContentDigest(content), (parts.bodies ?? []).map(bodyDigest), parts.files ?? null);
}
