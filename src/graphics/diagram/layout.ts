/**
 * Lays the two diagrams out as shapes, in a narrow portrait format that
 * reads on a phone and fits the PDF's text column. Text is wrapped with
 * Noto Sans metrics, leaving a margin for a slightly wider fallback font.
 */
import { textWidth, wrapText } from '../text.ts';
import { typesetText } from '../../typography/text.ts';
import type { PathDiagram, StructureDiagram } from './model.ts';
import type { Block, Layout, Shape, Style } from './shapes.ts';
import { WORDS } from '../../domain/words/index.ts';
import { countOf, NOUNS } from '../../typography/plural.ts';

/** Width of the design, in SVG user units (CSS pixels at 100 %). */
export const DIAGRAM_WIDTH = 420;

const PAD = 16;
const GAP = 14;
const COL_GAP = 10;
/** Share of a line used for text: a fallback font up to 10 % wider still fits. */
const FIT = 0.9;

interface TextStyle {
  readonly size: number;
  readonly lineHeight: number;
  readonly bold: boolean;
}
const T = {
  band: { size: 12, lineHeight: 16, bold: true },
  node: { size: 14, lineHeight: 18, bold: true },
  small: { size: 13, lineHeight: 17, bold: false },
  badge: { size: 11, lineHeight: 14, bold: true },
  stage: { size: 16, lineHeight: 20, bold: true },
  step: { size: 14, lineHeight: 18, bold: false },
  chip: { size: 13, lineHeight: 16, bold: false },
} as const satisfies Record<string, TextStyle>;

const wrap = (text: string, width: number, t: TextStyle) => wrapText(typesetText(text), width * FIT, t.size, t.bold ? 'bold' : 'regular');

function text(x: number, top: number, lines: readonly string[], t: TextStyle, style: Style, anchor?: 'middle'): Shape {
  // The baseline sits about three quarters of the line height below the top.
  return { kind: 'text', x, y: top + t.lineHeight * 0.76, lines, size: t.size, lineHeight: t.lineHeight, bold: t.bold, style, ...(anchor ? { anchor } : {}) };
}

/** Stacks blocks with a gap and wraps them all in a white frame. */
function framed(blocks: Block[], height: number): Layout {
  const frame: Shape = { kind: 'rect', x: 0.5, y: 0.5, w: DIAGRAM_WIDTH - 1, h: height - 1, r: 6, style: 'frame' };
  const [first, ...rest] = blocks;
  const withFrame = first ? [{ ...first, shapes: [frame, ...first.shapes] }, ...rest] : [];
  return { width: DIAGRAM_WIDTH, height, blocks: withFrame };
}

/** A band: a tinted panel with a small heading and the content below it. */
function band(top: number, heading: string, body: (y: number) => { shapes: Shape[]; bottom: number }, connect: boolean): Block {
  const inner = DIAGRAM_WIDTH - 2 * PAD;
  const headingLines = wrap(heading.toUpperCase(), inner - 20, T.band);
  const headingShape = text(PAD + 10, top + 8, headingLines, T.band, 'bandLabel');
  const content = body(top + 8 + headingLines.length * T.band.lineHeight + 6);
  const bottom = content.bottom + 10;
  const shapes: Shape[] = [{ kind: 'rect', x: PAD, y: top, w: inner, h: bottom - top, r: 4, style: 'band' }];
  if (connect) shapes.push({ kind: 'line', x1: DIAGRAM_WIDTH / 2, y1: top - GAP, x2: DIAGRAM_WIDTH / 2, y2: top, style: 'rail' });
  shapes.push(headingShape, ...content.shapes);
  return { top, bottom, shapes };
}

/** Boxes of teams and roles in two columns; a box per team or role, acronyms as badges. */
function nodeGrid(nodes: StructureDiagram['tiers'][number]['nodes'], top: number): { shapes: Shape[]; bottom: number } {
  const inner = DIAGRAM_WIDTH - 2 * PAD - 20;
  const colW = (inner - COL_GAP) / 2;
  const shapes: Shape[] = [];
  let y = top;
  for (let i = 0; i < nodes.length; i += 2) {
    const row = nodes.slice(i, i + 2).map((node) => {
      const lines = wrap(node.name, colW - 16, T.node);
      const badge = node.short ? T.badge.lineHeight + 8 : 0;
      return { node, lines, h: 8 + badge + lines.length * T.node.lineHeight + 8 };
    });
    const h = Math.max(...row.map((r) => r.h));
    row.forEach(({ node, lines }, col) => {
      const x = PAD + 10 + col * (colW + COL_GAP);
      shapes.push({ kind: 'rect', x, y, w: colW, h, r: 4, style: node.short ? 'team' : 'node' });
      let ty = y + 8;
      if (node.short) {
        const bw = textWidth(node.short, T.badge.size, 'bold') + 12;
        shapes.push({ kind: 'rect', x: x + 8, y: ty, w: bw, h: T.badge.lineHeight + 4, r: 3, style: 'badge' });
        shapes.push(text(x + 8 + bw / 2, ty + 2, [node.short], T.badge, 'badgeText', 'middle'));
        ty += T.badge.lineHeight + 8;
      }
      shapes.push(text(x + 8, ty, lines, T.node, 'nodeText'));
    });
    y += h + COL_GAP;
  }
  return { shapes, bottom: y - COL_GAP };
}

