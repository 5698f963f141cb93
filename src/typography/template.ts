/**
 * The template helper: Polish typography for text an `.astro` template writes
 * into the page, applied where the text is produced (Markdown bodies get it
 * from the Markdown pipeline, src/typography/hast.ts). Nothing re-scans the
 * finished HTML, so every text expression of a template goes through here.
 */
import { typesetText } from './text.ts';

/**
 * Typesets the text of one HTML text node: `<p>{typeset(page.title)}</p>`.
 * - Text only: never attributes (`title`, `alt`, `aria-label`, `content` stay as written).
 * - One call per text node: where several expressions and literal text make one
 *   node, pass the whole string (`typeset(`${count} ${noun} z `)`), since the rules
 *   look across the pieces (a number and its unit, a one-letter word at the end
 *   that must stay with what follows).
 * - Idempotent, so text that arrives typeset (dates, Markdown) passes unchanged.
 */
export function typeset(text: string): string {
  return typesetText(text);
}
