/**
 * The look of a tool's DOCX, as real Word styles with Polish names (the names
 * Word and LibreOffice show in their style lists; the ids stay the built-in
 * ones, so „Nagłówek 1” is Heading1 and the navigation pane and tables of
 * contents find it): the page of the PDFs (A4, the wider inner margin for
 * binding), Noto Sans, and the toolkit's colours.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { COLOURS, PAGE, TYPE } from '../geometry.ts';

/** Points to twentieths of a point, Word's unit of length. */
export const twips = (points: number) => Math.round(points * 20);
/** Points to half-points, Word's unit of font size. */
const half = (points: number) => Math.round(points * 2);
const colour = (hex: string) => hex.replace('#', '').toUpperCase();

/** The font of every style: the PDFs' font, with every Polish letter (free to install from Google Fonts where missing). */
export const FONT = 'Noto Sans';
export const LANGUAGE = 'pl-PL';

/** A4 with the PDFs' margins: 25 mm inside for binding, 18 mm outside. */
export const PAGE_SETUP = {
  size: { width: twips(PAGE.width), height: twips(PAGE.height) },
  margin: {
    top: twips(PAGE.margins.top),
    bottom: twips(PAGE.margins.bottom),
    left: twips(PAGE.margins.left),
    right: twips(PAGE.margins.right),
    header: twips(PAGE.margins.top / 2.5),
    footer: twips(PAGE.margins.bottom / 2.5),
  },
} as const;

/** Width of the text column, in twips. */
export const TEXT_WIDTH = PAGE_SETUP.size.width - PAGE_SETUP.margin.left - PAGE_SETUP.margin.right;

/** Style ids (Word's own where Word has one). */
export const STYLE = {
  small: 'Zastrzezenie',
  note: 'Ramka',
  field: 'Pole',
  tableText: 'TekstTabeli',
  tableHeader: 'NaglowekTabeli',
  list: 'ListParagraph',
  link: 'Hyperlink',
} as const;

/** Single line spacing, for a paragraph holding an image: LibreOffice crops an image on a line with proportional spacing. */
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

/** Indent of each list level, in twips. */
export const LIST_INDENT = 360;

const heading = (level: number, size: number) => ({
  id: `Heading${level}`,
  name: `Nagłówek ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size: half(size), bold: true, color: colour(level <= 2 ? COLOURS.accent : COLOURS.text) },
  paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before: twips(size * 0.9), after: twips(size * 0.35) } },
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: half(TYPE.body), color: colour(COLOURS.text), language: { value: LANGUAGE } },
      // lineRule is written out: LibreOffice reads a bare w:line as an exact height, and long headings overlap.
      paragraph: { spacing: { after: twips(TYPE.paragraphGap), line: 276, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    { id: 'Normal', name: 'Normalny', quickFormat: true, run: { font: FONT, size: half(TYPE.body) } },
    ...TYPE.h.slice(1).map((size, i) => heading(i + 1, size)),
    { id: STYLE.list, name: 'Akapit z listą', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: twips(2) } } },
    { id: STYLE.small, name: 'Zastrzeżenie', basedOn: 'Normal', next: 'Normal', run: { size: half(TYPE.small + 0.5), italics: true, color: colour(COLOURS.muted) }, paragraph: { spacing: { before: twips(4), after: twips(TYPE.paragraphGap * 2) } } },
    {
      id: STYLE.note,
      name: 'Ramka',
      basedOn: 'Normal',
      paragraph: { indent: { left: twips(10) }, border: { left: { style: 'single', size: 16, color: colour(COLOURS.accent), space: 8 } } },
    },
    { id: STYLE.field, name: 'Pole do wypełnienia', basedOn: 'Normal', paragraph: { spacing: { before: twips(8), after: twips(4) }, keepLines: true } },
    { id: STYLE.tableText, name: 'Tekst tabeli', basedOn: 'Normal', run: { size: half(TYPE.body - 0.5) }, paragraph: { spacing: { after: 0, ...SINGLE } } },
    { id: STYLE.tableHeader, name: 'Nagłówek tabeli', basedOn: STYLE.tableText, next: STYLE.tableText, run: { bold: true }, paragraph: { keepNext: true } },
  ],
  characterStyles: [{ id: STYLE.link, name: 'Hiperłącze', basedOn: 'DefaultParagraphFont', run: { color: colour(COLOURS.accent), underline: {} } }],
};

/** Bullets „•” and „–” by depth, as in the PDFs and on the site. */
export const BULLETS = 'punktory';

/** The bullet list numbering; numbered lists get one each (docx/writer.ts), so each starts at its own number. */
export function numbering(ordered: readonly { reference: string; start: number }[]): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } });
  return {
    config: [
      {
        reference: BULLETS,
        levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.BULLET, text: level % 2 === 0 ? '•' : '–', alignment: AlignmentType.LEFT, style: indent(level) })),
      },
      ...ordered.map(({ reference, start }) => ({
        reference,
        levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start: level === 0 ? start : 1, alignment: AlignmentType.LEFT, style: indent(level) })),
      })),
    ],
  };
}
