/** The last-updated day of an entry: its `zaktualizowano`, else the day it was added (`dodano`), else none. */
import type { AnyEntry } from '../../content/entries.ts';

/** RRRR-MM-DD, or undefined for entries with neither field (models, recommendations and pages without `zaktualizowano`). */
export function lastUpdated(entry: AnyEntry): string | undefined {
  const d = entry.data as { zaktualizowano?: string | undefined; dodano?: string | undefined };
  return d.zaktualizowano ?? d.dodano;
}
