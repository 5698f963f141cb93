/**
 * The typography oracle of the tests: applies `typesetText` to the text of a
 * finished HTML document (text between tags only, never inside attributes,
 * comments, or script, style, pre, code, kbd, samp, textarea, svg and math
 * elements). The site no longer runs it: templates typeset their text with
 * `typeset` (src/typography/template.ts) and Markdown bodies are typeset in
 * the renderer. A page is typeset when `typesetHtml(page) === page`.
 */
import { typesetText } from '../../src/typography/text.ts';

/** Elements whose content is raw text: copied up to their closing tag, whatever it contains (e.g. CSS „width<=30rem”). */
const RAW = new Set(['script', 'style', 'textarea']);
/** Elements whose text must stay as written. */
const SKIP = new Set(['pre', 'code', 'kbd', 'samp', 'svg', 'math']);
/** Block boundaries reset the quote context. */
const BLOCK = /^(p|li|h[1-6]|td|th|div|br|dt|dd|title|option|button|label|caption|figcaption)$/;

export function typesetHtml(html: string): string {
  let out = '';
  let i = 0;
  let lastChar = ' ';
  const open: string[] = [];
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      const text = html.slice(i, textEnd);
      if (open.length > 0) out += text;
      else {
        out += typesetText(text.replace(/&quot;|&#34;/g, '"'), lastChar);
        lastChar = text.at(-1) ?? lastChar;
      }
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const gt = tagEndAt(html, lt);
    const tagEnd = gt < 0 ? html.length : gt + 1;
    const tag = html.slice(lt, tagEnd);
    out += tag;
    i = tagEnd;
    const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
    if (!m) continue;
    const name = (m[2] ?? '').toLowerCase();
    if (BLOCK.test(name)) lastChar = ' ';
    if (!m[1] && RAW.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close < 0 ? html.length : close;
      out += html.slice(i, stop);
      i = stop;
    } else if (SKIP.has(name) && !tag.endsWith('/>')) {
      if (m[1]) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.splice(at, 1);
      } else open.push(name);
    }
  }
  return out;
}

/**
 * The „>” that closes the tag opening at `lt`. Astro escapes only & and " in
 * attribute values, so a „>” inside quotes (a title in a meta tag) is text.
 */
function tagEndAt(html: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/** A text of a page that typesetting would still change. */
export interface UntypesetText {
  /** The text as the page has it. */
  readonly text: string;
  /** The same text typeset. */
  readonly typeset: string;
}

/** The texts of `html` the oracle would change; none on a page written already typeset. */
export function untypesetTexts(html: string): UntypesetText[] {
  // Typesetting changes text only, never a tag, so both split into the same pieces.
  const pieces = html.split(/(<[^>]*>)/);
  const typeset = typesetHtml(html).split(/(<[^>]*>)/);
  return pieces.flatMap((text, i) => (text === typeset[i] ? [] : [{ text: text.trim(), typeset: (typeset[i] ?? '').trim() }]));
}

/** „Szukaj w serwisie → Szukaj w⍽serwisie”: a finding with its non-breaking spaces made visible. */
export function describeUntypeset(found: UntypesetText): string {
  const visible = (s: string) => s.replaceAll('\u00A0', '⍽');
  return `${visible(found.text)} → ${visible(found.typeset)}`;
}
