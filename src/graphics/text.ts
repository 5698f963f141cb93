/**
 * Text measured with the real metrics of Noto Sans, the font the PDFs embed
 * and librsvg draws with. Diagrams, share cards and cover thumbnails wrap
 * their text with these widths instead of guessing characters per line.
 */
import { parsedFonts } from './fonts.ts';

export type Weight = 'regular' | 'bold';

const cache = new Map<string, number>();

/** Width of `text` set in Noto Sans at `size`, in the same units as `size`. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const key = `${weight}\u0000${text}`;
  let em = cache.get(key);
  if (em === undefined) {
    const font = parsedFonts()[weight];
    em = font.layout(text).advanceWidth / font.unitsPerEm;
    cache.set(key, em);
  }
  return em * size;
}

/**
 * Breaks text into lines no wider than `width`. Breaks at spaces only; a
 * non-breaking space keeps its neighbours together, as Polish typography
 * wants. A single word wider than the line gets a line of its own.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
