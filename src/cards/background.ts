/**
 * Share cards rendered in the background while the build makes the PDFs and
 * the pages. The build script (scripts/build.ts) starts worker threads as
 * soon as the content is checked; the card step at the end of the Astro
 * build (src/integrations/share-cards.ts → buildShareCards) waits for them
 * and renders only what they left. Rendering a card is CPU work of its own
 * (about 45 ms: drawing the SVG and reducing it to a palette PNG), while the
 * PDFs and Astro's pages run on one core: this puts the other cores to work
 * and takes the cards off the build's critical path.
 *
 * Best effort: a worker that fails leaves its cards to the card step, which
 * renders them and reports any error in Polish. The two parts of the build
 * load this module as different copies (the script natively, the
 * integration through Vite), so the pending work lives on globalThis.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CARDS_DIR, type CardSpec } from './spec.ts';
import { collectCards } from './meta.ts';
import type { CardSource } from './source.ts';
import type { StripImage } from '../graphics/strip.ts';
import { useBundledFontsForSvg } from '../graphics/fonts.ts';
import { join } from 'node:path';

export interface BackgroundResult {
  /** Cards rendered in the background. */
  readonly rendered: number;
  /** Milliseconds from the start of the first worker to the end of the last. */
  readonly ms: number;
}

/** What a worker gets: its share of the cards, the strip and the cache folder of the cards. */
export interface CardWork {
  readonly cards: readonly (readonly [string, CardSpec])[];
  readonly strip: StripImage;
  readonly cacheDir: string;
}

const KEY = Symbol.for('kooperacje.background-cards');
type Store = { [KEY]?: Promise<BackgroundResult> };

/** Worker threads for the cards: every core but the one the PDFs and pages use, and at least one. */
export const CARD_WORKERS = Math.max(1, availableParallelism() - 1);

/**
 * Starts rendering the cards of `build`'s pages into the card cache under
 * its `cacheRoot` in CARD_WORKERS threads (cards already cached are skipped
 * there): the same cards the card step collects. Returns at once;
 * `backgroundCards()` waits for the result.
 */
export function startBackgroundCards(build: CardSource): void {
  // Fontconfig reads the process environment: set it here, before any thread loads sharp.
  useBundledFontsForSvg();
  const started = performance.now();
  const { strip, cacheRoot } = build;
  const all = [...collectCards(build.pages, { name: build.siteName, strip: strip.fingerprint })];
  const shares = Array.from({ length: CARD_WORKERS }, (_, w) => all.filter((_, i) => i % CARD_WORKERS === w)).filter((share) => share.length > 0);
  const runs = shares.map(
    (share) =>
      new Promise<number>((done) => {
        const work: CardWork = { cards: share, strip: { href: strip.href, ratio: strip.ratio }, cacheDir: join(cacheRoot, CARDS_DIR) };
        const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: work });
        worker.once('message', (rendered: number) => done(rendered));
        // A failed worker renders nothing here; the card step renders its cards and reports the error.
        worker.once('error', () => done(0));
        worker.once('exit', () => done(0));
      }),
  );
  (globalThis as Store)[KEY] = Promise.all(runs).then((counts) => ({ rendered: counts.reduce((a, b) => a + b, 0), ms: Math.round(performance.now() - started) }));
}

/** Waits for the background renders the build started; nothing rendered when it started none. Never rejects. */
export async function backgroundCards(): Promise<BackgroundResult> {
  const pending = (globalThis as Store)[KEY];
  delete (globalThis as Store)[KEY];
  return (await pending) ?? { rendered: 0, ms: 0 };
}
