/**
 * The look of a share card: one 1200×630 SVG that sharp turns into a PNG.
 * White ground; the EU logo strip at the top (full colour, as on the PDF
 * covers: the funding rules want it on public materials); a rule in the
 * site's blue; the content kind as a small label; the title large and bold;
 * the municipality types; the site's name on a blue band at the foot.
 * Pure: text is measured with Noto Sans metrics, the font librsvg draws with.
 */
import { PALETTE } from '../graphics/palette.ts';
import { escapeXml, num } from '../graphics/svg.ts';
import type { StripImage } from '../graphics/strip.ts';
import { textWidth, wrapText, type Weight } from '../graphics/text.ts';
import { typesetText } from '../typography/text.ts';
import { CARD_SIZE, labelAndTitle, type CardSpec } from './spec.ts';

/** The card's colours, from the site's palette. */
export const CARD_COLOURS = {
  background: PALETTE.background,
  text: PALETTE.text,
  muted: PALETTE.muted,
  accent: PALETTE.accent,
  onAccent: PALETTE.background,
} as const;

/** Every text colour on the card with the colour behind it, for the contrast check. */
export const CARD_TEXT_ON: ReadonlyArray<readonly [string, string, string]> = [
  ['etykieta rodzaju treści', CARD_COLOURS.accent, CARD_COLOURS.background],
  ['tytuł', CARD_COLOURS.text, CARD_COLOURS.background],
  ['typy gmin', CARD_COLOURS.muted, CARD_COLOURS.background],
  ['nazwa serwisu', CARD_COLOURS.onAccent, CARD_COLOURS.accent],
];

const { width: W, height: H } = CARD_SIZE;
const X = 80;
const TEXT_WIDTH = W - 2 * X;
const ELLIPSIS = '…';

/**
 * Positions in pixels from the top left. The label, title and types form one
 * block, centred between the rule and the foot band. Twitter may crop 15 px
 * off the top and bottom (2:1): nothing but the ground and the band sits there.
 */
export const CARD_LAYOUT = {
  strip: { x: 72, y: 36, maxWidth: TEXT_WIDTH, maxHeight: 84 },
  rule: { y: 144, height: 6 },
  /** Where the text block may go. */
  content: { top: 180, bottom: 516 },
  label: { size: 24, letterSpacing: 1.5, gapBelow: 12 },
  title: { sizes: [64, 56, 50, 44, 40, 36] },
  types: { size: 26, minSize: 18, gapAbove: 20 },
  foot: { y: 546, size: 30 },
} as const;

/** Every line box is 1.2 em high; its baseline sits this far down it (Noto Sans: room for „Ś” above, „ą” below). */
const BASELINE = 0.96;
const LINE = 1.2;

/** The title as laid out: font size and lines, and whether words had to be cut. */
export interface TitleLayout {
  readonly size: number;
  readonly lines: readonly string[];
  readonly truncated: boolean;
}

/** How many lines of a size fit in `height`. */
function linesThatFit(size: number, height: number): number {
  return Math.max(1, Math.floor(height / (size * LINE)));
}

/** Shortens a line with an ellipsis until it fits `width`: whole words first, characters for a single long word. */
function clip(line: string, width: number, size: number, weight: Weight, force = false): string {
  if (!force && textWidth(line, size, weight) <= width) return line;
  let text = line;
  while (text.includes(' ') && textWidth(text + ELLIPSIS, size, weight) > width) text = text.slice(0, text.lastIndexOf(' '));
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + ELLIPSIS, size, weight) > width) chars.pop();
  return chars.join('').replace(/[\s\u00A0,;:–-]+$/u, '') + ELLIPSIS;
}

/**
 * The largest size at which the whole title fits `height` without breaking a
 * word; at the smallest size, the lines that fit with an ellipsis at the end.
 */
export function layoutTitle(title: string, width: number, height: number): TitleLayout {
  const sizes = CARD_LAYOUT.title.sizes;
  for (const size of sizes) {
    const lines = wrapText(title, width, size, 'bold');
    if (lines.length <= linesThatFit(size, height) && lines.every((l) => textWidth(l, size, 'bold') <= width)) {
      return { size, lines, truncated: false };
    }
  }
  const size = sizes[sizes.length - 1]!;
  const all = wrapText(title, width, size, 'bold');
  const max = linesThatFit(size, height);
  const lines = all.slice(0, max).map((l) => clip(l, width, size, 'bold'));
  if (all.length > max) lines[max - 1] = clip(all[max - 1]!, width, size, 'bold', true);
  return { size, lines, truncated: true };
}

function text(x: number, y: number, size: number, weight: Weight, fill: string, content: string, extra = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(size)}"${weight === 'bold' ? ' font-weight="700"' : ''} fill="${fill}"${extra}>${escapeXml(content)}</text>`;
}

/** The card as an SVG document, 1200×630. */
export function cardSvg(spec: CardSpec, strip: StripImage): string {
  const L = CARD_LAYOUT;
  const c = CARD_COLOURS;
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="${c.background}"/>`];

  const stripWidth = Math.min(L.strip.maxWidth, L.strip.maxHeight * strip.ratio);
  parts.push(`<image x="${L.strip.x}" y="${L.strip.y}" width="${num(stripWidth)}" height="${num(stripWidth / strip.ratio)}" href="${escapeXml(strip.href)}"/>`);
  parts.push(`<rect y="${L.rule.y}" width="${W}" height="${L.rule.height}" fill="${c.accent}"/>`);

  const { label, title } = labelAndTitle(spec);
  const typesLine = spec.types.join(' · ');
  let typesSize: number = L.types.size;
  while (typesSize > L.types.minSize && textWidth(typesLine, typesSize) > TEXT_WIDTH) typesSize -= 1;
  const labelHeight = label ? L.label.size * LINE + L.label.gapBelow : 0;
  const typesHeight = typesLine ? L.types.gapAbove + typesSize * LINE : 0;
  const laid = layoutTitle(typesetText(title), TEXT_WIDTH, L.content.bottom - L.content.top - labelHeight - typesHeight);
  const titleLine = laid.size * LINE;
  const blockHeight = labelHeight + laid.lines.length * titleLine + typesHeight;
  let y = L.content.top + (L.content.bottom - L.content.top - blockHeight) / 2;

  if (label) {
    const upper = label.toLocaleUpperCase('pl');
    parts.push(text(X, y + L.label.size * BASELINE, L.label.size, 'bold', c.accent, clip(upper, TEXT_WIDTH, L.label.size, 'bold'), ` letter-spacing="${L.label.letterSpacing}"`));
    y += labelHeight;
  }
  for (const line of laid.lines) {
    parts.push(text(X, y + laid.size * BASELINE, laid.size, 'bold', c.text, line));
    y += titleLine;
  }
  if (typesLine) parts.push(text(X, y + L.types.gapAbove + typesSize * BASELINE, typesSize, 'regular', c.muted, clip(typesLine, TEXT_WIDTH, typesSize, 'regular')));

  parts.push(`<rect y="${L.foot.y}" width="${W}" height="${H - L.foot.y}" fill="${c.accent}"/>`);
  const footBaseline = L.foot.y + (H - L.foot.y - L.foot.size * LINE) / 2 + L.foot.size * BASELINE;
  parts.push(text(X, footBaseline, L.foot.size, 'bold', c.onAccent, clip(typesetText(spec.site), TEXT_WIDTH, L.foot.size, 'bold')));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><g font-family="Noto Sans">${parts.join('')}</g></svg>`;
}
