/**
 * An A–Z index for a page whose sections are letters (a glossary written as
 * „## A”, „## B”…): the letter headings in order, each to be linked to its
 * section. Decided from the headings alone, so any such page gets one and
 * no content file needs changing.
 */
import type { Heading } from './markdown-html.ts';

/** Fewer letter sections than this are not worth an index. */
export const MIN_LETTERS = 3;

/** The page's letter sections when every h2 is a single capital letter (Polish ones too) and there are enough; else none. */
export function letterIndex(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length >= MIN_LETTERS && sections.every((h) => /^\p{Lu}$/u.test(h.text.trim())) ? sections : [];
}
