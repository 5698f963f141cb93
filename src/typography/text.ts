/**
 * Polish typesetting rules for plain text: non-breaking spaces where a line
 * must not break, typographic quotes and dashes. Idempotent: running it twice
 * gives the same text. Used where text is produced: Markdown bodies (`hast.ts`),
 * template text (`typeset` in `template.ts`), the PDFs, cards and feed.
 */

export const NBSP = '\u00A0';

const SPACE = '[ \\t\\r\\n\\u00A0]+';
/** Characters after which a one-letter word starts (space, start, opening bracket or quote). */
const WORD_START = '(?<=^|[\\s\\u00A0(\\[„‚"\'–—])';

/** Units and abbreviations that must stay on the line of the number before them. */
const UNITS = ['r\\.', 'rr\\.', 'w\\.', 'tys\\.', 'mln', 'mld', 'zł', 'gr', 'km', 'kg', 'm', 'cm', 'mm', '%', 'godz\\.', 'min', 'proc\\.', 'os\\.', 'osób', 'stron', 'str\\.', 'KB', 'MB', 'kB'];
/** Abbreviations that must stay on the line of the number after them. */
const BEFORE_NUMBER = ['nr', 'ul\\.', 'al\\.', '§', 'art\\.', 'ust\\.', 'pkt', 'poz\\.', 's\\.', 'str\\.', 'tel\\.', 'Nr', 'Art\\.'];
/** Titles that must stay on the line of the name after them. */
const TITLES = ['dr', 'hab\\.', 'prof\\.', 'mgr', 'inż\\.', 'ks\\.', 'p\\.o\\.'];

const RULES: ReadonlyArray<[RegExp, string]> = [
  // One-letter words (a, i, o, u, w, z) never end a line.
  [new RegExp(`${WORD_START}([aiouwzAIOUWZ])${SPACE}(?=\\S|$)`, 'g'), `$1${NBSP}`],
  // A number and its unit stay together: „20 tys.”, „2021 r.”, „36 stron”.
  [new RegExp(`(\\d)${SPACE}(${UNITS.join('|')})(?=$|[\\s\\u00A0.,;:)!?”])`, 'g'), `$1${NBSP}$2`],
  // „nr 5”, „art. 4”, „§ 2”.
  [new RegExp(`(?<=^|[\\s\\u00A0(])(${BEFORE_NUMBER.join('|')})${SPACE}(?=\\d)`, 'g'), `$1${NBSP}`],
  // „dr hab. Jerzy”, „prof. UJD”.
  [new RegExp(`(?<=^|[\\s\\u00A0(])(${TITLES.join('|')})${SPACE}(?=\\S)`, 'g'), `$1${NBSP}`],
  // Initials: „J. Kowalski”.
  [/(?<=^|[\s\u00A0(])([A-ZĄĆĘŁŃÓŚŹŻ]\.)[ \t\r\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])/g, `$1${NBSP}`],
  // Groups of digits: „9 966 995,50”.
  [/(?<=\d) (?=\d{3}(?!\d))/g, NBSP],
  // A hyphen between words becomes a spaced en dash that never starts a line.
  [/(?<=\S)[ \u00A0]+[-–][ \t\r\n]+(?=\S)/g, `${NBSP}– `],
];

/**
 * Applies the Polish rules to a piece of text. `previousChar` is the last
 * character of the text before it (in HTML, the text node before an inline tag),
 * so quotes that span tags open and close correctly.
 */
export function typesetText(input: string, previousChar = ' '): string {
  let out = input;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return typesetQuotes(out, previousChar);
}

/** Turns straight double quotes into Polish „…”: opening after a space or bracket, closing elsewhere. */
export function typesetQuotes(input: string, previousChar = ' '): string {
  let prev = previousChar;
  let out = '';
  for (const ch of input) {
    if (ch === '"') out += /[\s\u00A0(\[„‚–—/]/.test(prev) || prev === '' ? '„' : '”';
    else out += ch;
    prev = ch;
  }
  return out;
}
