/** Download details in the GOV.UK attachment style: „PDF, 412 KB, 36 stron”, „DOCX, 18 KB”. */
import type { EditableEntry, ManifestEntry } from './manifest.ts';
import { NOUNS, countOf } from '../typography/plural.ts';

/** „412 KB”, „2,3 MB”: whole kilobytes below a megabyte, one decimal (a comma) above. */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))}\u00A0KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')}\u00A0MB`;
}

/** „PDF, 412 KB, 36 stron” from the measured file. */
export function fileDetails(entry: Pick<ManifestEntry, 'bytes' | 'pages'>): string {
  return `PDF, ${fileSize(entry.bytes)}, ${countOf(entry.pages, NOUNS.page)}`;
}

/** „DOCX, 18 KB” from the measured file (a DOCX has no fixed pages: they depend on the editor that opens it). */
export function editableDetails(entry: Pick<EditableEntry, 'bytes'>): string {
  return `DOCX, ${fileSize(entry.bytes)}`;
}
