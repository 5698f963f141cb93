/**
 * Removes active content from an editor's PDF (loaded with pdf-lib) before
 * it is published or appended to a toolkit: JavaScript, open and page or
 * field actions, launch, submit and import actions, links to other files or
 * to addresses other than http(s)/mailto, embedded files, rich media and
 * XFA forms. What was removed is returned as Polish labels for the build log.
 * Policy: strip and log (the text, pages and links a reader needs stay).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const ACTIONS: Readonly<Record<string, string>> = {
  JavaScript: 'skrypty JavaScript',
  Launch: 'polecenia uruchomienia programu',
  SubmitForm: 'wysyłanie formularza na zewnętrzny adres',
  ImportData: 'import danych z innych plików',
  GoToR: 'odnośniki otwierające inne pliki',
  GoToE: 'odnośniki otwierające inne pliki',
  Thread: 'odnośniki otwierające inne pliki',
  GoTo3DView: 'multimedia (RichMedia, 3D, filmy, dźwięki)',
  RichMediaExecute: 'multimedia (RichMedia, 3D, filmy, dźwięki)',
  Rendition: 'multimedia (RichMedia, 3D, filmy, dźwięki)',
  Sound: 'multimedia (RichMedia, 3D, filmy, dźwięki)',
  Movie: 'multimedia (RichMedia, 3D, filmy, dźwięki)',
};
const MEDIA_ANNOTATIONS = new Set(['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D']);
const SAFE_URI = /^(https?:|mailto:)/i;

const n = (name: string) => PDFName.of(name);
const nameOf = (o: PDFObject | undefined) => (o instanceof PDFName ? o.decodeText() : undefined);
const textOf = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/** Strips active content from `doc` in place; returns what was removed (empty when nothing was). */
export function stripActiveContent(doc: PDFDocument): string[] {
  const ctx = doc.context;
  const removed = new Set<string>();
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const dropRefs = (o: PDFObject | undefined) => {
    if (o instanceof PDFRef) ctx.delete(o);
    else if (o instanceof PDFArray) o.asArray().forEach(dropRefs);
  };

  /** Why an action (dict) must go, or undefined when it is harmless. */
  const actionProblem = (o: PDFObject | undefined): string | undefined => {
    const action = deref(o);
    if (!(action instanceof PDFDict)) return undefined;
    const type = nameOf(action.get(n('S')));
    if (action.has(n('JS'))) return ACTIONS.JavaScript;
    if (type && ACTIONS[type]) return ACTIONS[type];
    if (type === 'URI' && !SAFE_URI.test((textOf(deref(action.get(n('URI')))) ?? '').trim())) return 'odnośniki o niedozwolonym adresie';
    return undefined;
  };

  const catalog = doc.catalog;
  const open = catalog.get(n('OpenAction'));
  if (open && !(deref(open) instanceof PDFArray)) {
    catalog.delete(n('OpenAction'));
    removed.add('akcja przy otwarciu dokumentu');
  }
  const names = catalog.lookupMaybe(n('Names'), PDFDict);
  if (names?.has(n('JavaScript'))) (names.delete(n('JavaScript')), removed.add(ACTIONS.JavaScript!));
  if (names?.has(n('EmbeddedFiles'))) (names.delete(n('EmbeddedFiles')), removed.add('osadzone pliki'));
  if (catalog.has(n('Collection'))) (catalog.delete(n('Collection')), removed.add('osadzone pliki'));
  const form = catalog.lookupMaybe(n('AcroForm'), PDFDict);
  if (form?.has(n('XFA'))) {
    dropRefs(form.get(n('XFA')));
    form.delete(n('XFA'));
    removed.add('formularz XFA');
  }
  if (catalog.has(n('NeedsRendering'))) catalog.delete(n('NeedsRendering'));

  // Media and file attachment annotations go from every page.
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(n('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const annot = deref(annots.get(i));
      if (annot instanceof PDFDict && MEDIA_ANNOTATIONS.has(nameOf(annot.get(n('Subtype'))) ?? '')) {
        annots.remove(i);
        removed.add(nameOf(annot.get(n('Subtype'))) === 'FileAttachment' ? 'osadzone pliki' : 'multimedia (RichMedia, 3D, filmy, dźwięki)');
      }
    }
  }

  // Every dictionary anywhere: event actions, harmful actions and embedded files.
  const visitDict = (d: PDFDict) => {
    if (d.has(n('AA'))) (d.delete(n('AA')), removed.add('akcje uruchamiane przy otwarciu strony lub użyciu pola formularza'));
    for (const key of ['A', 'Next', 'PA']) {
      const value = d.get(n(key));
      const items = deref(value) instanceof PDFArray && key === 'Next' ? (deref(value) as PDFArray).asArray() : [value];
      const problems = items.map(actionProblem).filter((p): p is string => !!p);
      if (problems.length > 0) {
        d.delete(n(key));
        problems.forEach((p) => removed.add(p));
      }
    }
    // The action itself, wherever it is referenced from: keep no script or command in the file.
    const own = actionProblem(d);
    if (own) {
      dropRefs(d.get(n('JS')));
      for (const key of d.keys()) d.delete(key);
      removed.add(own);
    }
    if (d.has(n('EF')) && nameOf(d.get(n('Type'))) !== 'EmbeddedFile') {
      // A file specification with its file inside: nothing of it stays, not even the name.
      dropRefs(d.get(n('EF')));
      for (const key of d.keys()) d.delete(key);
      removed.add('osadzone pliki');
    }
    if (d.has(n('RichMediaContent'))) (d.delete(n('RichMediaContent')), removed.add('multimedia (RichMedia, 3D, filmy, dźwięki)'));
  };
  const walk = (o: PDFObject | undefined) => {
    if (o instanceof PDFDict) {
      visitDict(o);
      for (const [, value] of o.entries()) walk(value);
    } else if (o instanceof PDFArray) o.asArray().forEach(walk);
  };
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    if (obj instanceof PDFStream || obj instanceof PDFRawStream) {
      if (nameOf(obj.dict.get(n('Type'))) === 'EmbeddedFile') {
        ctx.delete(ref);
        removed.add('osadzone pliki');
      } else walk(obj.dict);
    } else walk(obj);
  }
  // The trailer's object count must follow the deletions, or checkers such as qpdf warn.
  ctx.largestObjectNumber = Math.max(0, ...ctx.enumerateIndirectObjects().map(([ref]) => ref.objectNumber));
  return [...removed].sort((a, b) => a.localeCompare(b, 'pl'));
}

/** „content/pliki/x.pdf: usunięto aktywną zawartość – …; …” for the build log. */
export function strippedLine(file: string, removed: readonly string[]): string {
  return `${file}: usunięto aktywną zawartość – ${removed.join(', ')}; serwis i pakiety PDF zawierają wersję bez niej`;
}
