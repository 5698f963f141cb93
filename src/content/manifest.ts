/**
 * What the toolkit build wrote, measured from the files themselves: the
 * downloads page and the tool pages show these figures, never typed ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOWNLOADS_DIR } from './bundles.ts';

export interface ManifestEntry {
  /** Site path of the PDF. */
  readonly path: string;
  readonly title: string;
  readonly pages: number;
  readonly bytes: number;
  /** Edition date, RRRR-MM-DD. */
  readonly edition: string;
}

/** A tool's editable DOCX, next to its PDF. */
export interface EditableEntry {
  /** Site path of the DOCX. */
  readonly path: string;
  readonly bytes: number;
}

export interface Manifest {
  readonly bundles: Readonly<Record<string, ManifestEntry & { readonly thumbnail: string; readonly tools: readonly string[] }>>;
  readonly tools: Readonly<Record<string, ManifestEntry & { readonly docx?: EditableEntry }>>;
}

export const MANIFEST_FILE = 'manifest.json';

/** Folder holding the built PDFs: the build's staging folder, or dist/do-pobrania. */
export function downloadsDir(): string {
  return resolve(process.env.KOOP_DOWNLOADS_DIR ?? join('dist', DOWNLOADS_DIR));
}

/** The manifest of the last toolkit build, or undefined when none has run. */
export function readManifest(dir = downloadsDir()): Manifest | undefined {
  const file = join(dir, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}
