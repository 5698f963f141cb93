/**
 * Checks that a drawn diagram shows everything its data holds: every team
 * and role, tier, sector, stage, step and tool. Lines of wrapped text are
 * joined back, and non-breaking spaces read as spaces.
 */
import { decodeHTML } from 'entities';
import type { PathDiagram, StructureDiagram } from '../../../src/graphics/diagram/model.ts';

const flat = (s: string) => s.replace(/[\u00A0\s]+/g, ' ').trim().toLocaleLowerCase('pl');

/** A picture shows steps shortened; a text equivalent states them whole. */
export type Rendering = 'picture' | 'text';

/** The expected labels of a diagram, each as one phrase that must appear in its text. */
export function expectedLabels(diagram: StructureDiagram | PathDiagram, rendering: Rendering = 'picture'): string[] {
  if (diagram.kind === 'struktura') {
    return [
      diagram.project.lead,
      ...diagram.project.partners,
      ...diagram.tiers.flatMap((t) => [...(t.id === 'projekt' ? [] : [t.label]), ...t.nodes.flatMap((n) => [n.name, ...(n.short ? [n.short] : [])])]),
      ...diagram.sectors,
    ];
  }
  return diagram.stages.flatMap((s) => [
    ...(rendering === 'picture' ? [String(s.number)] : []),
    s.label,
    ...s.steps.map((st) => (rendering === 'picture' ? st.short : st.text)),
    ...s.tools.map((t) => t.title),
  ]);
}

/** Labels of the data that the drawn text (all lines, in order) does not contain. */
export function missingLabels(diagram: StructureDiagram | PathDiagram, drawnLines: readonly string[], rendering: Rendering = 'picture'): string[] {
  const drawn = flat(drawnLines.join(' '));
  return expectedLabels(diagram, rendering).filter((label) => !drawn.includes(flat(label)));
}

/** Text lines of an SVG string, in document order (text and tspan content). */
export function svgTextLines(svg: string): string[] {
  const body = svg.replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '');
  return [...body.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)].map((m) => decodeHTML(m[1] ?? ''));
}
