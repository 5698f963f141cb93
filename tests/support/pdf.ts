/** Reads a built PDF back with pdf.js (structure, outline, labels, text) and pdf-lib (fonts, catalog). */
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

export async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
}

/** Text of a page, items joined with spaces. */
export async function pageText(pdf: PDFDocumentProxy, page: number): Promise<string> {
  const content = await (await pdf.getPage(page)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
}

/** Roles of every structure element on every page, in reading order. */
export async function structRoles(pdf: PDFDocumentProxy): Promise<string[]> {
  const roles: string[] = [];
  const walk = (n: StructNode) => {
    if (n.role) roles.push(n.role);
    n.children?.forEach(walk);
  };
  for (let i = 1; i <= pdf.numPages; i++) {
    const tree = (await (await pdf.getPage(i)).getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  return roles;
}

/** Every Figure's alt text on a page. */
export async function figureAlts(pdf: PDFDocumentProxy, page: number): Promise<string[]> {
  const alts: string[] = [];
  const walk = (n: StructNode) => {
    if (n.role === 'Figure') alts.push(n.alt ?? '');
    n.children?.forEach(walk);
  };
  const tree = (await (await pdf.getPage(page)).getStructTree()) as StructNode | null;
  if (tree) walk(tree);
  return alts;
}

/** Named-destination links on a page, each with the 1-based page it leads to. */
export async function internalLinks(pdf: PDFDocumentProxy, page: number): Promise<{ dest: string; target: number }[]> {
  const annotations = (await (await pdf.getPage(page)).getAnnotations()) as { subtype: string; dest?: string }[];
  const out: { dest: string; target: number }[] = [];
  for (const a of annotations) {
    if (a.subtype !== 'Link' || typeof a.dest !== 'string') continue;
    const explicit = await pdf.getDestination(a.dest);
    if (explicit) out.push({ dest: a.dest, target: (await pdf.getPageIndex(explicit[0])) + 1 });
  }
  return out;
}

/** Names of fonts that are not embedded (should be none). */
export async function unembeddedFonts(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const missing: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => obj.has(PDFName.of(k)));
    if (!embedded) missing.push(String(obj.get(PDFName.of('FontName'))));
  }
  return missing;
}

/** Whether the catalog has a non-empty StructTreeRoot (pdfinfo's „Tagged: yes” is not proof). */
export async function hasStructTree(file: string): Promise<boolean> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  return !!root && root.has(PDFName.of('K'));
}

/** Title and language from the document information and catalog, as pdf.js reports them. */
export async function pdfInfo(pdf: PDFDocumentProxy): Promise<{ Title: string; Language: string }> {
  const { info } = await pdf.getMetadata();
  return info as unknown as { Title: string; Language: string };
}
