/**
 * Draws a model diagram into a bundle as vector shapes, from the same layout
 * as the site's SVG. The picture is one tagged Figure whose alt text is the
 * diagram's summary; it breaks across pages only between blocks (bands,
 * stages), never through one.
 */
import type { Content, Model } from '../content/entries.ts';
import { layoutDiagram } from '../graphics/diagram/layout.ts';
import { pathDiagram, structureDiagram } from '../graphics/diagram/model.ts';
import type { Layout, Shape } from '../graphics/diagram/shapes.ts';
import { PAINT } from '../graphics/diagram/shapes.ts';
import type { Doc, Struct } from './document.ts';
import { COLOURS, CONTENT_BOTTOM, PAGE } from './geometry.ts';

export interface PdfDiagram {
  readonly title: string;
  readonly summary: string;
  readonly layout: Layout;
}

/** A model's structure and path diagrams, laid out for a bundle (links are the site's, so they are dropped). */
export function modelDiagrams(content: Content, model: Model): readonly PdfDiagram[] {
  return [structureDiagram(model), pathDiagram(content, model)].map((d) => ({ title: d.title, summary: d.summary, layout: layoutDiagram(d, (p) => p) }));
}

/** The diagram is set a little smaller than on screen, so its text sits near the body size. */
export const DIAGRAM_SCALE = 0.8;

function draw(doc: Doc, s: Shape, at: (x: number, y: number) => [number, number], k: number): void {
  const paint = 'style' in s ? PAINT[s.style] : undefined;
  const fillAndStroke = () => {
    if (!paint) return;
    if (paint.stroke && paint.fill !== 'none') doc.lineWidth((paint.strokeWidth ?? 1) * k).fillAndStroke(paint.fill, paint.stroke);
    else if (paint.stroke) doc.lineWidth((paint.strokeWidth ?? 1) * k).stroke(paint.stroke);
    else doc.fill(paint.fill);
  };
  switch (s.kind) {
    case 'rect': {
      const [x, y] = at(s.x, s.y);
      doc.roundedRect(x, y, s.w * k, s.h * k, s.r * k);
      fillAndStroke();
      return;
    }
    case 'circle': {
      const [x, y] = at(s.cx, s.cy);
      doc.circle(x, y, s.r * k);
      fillAndStroke();
      return;
    }
    case 'line': {
      const [x1, y1] = at(s.x1, s.y1);
      const [x2, y2] = at(s.x2, s.y2);
      doc.moveTo(x1, y1).lineTo(x2, y2);
      fillAndStroke();
      return;
    }
    case 'text': {
      doc.font(s.bold ? 'bold' : 'regular').fontSize(s.size * k).fillColor(PAINT[s.style].fill);
      s.lines.forEach((line, i) => {
        const [x, y] = at(s.x, s.y + i * s.lineHeight);
        const left = s.anchor === 'middle' ? x - doc.widthOfString(line) / 2 : x;
        doc.text(line, left, y, { baseline: 'alphabetic', lineBreak: false });
      });
      return;
    }
    case 'link':
      // Links are the site's; in print the figure is a picture.
      for (const child of s.shapes) draw(doc, child, at, k);
      return;
  }
}

/** Draws the diagram from the current position, as one Figure under `parent`. */
export function drawDiagram(doc: Doc, layout: Layout, alt: string, parent: Struct): void {
  const k = DIAGRAM_SCALE;
  const figure = doc.struct('Figure', { alt });
  parent.add(figure);
  let sliceTop = layout.blocks[0]?.top ?? 0;
  let originY = doc.y;
  // The frame spans the whole diagram; on paper each page's part gets its own.
  const [frame, ...firstShapes] = layout.blocks[0]?.shapes ?? [];
  const blocks = layout.blocks.map((b, i) => (i === 0 && frame?.kind === 'rect' && frame.style === 'frame' ? { ...b, shapes: firstShapes } : b));
  let pageBlocks: typeof blocks = [];
  const flush = (bottom: number) => {
    if (pageBlocks.length === 0) return;
    const top = sliceTop;
    const y0 = originY;
    figure.add(() => {
      const at = (x: number, y: number): [number, number] => [PAGE.margins.left + x * k, y0 + (y - top) * k];
      draw(doc, { kind: 'rect', x: 0.5, y: top - 8, w: layout.width - 1, h: bottom - top + 16, r: 6, style: 'frame' }, at, k);
      for (const block of pageBlocks) for (const shape of block.shapes) draw(doc, shape, at, k);
    });
    doc.y = y0 + (bottom - top + 16) * k;
  };
  for (const block of blocks) {
    if (pageBlocks.length > 0 && originY + (block.bottom - sliceTop + 16) * k > CONTENT_BOTTOM) {
      flush(pageBlocks.at(-1)!.bottom);
      doc.addPage();
      pageBlocks = [];
      sliceTop = block.top;
      originY = doc.y + 8 * k;
    }
    if (pageBlocks.length === 0) {
      sliceTop = block.top;
      originY = doc.y + 8 * k;
    }
    pageBlocks.push(block);
  }
  flush(pageBlocks.at(-1)?.bottom ?? sliceTop);
  figure.end();
  doc.fillColor(COLOURS.text);
}
