/** A worker thread of src/cards/background.ts: renders its share of the cards into the cache and posts how many it rendered. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderMissing } from './render.ts';
import type { CardWork } from './background.ts';

const work = workerData as CardWork;
// Two at a time: while one card is being encoded, the next one's SVG is laid out.
parentPort!.postMessage(await renderMissing(work.cards, work.strip, work.cacheDir, 2));
