/** Download details in the GOV.UK attachment style: „PDF, 412 KB, 36 stron”. */
import type { ManifestEntry } from '../../toolkit/manifest.ts';
import { NOUNS, countOf } from '../../typography/plural.ts';

/** „PDF, 412 KB, 36 stron” from the measured file. */
export function fileDetails(entry: Pick<ManifestEntry, 'bytes' | 'pages'>): string {
  const size = entry.bytes < 1024 * 1024 ? `${Math.max(1, Math.round(entry.bytes / 1024))}\u00A0KB` : `${(entry.bytes / 1024 / 1024).toFixed(1).replace('.', ',')}\u00A0MB`;
  return `PDF, ${size}, ${countOf(entry.pages, NOUNS.page)}`;
}
