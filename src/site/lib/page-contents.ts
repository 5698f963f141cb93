/**
 * The „Na tej stronie” contents of a long page, decided from the page's own
 * headings: one entry per h2 section (the heading's text and id), shown when
 * the page has at least two such sections and is longer than three phone
 * screens. The length is estimated from the text, so the decision needs no
 * browser. Measured on the built site at 375 × 740 px, the main content of
 * a page holds about 600 characters of text per screen (lists, tables,
 * margins and 17 px text at 1.6 line height included); every section adds
 * its heading and margins, about 60 characters' worth. A table row or a
 * line to write on (a tool's form) holds few characters but takes a line's
 * height, so each counts as 35 characters.
 */
import type { Heading } from './markdown-html.ts';

export interface ContentsItem {
  readonly id: string;
  readonly text: string;
}

/** Characters of body text one phone screen holds. */
export const SCREEN_CHARS = 600;
/** Space a section heading and its margins take, in characters of body text. */
export const HEADING_CHARS = 60;
/** Space a table row or a line to write on takes, in characters of body text. */
export const LINE_CHARS = 35;
/** A page longer than this many phone screens gets contents. */
export const LONG_PAGE_SCREENS = 3;

/** A section of the page: its heading's level, id and text. */
export interface PageSection {
  readonly depth: number;
  readonly id: string;
  readonly text: string;
}

/** How many phone screens a page of this much text with these headings fills. */
export function phoneScreens(textChars: number, headingCount: number): number {
  return (textChars + headingCount * HEADING_CHARS) / SCREEN_CHARS;
}

/**
 * The contents of a page, or an empty list when it needs none. `textChars`
 * is the length of the page's text; `always` gives contents to a page that
 * is long by design (a model page) whatever its text.
 */
export function pageContents(sections: readonly PageSection[], textChars: number, always = false): ContentsItem[] {
  const top = sections.filter((s) => s.depth === 2);
  if (top.length < 2) return [];
  if (!always && phoneScreens(textChars, sections.length) <= LONG_PAGE_SCREENS) return [];
  return top.map((s) => ({ id: s.id, text: s.text }));
}

/** The sections of a Markdown body rendered by `renderMarkdown`, followed by the page's own sections after it. */
export function sectionsOf(headings: readonly Heading[], after: readonly PageSection[] = []): PageSection[] {
  return [...headings.map((h) => ({ depth: h.depth, id: h.id, text: h.text })), ...after];
}

/**
 * Characters of text in a piece of HTML (tags dropped, entities counted as
 * one, runs of space as one), plus `LINE_CHARS` for each table row and each
 * line to write on, which are tall for the text they hold.
 */
export function textLength(html: string): number {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, '_')
    .replace(/\s+/g, ' ')
    .trim().length;
  const lines = html.match(/<tr[\s>]|\bpole__linia\b/g)?.length ?? 0;
  return text + lines * LINE_CHARS;
}

/** An entry of a list as EntryList draws it: its title (a heading), description and detail lines. */
export interface ListedEntry {
  readonly title: string;
  readonly description?: string | undefined;
  readonly details?: string | readonly string[] | undefined;
}

/** The length of an entry list in characters of body text: its text, and each entry's heading and margins. */
export function listLength(items: readonly ListedEntry[]): number {
  return items.reduce((sum, e) => sum + HEADING_CHARS + [e.title, e.description, ...[e.details ?? []].flat()].filter(Boolean).join(' ').length, 0);
}
