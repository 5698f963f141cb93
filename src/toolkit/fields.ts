/**
 * Fillable form fields for the toolkit PDFs: text fields (one line or several)
 * and checkboxes as widget annotations with their own appearance streams,
 * tagged as Form elements with an accessible name (/TU), and a field font
 * that holds every character a person can type in Polish.
 */
import type { Doc, Struct } from './pdf-types.ts';

/**
 * What a person can type into a field, and so what the field font must hold:
 * printable ASCII, Latin-1 Supplement and Latin Extended-A (every Polish
 * letter, and names with é, ü, č, ř…), and the punctuation of Polish texts
 * („”–—…§°€). Measured on the built toolkits, it adds about 10.5 KB to each file.
 */
export const FIELD_CHARACTERS: string = [
  ...range(0x20, 0x7e),
  // U+00AD, the soft hyphen, is invisible and has no glyph to show.
  ...range(0xa0, 0xff).filter((ch) => ch !== '\u00ad'),
  ...range(0x100, 0x17f),
  ...'„”“‚‘’«»–—…•·€№™‰′″',
].join('');

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

/** Font size of text typed into a field, in points. */
export const FIELD_FONT_SIZE = { line: 10, box: 9 } as const;
/** Leading of a multi-line field's text, as a factor of its font size (viewers use about this). */
export const FIELD_LEADING = 1.2;

/** Field flag for multi-line text fields (PDF 1.7, table 228). */
const MULTILINE = 1 << 12;

interface PdfkitForms {
  _font: { id: string; encode(text: string): unknown };
  _fieldDict(name: string, type: string, options: object): Record<string, unknown>;
  _addToParent(ref: unknown): void;
  page: { annotations: unknown[] };
  ref(data: object): { end(content?: string): void };
  _root: { data: { AcroForm: { data: { DR: { Font: Record<string, unknown> }; NeedAppearances?: boolean } } } };
}

/** Resource name of the check-mark font in the form's resources, as viewers expect it. */
const CHECK_FONT = 'ZaDb';

/**
 * Prepares the form's resources: puts every character of FIELD_CHARACTERS into
 * the regular font's subset, which is the form's default font (/DR), so viewers
 * can show whatever is typed (one character at a time, so no ligature stands
 * in for its letters); and drops NeedAppearances, since every field brings
 * its own appearances and viewers write new ones for what is typed. With it,
 * poppler would redraw every field itself and ignore the boxes' appearances.
 */
export function completeFieldFont(doc: Doc): void {
  const forms = doc as unknown as PdfkitForms;
  delete forms._root.data.AcroForm.data.NeedAppearances;
  doc.font('regular');
  for (const ch of FIELD_CHARACTERS) forms._font.encode(ch);
  // Viewers that redraw a ticked box themselves (poppler, with NeedAppearances)
  // draw ZapfDingbats' check mark and find nothing without this entry. It is one
  // of the 14 standard fonts: no file, and no page text uses it.
  const zadb = forms.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' });
  zadb.end();
  forms._root.data.AcroForm.data.DR.Font[CHECK_FONT] = zadb;
}

export interface FieldSpec {
  readonly kind: 'text' | 'checkbox';
  /** Unique field name (/T). */
  readonly name: string;
  /** Accessible name (/TU), what a screen reader announces. */
  readonly label: string;
  /** Rectangle in pdfkit coordinates (top-left origin). */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Text fields only: text wraps over several lines. */
  readonly multiline?: boolean;
}

type Ref = ReturnType<PdfkitForms['ref']>;
const APPEARANCES = new WeakMap<PdfkitForms, { empty: Ref; tick: Ref }>();

/**
 * Appearance streams shared by every field of a document: an appearance is
 * scaled to its widget's rectangle, so one empty appearance serves every
 * empty field and one check mark (drawn as a path on a unit square, so no
 * font is needed) every ticked box. The box itself is drawn on the page.
 */
function appearancesOf(forms: PdfkitForms): { empty: Ref; tick: Ref } {
  let shared = APPEARANCES.get(forms);
  if (!shared) {
    const box = (content: string) => {
      const ref = forms.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], Resources: {} });
      ref.end(content);
      return ref;
    };
    shared = { empty: box('/Tx BMC\nEMC\n'), tick: box('q 0 g 0 G 1.4 w 1 J 1 j 2 5.2 m 4.2 2.5 l 8.2 8 l S Q\n') };
    APPEARANCES.set(forms, shared);
  }
  return shared;
}

/** Adds a widget annotation with appearances, tagged as a Form element under `parent`. */
export function addField(doc: Doc, spec: FieldSpec, parent: Struct): void {
  const forms = doc as unknown as PdfkitForms;
  const form = doc.struct('Form');
  parent.add(form);
  // Fields always use the regular font, whichever font the page text last used.
  doc.font('regular');
  const dict = forms._fieldDict(spec.name, spec.kind, {});
  dict.Subtype = 'Widget';
  dict.F = 4;
  dict.TU = new String(spec.label);
  const shared = appearancesOf(forms);
  if (spec.kind === 'text') {
    const size = spec.multiline ? FIELD_FONT_SIZE.box : FIELD_FONT_SIZE.line;
    dict.DA = new String(`/${forms._font.id} ${size} Tf 0 g`);
    if (spec.multiline) dict.Ff = MULTILINE;
    // The empty field's own appearance; viewers draw typed text over it (NeedAppearances).
    dict.AP = { N: shared.empty };
  } else {
    dict.AP = { N: { Yes: shared.tick, Off: shared.empty } };
    // ZapfDingbats „4” is the check mark viewers draw when they redraw the box.
    dict.DA = new String(`/${CHECK_FONT} 0 Tf 0 g`);
    dict.MK = { CA: new String('4') };
    dict.AS = 'Off';
    dict.V = 'Off';
  }
  doc.annotate(spec.x, spec.y, spec.w, spec.h, { ...dict, structParent: form } as PDFKit.Mixins.AnnotationOption);
  forms._addToParent(forms.page.annotations.at(-1));
  form.end();
}
