/**
 * The cover of a bundle, laid out once as positioned boxes and drawn twice:
 * into the PDF (tagged) and into an SVG that sharp turns into the thumbnail
 * shown on the downloads page. Both come from `coverLayout`, so they match.
 */
import { PALETTE } from '../graphics/palette.ts';
import { escapeXml } from '../graphics/svg.ts';
import { wrapText } from '../graphics/text.ts';
import type { Doc, Struct } from './document.ts';
import { COLOURS, PAGE, mm } from './geometry.ts';

export interface CoverData {
  readonly title: string;
  readonly subtitle: string;
  readonly note: string;
  readonly institution: string;
  readonly edition: string;
  readonly cofinancing: string;
  /** The logo strip: `image` for pdfkit (PNG or JPEG bytes), `href` (a data URI) for the thumbnail's SVG. */
  readonly strip: { readonly image: Buffer; readonly href: string; readonly alt: string; readonly ratio: number };
}

export type CoverBox =
  | { kind: 'strip'; x: number; y: number; w: number; h: number }
  | { kind: 'text'; x: number; y: number; w: number; text: string; size: number; bold: boolean; colour: string; tag: 'H1' | 'P' }
  | { kind: 'band'; x: number; y: number; w: number; h: number; colour: string };

/** Positions of everything on the cover, in PDF points from the top left. */
export function coverLayout(data: CoverData): CoverBox[] {
  const left = PAGE.margins.left;
  const width = PAGE.width - left - PAGE.margins.right;
  const stripW = Math.min(width, mm(150));
  return [
    { kind: 'strip', x: left, y: mm(14), w: stripW, h: stripW / data.strip.ratio },
    { kind: 'band', x: 0, y: mm(70), w: PAGE.width, h: mm(3), colour: COLOURS.accent },
    { kind: 'text', x: left, y: mm(95), w: width, text: data.title, size: 28, bold: true, colour: COLOURS.accent, tag: 'H1' },
    { kind: 'text', x: left, y: mm(135), w: width, text: data.subtitle, size: 15, bold: false, colour: COLOURS.text, tag: 'P' },
    { kind: 'text', x: left, y: mm(150), w: width, text: data.note, size: 10.5, bold: false, colour: COLOURS.muted, tag: 'P' },
    { kind: 'text', x: left, y: mm(245), w: width, text: data.institution, size: 11, bold: true, colour: COLOURS.text, tag: 'P' },
    { kind: 'text', x: left, y: mm(254), w: width, text: data.edition, size: 10.5, bold: false, colour: COLOURS.text, tag: 'P' },
    { kind: 'text', x: left, y: mm(268), w: width, text: data.cofinancing, size: 8.5, bold: false, colour: COLOURS.muted, tag: 'P' },
  ];
}

/** Draws the cover on the current page, tagged: the strip as a Figure with alt text, the title as H1. */
export function drawCover(doc: Doc, data: CoverData, parent: Struct): void {
  // The cover is laid out to the edges; margins would push its foot onto a new page.
  doc.page.margins.bottom = 0;
  for (const box of coverLayout(data)) {
    if (box.kind === 'strip') {
      const figure = doc.struct('Figure', { alt: data.strip.alt });
      parent.add(figure);
      figure.add(() => doc.image(data.strip.image, box.x, box.y, { width: box.w, height: box.h }));
      figure.end();
    } else if (box.kind === 'band') {
      doc.markContent('Artifact', { type: 'Layout' });
      doc.rect(box.x, box.y, box.w, box.h).fill(box.colour);
      doc.endMarkedContent();
    } else {
      const el = doc.struct(box.tag);
      parent.add(el);
      el.add(() => doc.font(box.bold ? 'bold' : 'regular').fontSize(box.size).fillColor(box.colour).text(box.text, box.x, box.y, { width: box.w, lineGap: 2 }));
      el.end();
    }
  }
  doc.fillColor(COLOURS.text);
}

/** The same cover as an SVG document (A4 in points), for the thumbnail. */
export function coverSvg(data: CoverData): string {
  const parts = coverLayout(data).map((box) => {
    if (box.kind === 'strip') {
      return `<image x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" href="${data.strip.href}"/>`;
    }
    if (box.kind === 'band') return `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="${box.colour}"/>`;
    return wrapText(box.text, box.w, box.size, box.bold ? 'bold' : 'regular')
      .map((l, i) => `<text x="${box.x}" y="${box.y + box.size * (1 + i * 1.25)}" font-family="Noto Sans" font-size="${box.size}" font-weight="${box.bold ? 700 : 400}" fill="${box.colour}">${escapeXml(l)}</text>`)
      .join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.width}" height="${PAGE.height}" viewBox="0 0 ${PAGE.width} ${PAGE.height}"><rect width="100%" height="100%" fill="${PALETTE.background}"/>${parts.join('')}</svg>`;
}
