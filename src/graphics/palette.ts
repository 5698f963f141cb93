/**
 * The site's colours, written once: the stylesheet gets them as custom
 * properties (src/integrations/palette.ts writes them into
 * src/styles/site.css), the PDFs, the share cards and the diagrams import
 * them. Text pairs meet WCAG AA contrast: text, muted and accent on
 * background or light, background on accent.
 */

export const PALETTE = {
  /** Body text. */
  text: '#1b1b1b',
  /** The page, the card ground, light text on the accent. */
  background: '#ffffff',
  /** Secondary text. */
  muted: '#4a4a4a',
  /** Borders and frames. */
  line: '#b8bcc2',
  /** Light panels and bands. */
  light: '#f3f5f8',
  /** Links, headings' accent, the blue band. */
  accent: '#0b4ea2',
  /** Visited and hovered links. */
  accentDark: '#07336b',
  /** The keyboard focus ring. */
  focus: '#ffbf47',
  /** A gap for editors to fill („[DO UZUPEŁNIENIA…]”). */
  gap: '#fff1b8',
  /** Thin rules in the PDFs. */
  rule: '#9aa0a6',
  /** Faint borders of diagram bands. */
  faintLine: '#d5d9df',
  /** Borders of diagram boxes. */
  boxLine: '#6b7785',
  /** The pale accent filling the diagrams' task teams. */
  accentTint: '#e8f0fb',
} as const;

export type PaletteColour = keyof typeof PALETTE;

/** The stylesheet's colour properties in the order site.css declares them. */
export const CSS_COLOURS: ReadonlyArray<readonly [property: string, colour: PaletteColour]> = [
  ['--tekst', 'text'],
  ['--tlo', 'background'],
  ['--szary', 'muted'],
  ['--linia', 'line'],
  ['--jasne', 'light'],
  ['--akcent', 'accent'],
  ['--akcent-ciemny', 'accentDark'],
  ['--fokus', 'focus'],
  ['--luka', 'gap'],
];

/** „#ffffff” → „#fff”: the short form CSS allows when every channel repeats its digit. */
function shortHex(colour: string): string {
  const m = /^#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3$/i.exec(colour);
  return m ? `#${m[1]}${m[2]}${m[3]}` : colour;
}

/** The colour declarations for the stylesheet's :root, one per line with `indent`. */
export function cssColourProperties(indent = '  '): string {
  return CSS_COLOURS.map(([property, colour]) => `${indent}${property}: ${shortHex(PALETTE[colour])};`).join('\n');
}
