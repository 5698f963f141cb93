/** Page geometry of the toolkits: A4 with a wider inner margin for binding. */
import { PALETTE } from '../graphics/palette.ts';

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { top: 22 * MM, bottom: 24 * MM, left: 25 * MM, right: 18 * MM },
} as const;

/** Width of the text column. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
/** Lowest y the text may reach. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margins.bottom;

export const TYPE = {
  body: 10.5,
  small: 8.5,
  h: [0, 22, 16, 13, 11.5, 10.5, 10.5],
  lineGap: 2.5,
  paragraphGap: 6,
} as const;

/** The PDFs' colours, from the site's palette. */
export const COLOURS = {
  text: PALETTE.text,
  muted: PALETTE.muted,
  accent: PALETTE.accent,
  rule: PALETTE.rule,
  fill: PALETTE.light,
} as const;

export const mm = (n: number) => n * MM;
