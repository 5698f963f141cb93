/**
 * Existing PDF files attached to tools (`zalacznik`): validated before any
 * rendering, then appended with pdf-lib after the tool's own pages. The
 * generated PDF is edited in place, so its structure tree survives.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import type { Tool } from '../content/entries.ts';
import type { ContentProblem } from '../content/problems.ts';
import { contentFile } from '../safety/paths.ts';
import { strippedLine, stripActiveContent } from '../safety/pdf.ts';
import { WORDS } from '../domain/words/index.ts';

export interface Attachment {
  readonly tool: Tool;
  readonly pdf: PDFDocument;
  readonly pages: number;
  /** SHA-256 of the file as it is in content/ (the build cache's key for what it is made from). */
  readonly digest: string;
}

/**
 * Loads every attachment; a missing, corrupt or encrypted file is a problem
 * naming the tool's file. Active content is stripped; `notes` says from which files.
 */
export async function loadAttachments(contentDir: string, tools: readonly Tool[]): Promise<{ attachments: Map<string, Attachment>; problems: ContentProblem[]; notes: string[] }> {
  const attachments = new Map<string, Attachment>();
  const problems: ContentProblem[] = [];
  const notes: string[] = [];
  for (const tool of tools) {
    const path = tool.data.zalacznik;
    if (!path) continue;
    const where = 'pole „zalacznik”';
    const file = contentFile(contentDir, path);
    if (!existsSync(file)) {
      problems.push({ file: tool.file, where, message: `plik content${path} nie istnieje; dodaj plik PDF do folderu content/pliki albo popraw ścieżkę` });
      continue;
    }
    const bytes = readFileSync(file);
    try {
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      if (pdf.getPageCount() === 0) throw new Error('no pages');
      const removed = stripActiveContent(pdf);
      if (removed.length > 0) notes.push(strippedLine(`content${path}`, removed));
      attachments.set(tool.id, { tool, pdf, pages: pdf.getPageCount(), digest: createHash('sha256').update(bytes).digest('hex') });
    } catch {
      problems.push({
        file: tool.file,
        where,
        message: (await isEncrypted(bytes))
          ? `plik content${path} jest zaszyfrowany (chroniony hasłem); zapisz go ponownie bez zabezpieczeń i podmień plik`
          : `plik content${path} nie jest poprawnym plikiem PDF (jest uszkodzony albo ma inny format); wyeksportuj go ponownie do PDF i podmień plik`,
      });
    }
  }
  return { attachments, problems, notes };
}

/** pdf-lib refuses encrypted files with a plain Error; loading them anyway tells the two failures apart. */
async function isEncrypted(bytes: Uint8Array): Promise<boolean> {
  try {
    return (await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })).isEncrypted;
  } catch {
    return false;
  }
}

/**
 * Finishes a generated PDF with pdf-lib, editing it in place so its structure
 * tree survives: inserts each attachment after its tool's last page (with a
 * bookmark under the tool's own) and packs objects into compressed object
 * streams, which roughly halves the size of a tagged document.
 * `lastPage` maps tool ids to 0-based pages of `bytes`.
 */
export async function finalise(bytes: Uint8Array, attachments: readonly Attachment[], lastPage: ReadonlyMap<string, number>): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let shift = 0;
  for (const a of [...attachments].sort((x, y) => (lastPage.get(x.tool.id) ?? 0) - (lastPage.get(y.tool.id) ?? 0))) {
    const at = (lastPage.get(a.tool.id) ?? doc.getPageCount() - 1) + 1 + shift;
    const copied = await doc.copyPages(a.pdf, a.pdf.getPageIndices());
    copied.forEach((page, i) => doc.insertPage(at + i, page));
    addBookmark(doc, a.tool.data.tytul, WORDS.pdf.attachment(a.tool.data.zalacznik!.split('/').pop()!), doc.getPage(at).ref);
    shift += copied.length;
  }
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}

function titleOf(dict: PDFDict): string | undefined {
  const t = dict.get(PDFName.of('Title'));
  return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : undefined;
}

/** Adds a child bookmark pointing at `page` under the top-level bookmark titled `parentTitle`. */
function addBookmark(doc: PDFDocument, parentTitle: string, title: string, page: PDFRef): void {
  const ctx = doc.context;
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return;
  let ref = outlines.get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const item = ctx.lookup(ref, PDFDict);
    if (titleOf(item) === parentTitle) {
      const child = ctx.obj({ Title: PDFHexString.fromText(title), Parent: ref, Dest: [page, PDFName.of('Fit')] });
      const childRef = ctx.register(child);
      const last = item.get(PDFName.of('Last'));
      if (last instanceof PDFRef) {
        ctx.lookup(last, PDFDict).set(PDFName.of('Next'), childRef);
        child.set(PDFName.of('Prev'), last);
      } else item.set(PDFName.of('First'), childRef);
      item.set(PDFName.of('Last'), childRef);
      const count = item.get(PDFName.of('Count'));
      const n = count instanceof PDFNumber ? count.asNumber() : 0;
      item.set(PDFName.of('Count'), PDFNumber.of(n < 0 ? n - 1 : -(n + 1)));
      return;
    }
    ref = item.get(PDFName.of('Next'));
  }
}
