/**
 * What a site's share cards are made from: the descriptions of its pages,
 * its name and its logo strip in a form every SVG renderer draws. The
 * background threads (started by scripts/build.ts) and the card step at the
 * end of the build (src/integrations/share-cards.ts) both take it from here,
 * so they collect the same cards.
 */
import type { Content } from '../content/entries.ts';
import { describePages } from '../content/page-description.ts';
import { drawableStrip, loadStrip, type LoadedStrip } from '../graphics/strip.ts';
import type { SharePage } from './meta.ts';

export interface CardSource {
  /** Every page of the site (src/content/page-description.ts → describePages). */
  readonly pages: readonly SharePage[];
  /** settings → serwis.nazwa, shown at the foot of every card. */
  readonly siteName: string;
  readonly strip: LoadedStrip;
  /** The project's cache folder; cards go to its karty/ subfolder. */
  readonly cacheRoot: string;
}

export async function cardSource(content: Content, cacheRoot: string): Promise<CardSource> {
  const { dir, settings } = content;
  return {
    pages: [...describePages(content).values()],
    siteName: settings.serwis.nazwa,
    // The strip's data URI holds its clean bytes (an SVG could otherwise pull in other files).
    strip: await drawableStrip(loadStrip(dir, settings.logotypy)),
    cacheRoot,
  };
}
