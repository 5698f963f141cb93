/** Page furniture (running footer with the title and page number) as artifacts, and page labels. */
import type { Doc } from './document.ts';
import { COLOURS, PAGE, TYPE } from './geometry.ts';
import { WORDS } from '../domain/words/index.ts';

/**
 * Writes the footer on every buffered page but the first `skip` (the cover).
 * `label(i)` gives the printed number of buffered page i (attachments inserted
 * later shift the numbers, so the caller decides).
 */
export function drawFooters(doc: Doc, title: string, skip: number, label: (index: number) => number, total: number): void {
  const range = doc.bufferedPageRange();
  const y = PAGE.height - PAGE.margins.bottom + 22;
  const width = PAGE.width - PAGE.margins.left - PAGE.margins.right;
  for (let i = range.start + skip; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
    doc.moveTo(PAGE.margins.left, y - 6).lineTo(PAGE.margins.left + width, y - 6).lineWidth(0.4).strokeColor(COLOURS.rule).stroke();
    doc.font('regular').fontSize(TYPE.small).fillColor(COLOURS.muted);
    doc.text(title, PAGE.margins.left, y, { width: width * 0.75, lineBreak: false });
    doc.text(WORDS.pdf.footer(label(i), total), PAGE.margins.left, y, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
  }
  doc.fillColor(COLOURS.text);
}

/** Page labels: the cover (when there is one) is „Okładka”, the rest are numbered from 1. */
export function setPageLabels(doc: Doc, hasCover: boolean): void {
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
  const labels = doc.ref({
    Nums: hasCover ? [0, { P: new String(WORDS.pdf.cover) }, 1, { S: 'D', St: 1 }] : [0, { S: 'D', St: 1 }],
  });
  // A pdfkit ref is written only once ended; an open one keeps the document from finishing.
  (labels as unknown as { end(): void }).end();
  root.data.PageLabels = labels;
}
