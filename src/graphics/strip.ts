/**
 * The EU logo strip (settings → logotypy.plik) as the cards embed it: a data
 * URI of its clean bytes (an SVG sanitised, src/safety/), its proportions, and
 * a fingerprint of the file that goes into every card's key.
 */
import { readFileSync, statSync } from 'node:fs';
import type { SettingsData } from '../content/schemas/settings.ts';
import { imageInput } from '../safety/clean.ts';
import { publishedType } from '../safety/file-types.ts';
import { contentFile } from '../safety/paths.ts';
import { createHash } from 'node:crypto';

/** The logo strip as an image an SVG can embed. */
export interface StripImage {
  /** A data: URI of the strip file. */
  readonly href: string;
  /** Width divided by height. */
  readonly ratio: number;
}

export interface LoadedStrip extends StripImage {
  /** A short fingerprint of the file's bytes; it goes into every card's key. */
  readonly fingerprint: string;
}

function fingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

let cached: { file: string; mtime: number; strip: LoadedStrip } | undefined;

/** Reads the strip named in the settings; read once per file version, as every page's layout asks for it. */
export function loadStrip(contentDir: string, logotypy: SettingsData['logotypy']): LoadedStrip {
  const file = contentFile(contentDir, logotypy.plik);
  const mtime = statSync(file).mtimeMs;
  if (cached?.file === file && cached.mtime === mtime) return cached.strip;
  const bytes = readFileSync(file);
  const input = imageInput(contentDir, logotypy.plik);
  const clean = typeof input === 'string' ? bytes : input;
  const mime = publishedType(file)?.mime ?? 'application/octet-stream';
  const strip = {
    href: `data:${mime};base64,${clean.toString('base64')}`,
    ratio: logotypy.szerokosc / logotypy.wysokosc,
    fingerprint: fingerprint(bytes),
  };
  cached = { file, mtime, strip };
  return strip;
}
