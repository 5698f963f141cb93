/**
 * The drawing vocabulary of the diagrams: a few shapes with named styles.
 * Layout produces them once; `svg.ts` writes them for the site and
 * `toolkit/diagram.ts` draws them into the PDFs. Colours live only here.
 */

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

/**
 * Light colours on an opaque white frame, so the picture reads the same on
 * a light page, a dark one and paper. Text pairs meet WCAG AA contrast:
 * #1b1b1b, #4a4a4a and #0b4ea2 on white or #f3f5f8, white on #0b4ea2.
 */
export const PAINT: Record<Style, Paint> = {
  frame: { fill: '#ffffff', stroke: '#b8bcc2', strokeWidth: 1 },
  band: { fill: '#f3f5f8', stroke: '#d5d9df', strokeWidth: 1 },
  bandLabel: { fill: '#4a4a4a' },
  rail: { fill: 'none', stroke: '#0b4ea2', strokeWidth: 2 },
  node: { fill: '#ffffff', stroke: '#6b7785', strokeWidth: 1 },
  team: { fill: '#e8f0fb', stroke: '#0b4ea2', strokeWidth: 1.5 },
  nodeText: { fill: '#1b1b1b' },
  muted: { fill: '#4a4a4a' },
  badge: { fill: '#0b4ea2' },
  badgeText: { fill: '#ffffff' },
  circle: { fill: '#0b4ea2' },
  circleText: { fill: '#ffffff' },
  stageText: { fill: '#0b4ea2' },
  stepText: { fill: '#1b1b1b' },
  chip: { fill: '#ffffff', stroke: '#0b4ea2', strokeWidth: 1 },
  chipText: { fill: '#0b4ea2' },
};

/** Every text line of a layout, in drawing order (for tests and summaries). */
export function textsOf(shapes: readonly Shape[]): string[] {
  return shapes.flatMap((s) => (s.kind === 'text' ? [...s.lines] : s.kind === 'link' ? textsOf(s.shapes) : []));
}
