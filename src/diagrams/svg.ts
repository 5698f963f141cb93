/**
 * Writes a laid-out diagram as inline SVG for the site: one image for
 * assistive technology (role="img"), named by its <title> and described by
 * its <desc>. The layout's links (which the PDF keeps) are drawn as plain
 * shapes: the text equivalent beside every picture holds the same links, so
 * each target is one tab stop, not two. A wrapped text keeps a space at the
 * end of each line but the last, so its words never run together when the
 * picture's text is read, searched or copied.
 */
import { escapeXml, num } from '../graphics/svg.ts';
import { PAINT, type Layout, type Shape, type Style } from '../graphics/diagram/shapes.ts';

export interface SvgOptions {
  /** Unique on the page: the ids of <title> and <desc> are built from it. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Ids of elements that describe the picture further (its text equivalent). */
  readonly describedBy?: readonly string[];
}

const FONT = "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif";

function paint(style: Style): string {
  const p = PAINT[style];
  return `class="dg-${style}" fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}" stroke-width="${p.strokeWidth ?? 1}"` : ''}`;
}

function shape(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}" rx="${num(s.r)}" ${paint(s.style)}/>`;
    case 'circle':
      return `<circle cx="${num(s.cx)}" cy="${num(s.cy)}" r="${num(s.r)}" ${paint(s.style)}/>`;
    case 'line':
      return `<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" ${paint(s.style)}/>`;
    case 'text': {
      const attrs = `x="${num(s.x)}" y="${num(s.y)}" font-size="${s.size}"${s.bold ? ' font-weight="700"' : ''}${s.anchor ? ` text-anchor="${s.anchor}"` : ''}`;
      const spaced = s.lines.map((l, i) => (i < s.lines.length - 1 ? `${l} ` : l));
      const lines = spaced.map((l, i) => (i === 0 ? escapeXml(l) : `<tspan x="${num(s.x)}" dy="${s.lineHeight}">${escapeXml(l)}</tspan>`));
      return `<text ${attrs} ${paint(s.style)}>${lines.join('')}</text>`;
    }
    case 'link':
      return s.shapes.map(shape).join('');
  }
}

export function diagramSvg(layout: Layout, options: SvgOptions): string {
  const titleId = `${options.id}-tytul`;
  const descId = `${options.id}-opis`;
  const describedBy = [descId, ...(options.describedBy ?? [])].join(' ');
  const body = layout.blocks.flatMap((b) => b.shapes).map(shape).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 ${num(layout.width)} ${num(layout.height)}" width="${num(layout.width)}" height="${num(layout.height)}" role="img" aria-labelledby="${titleId}" aria-describedby="${describedBy}" font-family="${escapeXml(FONT)}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(options.summary)}</desc>${body}</svg>`
  );
}
