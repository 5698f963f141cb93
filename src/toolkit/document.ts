/** A tagged, PDF/UA-flavoured pdfkit document with the toolkit's fonts and metadata. */
import PDFDocument from 'pdfkit';
import { completeFieldFont } from './fields.ts';
import { parsedFonts, type FontName } from '../graphics/fonts.ts';
import { PAGE } from './geometry.ts';
import { WORDS } from '../domain/words/index.ts';
import type { Doc } from './pdf-types.ts';

export type { Doc, Struct } from './pdf-types.ts';

export interface DocumentInfo {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  /** From content (the edition date) or SOURCE_DATE_EPOCH: never the clock, so builds are reproducible. */
  readonly date: Date;
}

export function createDocument(info: DocumentInfo): Doc {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: PAGE.margins,
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    lang: 'pl-PL',
    displayTitle: true,
    // pdfkit 0.20 supports PDF/UA; @types/pdfkit does not know the value yet.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    pdfVersion: '1.7',
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: info.author,
      Keywords: info.keywords,
      Creator: WORDS.pdf.creator,
      Producer: 'pdfkit',
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  for (const [name, font] of Object.entries(parsedFonts()) as [FontName, unknown][]) doc.registerFont(name, font as string);
  doc.font('regular');
  doc.initForm();
  completeFieldFont(doc);
  return doc;
}

/** Ends the document and collects its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The edition date as a Date; SOURCE_DATE_EPOCH, when set, wins (reproducible-builds.org). */
export function editionDate(iso: string): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date(`${iso}T00:00:00Z`);
}
