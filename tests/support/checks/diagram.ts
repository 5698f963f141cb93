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

/**
 * The picture's text as it is read aloud, searched or copied: the lines of
 * one <text> run on as written (a wrapped line needs its own space), and
 * separate <text> elements are separate phrases.
 */
export function svgReadingText(svg: string): string {
  const body = svg.replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '');
  return [...body.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decodeHTML((m[1] ?? '').replace(/<[^>]*>/g, ''))).join(' ');
}

/**
 * What a picture that shows all its labels still gets wrong when read:
 * a label whose wrapped lines run together, and a stage whose number is
 * read after it.
 */
export function readingProblems(diagram: StructureDiagram | PathDiagram, svg: string): string[] {
  const read = flat(svgReadingText(svg));
  const shown = flat(svgTextLines(svg).join(' '));
  const glued = expectedLabels(diagram).filter((label) => shown.includes(flat(label)) && !read.includes(flat(label)));
  const late = diagram.kind === 'etapy' ? diagram.stages.map((s) => `${s.number} ${s.label}`).filter((phrase) => !read.includes(flat(phrase))) : [];
  return [...glued.map((l) => `words run together: „${l}”`), ...late.map((p) => `number after its stage: „${p}”`)];
}
