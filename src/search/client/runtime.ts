/**
 * Loads pagefind.js and the Polish query assets once, from the site's own
 * origin, and only what a query needs: Pagefind runs on the page itself (its
 * web worker would be one more script to download), and the filter indexes
 * load only where their counts are shown (the search page).
 */
import { search, type Outcome, type Pagefind, type SearchAssets } from '../engine.ts';
import type { FilterValues } from '../../content/facets.ts';
import { queryString } from '../state.ts';
import { readAssets, type AssetsFile } from '../assets.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let ready: Promise<{ pagefind: Pagefind; assets: SearchAssets }> | undefined;
let counted: Promise<unknown> | undefined;

function start(): Promise<{ pagefind: Pagefind; assets: SearchAssets }> {
  ready ??= (async () => {
    const assets = fetch(`${base}pagefind/kooperacje-szukaj.json`).then(async (r) => readAssets((await r.json()) as AssetsFile));
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind & { options(o: object): Promise<void>; init(): Promise<void> };
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return { pagefind, assets: await assets };
  })();
  return ready;
}

/**
 * Searches with the site's index; the first call loads it. With `counts`,
 * every filter's values are loaded first, so the outcome counts results for
 * all of them.
 */
export async function run(query: string, filters: FilterValues = {}, limit = 10, counts = false): Promise<Outcome> {
  const { pagefind, assets } = await start();
  if (counts) await (counted ??= pagefind.filters());
  return search(pagefind, assets, query, filters, limit);
}

/** The search page's address for a query and filters. */
export function searchUrl(query: string, filters: FilterValues = {}): string {
  return `${base}szukaj/${queryString(query, filters)}`;
}
