/** The PDF font of a styled run; the runs themselves come from the shared walk (src/content/runs.ts). */
import type { Run } from '../content/runs.ts';
import type { FontName } from '../graphics/fonts.ts';

export { plainText, runsOf, type Run } from '../content/runs.ts';

export function fontOf(run: Pick<Run, 'bold' | 'italic'>): FontName {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}
