/**
 * Fills a built PDF's form as a person would in a browser's viewer (pdf.js,
 * which writes appearances for what is typed with the form's own font), or
 * leaves the drawing of the values to poppler (as Linux viewers do), then
 * prints it with poppler (pdftocairo) and reads back the text (pdftotext) or
 * the pixels (pdftoppm), and checks which characters the field font can show.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { decodePDFRawStream, PDFBool, PDFDict, PDFTextField, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Widget {
  readonly page: number;
  readonly id: string;
  readonly name: string;
  /** The accessible name (/TU), with non-breaking spaces as plain spaces. */
  readonly label: string;
  readonly kind: 'text' | 'checkbox';
  readonly multiline: boolean;
  /** [x1, y1, x2, y2] in PDF points, origin bottom left. */
  readonly rect: readonly [number, number, number, number];
}

interface RawAnnotation {
  subtype: string;
  id: string;
  fieldName?: string;
  fieldType?: string;
  checkBox?: boolean;
  multiLine?: boolean;
  alternativeText?: string;
  rect: [number, number, number, number];
}

export async function openBytes(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

/** Every form widget, page by page, in the order of each page's annotations. */
export async function widgets(pdf: PDFDocumentProxy): Promise<Widget[]> {
  const out: Widget[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const annotations = (await (await pdf.getPage(page)).getAnnotations()) as RawAnnotation[];
    for (const a of annotations) {
      if (a.subtype !== 'Widget' || !a.fieldName) continue;
      const kind = a.fieldType === 'Tx' ? 'text' : a.checkBox ? 'checkbox' : undefined;
      if (!kind) continue;
      out.push({ page, id: a.id, name: a.fieldName, label: (a.alternativeText ?? '').replace(/\s+/g, ' '), kind, multiline: !!a.multiLine, rect: a.rect });
    }
  }
  return out;
}

/** Types `value(w)` into every text field and ticks the boxes `tick(w)` picks, then saves as pdf.js does. */
export async function fillWithPdfJs(file: string, value: (w: Widget, i: number) => string, tick: (w: Widget, i: number) => boolean): Promise<{ bytes: Uint8Array; widgets: Widget[] }> {
  const pdf = await openBytes(readFileSync(file));
  const all = await widgets(pdf);
  all.forEach((w, i) => {
    if (w.kind === 'text') pdf.annotationStorage.setValue(w.id, { value: value(w, i) });
    else if (tick(w, i)) pdf.annotationStorage.setValue(w.id, { value: true });
  });
  const bytes = await pdf.saveDocument();
  await pdf.destroy();
  return { bytes, widgets: all };
}

/**
 * Sets every text field's value with pdf-lib and asks viewers to draw the
 * values themselves (NeedAppearances), as a form filled by a program that
 * writes no appearances: poppler then draws each value with the form's font.
 */
export async function fillForPoppler(file: string, value: (name: string, i: number) => string): Promise<{ bytes: Uint8Array; values: string[] }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const values: string[] = [];
  doc
    .getForm()
    .getFields()
    .forEach((f, i) => {
      if (!(f instanceof PDFTextField)) return;
      const v = value(f.getName(), i);
      f.setText(v);
      values.push(v);
    });
  doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).set(PDFName.of('NeedAppearances'), PDFBool.True);
  return { bytes: await doc.save({ updateFieldAppearances: false }), values };
}

function withTemp<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'formularze-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the file with poppler (annotations drawn from their appearances) and returns the text of each printed page. */
export function printedText(bytes: Uint8Array): string[] {
  return withTemp((dir) => {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('pdftocairo', ['-pdf', join(dir, 'in.pdf'), join(dir, 'printed.pdf')], { stdio: ['ignore', 'ignore', 'ignore'] });
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'printed.pdf'), '-'], { encoding: 'utf8' }).split('\f');
  });
}

export interface Gray {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** A page rendered by poppler in grey levels at 72 dpi (one pixel per point). */
export function renderPage(bytes: Uint8Array, page: number): Gray {
  return withTemp((dir) => {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')], { stdio: ['ignore', 'ignore', 'ignore'] });
    return parsePgm(readFileSync(join(dir, 'page.pgm')));
  });
}

function parsePgm(data: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: new Uint8Array(data.subarray(all.length)) };
}

/** Share of dark pixels inside a widget's rectangle, its 1-point edge left out. */
export function darkness(img: Gray, rect: Widget['rect']): number {
  const [x1, y1, x2, y2] = rect;
  let dark = 0;
  let total = 0;
  for (let y = Math.ceil(img.height - y2) + 1; y < Math.floor(img.height - y1) - 1; y++) {
    for (let x = Math.ceil(x1) + 1; x < Math.floor(x2) - 1; x++) {
      total++;
      if (img.pixels[y * img.width + x]! < 128) dark++;
    }
  }
  return total === 0 ? 0 : dark / total;
}

/**
 * The characters of `text` that the font of the form's text fields cannot show:
 * those its ToUnicode map does not reach (a viewer cannot encode them) or whose
 * glyph in the embedded font file has no outline.
 */
export async function unshowable(file: string, text: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  const da = acroForm.lookup(PDFName.of('DA'));
  const fontKey = /\/(\S+)\s/.exec(da instanceof PDFString || da instanceof PDFHexString ? da.decodeText() : '')?.[1];
  if (!fontKey) return [...text];
  const fonts = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
  const font = fonts.lookup(PDFName.of(fontKey), PDFDict);
  const stream = (ref: unknown) => {
    const s = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    return s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : new Uint8Array();
  };
  const toUnicode = Buffer.from(stream(font.get(PDFName.of('ToUnicode')))).toString('latin1');
  const cidOf = new Map<string, number>();
  for (const [, start, , list] of toUnicode.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    [...list!.matchAll(/<([0-9a-fA-F ]+)>/g)].forEach((m, i) => {
      const units = m[1]!.trim().split(/\s+/).map((h) => parseInt(h, 16));
      cidOf.set(String.fromCharCode(...units), parseInt(start!, 16) + i);
    });
  }
  const descendant = font.lookup(PDFName.of('DescendantFonts'))!;
  const cidFont = doc.context.lookup((descendant as unknown as { get(i: number): unknown }).get(0) as PDFRef, PDFDict);
  const descriptor = cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const ttf = fontkit.create(Buffer.from(stream(descriptor.get(PDFName.of('FontFile2'))))) as fontkit.Font;
  return [...new Set(text)].filter((ch) => {
    const cid = cidOf.get(ch);
    if (cid === undefined) return true;
    // CIDToGIDMap is Identity: the CID is the glyph's number in the embedded font.
    // Spaces and invisible format characters (the soft hyphen) have no outline by design.
    return !/[\s\p{Cf}]/u.test(ch) && ttf.getGlyph(cid).path.commands.length === 0;
  });
}