/** Labels in rounded boxes, flowing left to right and wrapping like words. */
function chips(items: readonly { label: string; href?: string }[], left: number, width: number, top: number): { shapes: Shape[]; bottom: number } {
  const shapes: Shape[] = [];
  let x = left;
  let y = top;
  let rowH = 0;
  for (const item of items) {
    const lines = wrap(item.label, width - 16, T.chip);
    const w = Math.min(width, Math.max(...lines.map((l) => textWidth(l, T.chip.size))) / FIT + 16);
    const h = lines.length * T.chip.lineHeight + 8;
    if (x > left && x + w > left + width) {
      x = left;
      y += rowH + 6;
      rowH = 0;
    }
    const chip: Shape[] = [
      { kind: 'rect', x, y, w, h, r: h > 30 ? 6 : h / 2, style: 'chip' },
      text(x + 8, y + 4, lines, T.chip, 'chipText'),
    ];
    shapes.push(...(item.href ? [{ kind: 'link' as const, href: item.href, shapes: chip }] : chip));
    x += w + 6;
    rowH = Math.max(rowH, h);
  }
  return { shapes, bottom: y + rowH };
}

/** The structure: project, then one band per tier, then the sectors around the teams. */
export function layoutStructure(diagram: StructureDiagram): Layout {
  const inner = DIAGRAM_WIDTH - 2 * PAD - 20;
  const blocks: Block[] = [];
  let y = PAD;
  const projectNodes = diagram.tiers.find((t) => t.id === 'projekt')?.nodes ?? [];
  blocks.push(
    band(y, WORDS.diagrams.project(diagram.project.name), (top) => {
      const lead = wrap(`${WORDS.diagrams.lead} ${diagram.project.lead}`, inner, T.node);
      const partners = wrap(`${WORDS.diagrams.partners} ${diagram.project.partners.join('; ')}`, inner, T.small);
      const shapes = [text(PAD + 10, top, lead, T.node, 'nodeText'), text(PAD + 10, top + lead.length * T.node.lineHeight + 2, partners, T.small, 'muted')];
      let bottom = top + lead.length * T.node.lineHeight + 2 + partners.length * T.small.lineHeight;
      if (projectNodes.length > 0) {
        const grid = nodeGrid(projectNodes, bottom + 8);
        shapes.push(...grid.shapes);
        bottom = grid.bottom;
      }
      return { shapes, bottom };
    }, false),
  );
  for (const tier of diagram.tiers.filter((t) => t.id !== 'projekt')) {
    y = blocks.at(-1)!.bottom + GAP;
    blocks.push(band(y, tier.label, (top) => nodeGrid(tier.nodes, top), true));
  }
  y = blocks.at(-1)!.bottom + GAP;
  blocks.push(band(y, WORDS.diagrams.sectors, (top) => chips(diagram.sectors.map((label) => ({ label })), PAD + 10, inner, top), true));
  return framed(blocks, blocks.at(-1)!.bottom + PAD);
}

/** The path: numbered stages on a rail, each with its steps and the tools that serve it. */
export function layoutPath(diagram: PathDiagram, href: (path: string) => string): Layout {
  const railX = PAD + 16;
  const left = PAD + 44;
  const width = DIAGRAM_WIDTH - left - PAD;
  const blocks: Block[] = [];
  let y = PAD;
  diagram.stages.forEach((stage, i) => {
    const top = y;
    // The number comes first, so the picture's text reads „1 Porozumienie…”, as its reading order should.
    const shapes: Shape[] = [
      { kind: 'circle', cx: railX, cy: top + 16, r: 15, style: 'circle' },
      text(railX, top + 16 - 9, [String(stage.number)], { size: 14, lineHeight: 18, bold: true }, 'circleText', 'middle'),
    ];
    const label = wrap(stage.label, width, T.stage);
    shapes.push({ kind: 'link', href: href(stage.path), shapes: [text(left, top + 5, label, T.stage, 'stageText')] });
    let cy = top + 5 + label.length * T.stage.lineHeight + 4;
    for (const step of stage.steps) {
      const lines = wrap(step.short, width - 14, T.step);
      shapes.push(text(left + 2, cy, ['•'], T.step, 'muted'), text(left + 14, cy, lines, T.step, 'stepText'));
      cy += lines.length * T.step.lineHeight + 3;
    }
    if (stage.tools.length > 0) {
      // The stage's further tools as one last chip, a count without a link: the page's text links to their list.
      const more = stage.more.count > 0 ? [{ label: WORDS.diagrams.moreTools(countOf(stage.more.count, NOUNS.tool)) }] : [];
      const row = chips([...stage.tools.map((t) => ({ label: t.title, href: href(t.path) })), ...more], left, width, cy + 4);
      shapes.push(...row.shapes);
      cy = row.bottom;
    }
    const bottom = Math.max(cy, top + 32) + (i < diagram.stages.length - 1 ? 18 : 0);
    if (i < diagram.stages.length - 1) shapes.unshift({ kind: 'line', x1: railX, y1: top + 16, x2: railX, y2: bottom + 1, style: 'rail' });
    blocks.push({ top, bottom, shapes });
    y = bottom;
  });
  return framed(blocks, y + PAD);
}

/** Either diagram, laid out; `href` turns site paths into link targets (the PDF passes paths through). */
export function layoutDiagram(diagram: StructureDiagram | PathDiagram, href: (path: string) => string): Layout {
  return diagram.kind === 'struktura' ? layoutStructure(diagram) : layoutPath(diagram, href);
}
