/**
 * Warnings `npm run check` prints after a successful check: sources whose
 * address is not confirmed and terminology variants. They never fail the check.
 */
import type { Content } from './entries.ts';
import { formatProblem } from './problems.ts';
import { unconfirmedSources } from './source-review.ts';
import { contentTexts, findVariants, loadTerminology } from './terminology.ts';

/** The lines to print, headed per group; empty when there is nothing to report. */
export function reviewNotes(dir: string, content: Content, root = process.cwd()): string[] {
  const lines: string[] = [];
  const unconfirmed = unconfirmedSources(content);
  if (unconfirmed.length > 0) {
    lines.push(`  Źródła z niepotwierdzonym adresem (${unconfirmed.length}):`);
    lines.push(...unconfirmed.map((p) => `  • ${formatProblem(p)}`));
  }
  const { terminology, problems } = loadTerminology(dir, root);
  const variants = [...problems, ...findVariants(contentTexts(dir, root), terminology)];
  if (variants.length > 0) {
    lines.push(`  ⚠ Terminologia – warianty terminów (${variants.length}):`);
    lines.push(...variants.map((p) => `  ⚠ ${formatProblem(p)}`));
  }
  return lines;
}
