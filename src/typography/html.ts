/**
 * Applies `typesetText` to the text of an HTML document: text between tags
 * only, never inside attributes or in script, style, pre, code, kbd, samp or
 * textarea elements.
 */
import { typesetText } from './text.ts';

const SKIP = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea', 'svg', 'math']);
const TOKEN = /(<!--[\s\S]*?-->|<[^>]*>)/;

export function typesetHtml(html: string): string {
  const parts = html.split(TOKEN);
  const open: string[] = [];
  let lastChar = ' ';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (tag) {
        const name = (tag[2] ?? '').toLowerCase();
        if (SKIP.has(name) && !part.endsWith('/>')) {
          if (tag[1]) {
            const at = open.lastIndexOf(name);
            if (at >= 0) open.splice(at, 1);
          } else open.push(name);
        }
        // Block boundaries reset the quote context.
        if (/^(p|li|h[1-6]|td|th|div|br|dt|dd|title|option|button|label|caption|figcaption)$/.test(name)) lastChar = ' ';
      }
      continue;
    }
    if (open.length > 0 || part === '') continue;
    const text = part.replace(/&quot;|&#34;/g, '"');
    parts[i] = typesetText(text, lastChar);
    lastChar = part.at(-1) ?? lastChar;
  }
  return parts.join('');
}
