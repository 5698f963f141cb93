/**
 * Renders the share cards of a built site from the descriptions of its pages
 * (the same the layout wrote the meta tags from; nothing is read back out of
 * the built HTML) and writes each distinct card once to <site>/karty/<key>.png.
 * PNGs are cached by key between builds, so an unchanged page costs a file
 * copy, not a render.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { useBundledFontsForSvg } from '../graphics/fonts.ts';
import { cardSvg } from './design.ts';
import { collectCards } from './meta.ts';
import type { CardSource } from './source.ts';
import { CARDS_DIR, type CardSpec } from './spec.ts';
import type { StripImage } from '../graphics/strip.ts';
import { threadId } from 'node:worker_threads';
import { backgroundCards } from './background.ts';

export interface CardBuild extends CardSource {
  /** The built site's folder. */
  readonly dir: string;
}

/** What a build did, also written to <cacheRoot>/cards-last-build.json for tests and the benchmark. */
export interface CardStats {
  /** Pages described, each with a card. */
  readonly pages: number;
  /** Distinct cards (pages with the same title, kind and types share one). */
  readonly cards: number;
  /** Cards rendered because the cache did not have them. */
  readonly rendered: number;
  /** Bytes of all cards in the site. */
  readonly bytes: number;
  /** Milliseconds the card step at the end of the build took (waiting for the background renders included). */
  readonly ms: number;
  /** Milliseconds the background renders ran, alongside the PDFs and pages (0 when the build started none). */
  readonly backgroundMs: number;
}

export const STATS_FILE = 'cards-last-build.json';

/** Cards in the making at once: librsvg draws one image on one thread, and two per core keep every core busy while the main thread lays out the next titles. */
const CARD_RENDERS = 2 * availableParallelism();

/**
 * A palette PNG: flat colours and anti-aliased text need no more than 256
 * colours. Fastest quantising and no dithering look the same on cards and
 * halve the time of the defaults. Measured per card on one core: drawing the
 * SVG 16 ms, quantising to the palette 28 ms, zlib level 9 another 10 ms
 * that level 6 saves for 5 % more bytes (24.6 KB against 23.3 KB). A
 * truecolour PNG would skip the quantising but weigh twice as much (50 KB);
 * WebP q90 is slower (87 ms). Drawing the shared backdrop once and laying
 * each card's text over it was tried: compositing costs more than it saves.
 */
export const CARD_PNG = { palette: true, compressionLevel: 6, effort: 1, dither: 0 } as const;

/**
 * Bump when the way a card is drawn or encoded changes without a change of
 * what it shows (CARD_DESIGN_VERSION): cached PNGs of the old recipe are then
 * not reused, so every machine writes the same bytes, while the cards keep
 * their URLs.
 */
export const CARD_RENDER_VERSION = 2;
const cached = (cache: string, key: string) => join(cache, `${key}.r${CARD_RENDER_VERSION}.png`);

export { cacheRoot } from '../build/cache.ts';

/**
 * Renders the cards of `cards` that `cacheDir` lacks into it, `concurrency`
 * at a time; returns how many it rendered. Each file is written under a
 * temporary name and renamed, so a build running in parallel (or a
 * background render) never copies half a file.
 */
export async function renderMissing(cards: readonly (readonly [string, CardSpec])[], strip: StripImage, cacheDir: string, concurrency = CARD_RENDERS): Promise<number> {
  const missing = cards.filter(([key]) => !existsSync(cached(cacheDir, key)));
  if (missing.length === 0) return 0;
  mkdirSync(cacheDir, { recursive: true });
  useBundledFontsForSvg();
  const sharp = (await import('sharp')).default;
  const queue = [...missing];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, spec] = next;
      const png = await sharp(Buffer.from(cardSvg(spec, strip))).png(CARD_PNG).toBuffer();
      const tmp = join(cacheDir, `${key}.${process.pid}.${threadId}.tmp`);
      writeFileSync(tmp, png);
      renameSync(tmp, cached(cacheDir, key));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));
  return missing.length;
}

/** Renders (or copies from the cache) every card of the built site into <dir>/karty/. */
export async function buildShareCards(build: CardBuild): Promise<CardStats> {
  const started = performance.now();
  const cards = collectCards(build.pages, { name: build.siteName, strip: build.strip.fingerprint });
  const cache = join(build.cacheRoot, CARDS_DIR);
  const out = join(build.dir, CARDS_DIR);
  mkdirSync(cache, { recursive: true });
  mkdirSync(out, { recursive: true });

  // The cards the build started rendering in the background (src/cards/background.ts), then whatever they left.
  const early = await backgroundCards();
  const rendered = early.rendered + (await renderMissing([...cards], build.strip, cache));

  let bytes = 0;
  for (const key of cards.keys()) {
    copyFileSync(cached(cache, key), join(out, `${key}.png`));
    bytes += statSync(join(out, `${key}.png`)).size;
  }
  const stats: CardStats = { pages: build.pages.length, cards: cards.size, rendered, bytes, ms: Math.round(performance.now() - started), backgroundMs: early.ms };
  writeFileSync(join(build.cacheRoot, STATS_FILE), JSON.stringify(stats, null, 2));
  return stats;
}
