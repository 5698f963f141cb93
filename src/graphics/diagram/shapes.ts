/**
 * The drawing vocabulary of the diagrams: a few shapes with named styles.
 * Layout produces them once; `svg.ts` writes them for the site and
 * `toolkit/diagram.ts` draws them into the PDFs. Which colour paints which
 * style is decided only here; the colours are the palette's (../palette.ts).
 */
import { PALETTE } from '../palette.ts';

export type Style =
  | 'frame' | 'band' | 'bandLabel' | 'rail'
  | 'node' | 'team' | 'nodeText' | 'muted' | 'badge' | 'badgeText'
  | 'circle' | 'circleText' | 'stageText' | 'stepText' | 'chip' | 'chipText';

export type Shape =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly r: number; readonly style: Style }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly style: Style }
  | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly style: Style }
  | {
      readonly kind: 'text';
      readonly x: number;
      /** Baseline of the first line. */
      readonly y: number;
      readonly lines: readonly string[];
      readonly size: number;
      readonly lineHeight: number;
      readonly bold: boolean;
      readonly style: Style;
      readonly anchor?: 'middle';
    }
  | { readonly kind: 'link'; readonly href: string; readonly shapes: readonly Shape[] };

/** A horizontal slice of a diagram that is never split across PDF pages. */
export interface Block {
  readonly top: number;
  readonly bottom: number;
  readonly shapes: readonly Shape[];
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly Block[];
}

interface Paint {
  readonly fill: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
}

const { background, line, light, faintLine, muted, accent, boxLine, accentTint, text } = PALETTE;

/**
 * Light colours on an opaque white frame, so the picture reads the same on
 * a light page, a dark one and paper. Text pairs meet WCAG AA contrast:
 * text, muted and accent on background or light, background on accent.
 */
export const PAINT: Record<Style, Paint> = {
  frame: { fill: background, stroke: line, strokeWidth: 1 },
  band: { fill: light, stroke: faintLine, strokeWidth: 1 },
  bandLabel: { fill: muted },
  rail: { fill: 'none', stroke: accent, strokeWidth: 2 },
  node: { fill: background, stroke: boxLine, strokeWidth: 1 },
  team: { fill: accentTint, stroke: accent, strokeWidth: 1.5 },
  nodeText: { fill: text },
  muted: { fill: muted },
  badge: { fill: accent },
  badgeText: { fill: background },
  circle: { fill: accent },
  circleText: { fill: background },
  stageText: { fill: accent },
  stepText: { fill: text },
  chip: { fill: background, stroke: accent, strokeWidth: 1 },
  chipText: { fill: accent },
};

/** Every text line of a layout, in drawing order (for tests and summaries). */
export function textsOf(shapes: readonly Shape[]): string[] {
  return shapes.flatMap((s) => (s.kind === 'text' ? [...s.lines] : s.kind === 'link' ? textsOf(s.shapes) : []));
}
