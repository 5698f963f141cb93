/**
 * The clean bytes of an editor's file, as the site, the cards and the PDFs
 * use it: SVG sanitised, PDF stripped of active content, anything else as is.
 * Only for paths content checks have accepted (see paths.ts).
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { extensionOf } from './file-types.ts';
import { contentFile } from './paths.ts';
import { stripActiveContent } from './pdf.ts';
import { sanitizeSvgFile } from './svg.ts';

export interface CleanFile {
  readonly bytes: Uint8Array;
  /** What sanitising removed, as Polish labels (empty when the file was clean). */
  readonly removed: readonly string[];
}

/** A file whose content cannot be checked; the message is Polish „what; how to fix it”. */
export class UncheckableFile extends Error {}

/** Sanitised SVG bytes of an accepted SVG file (synchronous: layouts and cards need it). */
export function cleanSvg(file: string): CleanFile {
  const svg = sanitizeSvgFile(file);
  if (!svg.ok) throw new Error(`${file}: ${svg.message}`);
  return { bytes: Buffer.from(svg.svg), removed: svg.removed };
}

/** The clean bytes of an absolute file path; throws UncheckableFile for a PDF that cannot be checked. */
export async function cleanFile(file: string): Promise<CleanFile> {
  const ext = extensionOf(file);
  if (ext === 'svg') return cleanSvg(file);
  const bytes = readFileSync(file);
  if (ext !== 'pdf') return { bytes, removed: [] };
  let pdf: PDFDocument;
  let removed: string[];
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    // Encrypted objects cannot be inspected or rewritten, so such a file is never published.
    if (pdf.isEncrypted) throw new UncheckableFile('jest zaszyfrowany (chroniony hasłem), więc nie da się sprawdzić, czy nie zawiera skryptów; zapisz go ponownie bez zabezpieczeń i podmień plik');
    if (pdf.getPageCount() === 0) throw new Error('no pages');
    removed = stripActiveContent(pdf);
  } catch (error) {
    if (error instanceof UncheckableFile) throw error;
    throw new UncheckableFile('nie jest poprawnym plikiem PDF (jest uszkodzony albo ma inny format), więc nie da się sprawdzić jego zawartości; wyeksportuj go ponownie do PDF i podmień plik');
  }
  // An untouched file is published byte for byte.
  return removed.length === 0 ? { bytes, removed } : { bytes: await pdf.save({ useObjectStreams: false }), removed };
}

/** What sharp should read for an image a site path names: sanitised bytes for SVG, the file otherwise. */
export function imageInput(contentDir: string, url: string): Buffer | string {
  const file = contentFile(contentDir, url);
  return extensionOf(file) === 'svg' ? Buffer.from(cleanSvg(file).bytes) : file;
}
