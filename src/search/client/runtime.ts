/** Loads pagefind.js and the Polish query assets once, from the site's own origin. */
import { search, type Outcome, type Pagefind, type SearchAssets } from '../engine.ts';
import type { FilterValues } from '../../content/facets.ts';
import { queryString } from '../state.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let ready: Promise<{ pagefind: Pagefind; assets: SearchAssets }> | undefined;

function start(): Promise<{ pagefind: Pagefind; assets: SearchAssets }> {
  ready ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind & { options(o: object): Promise<void>; init(): Promise<void> };
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    // Loads every filter's values, so each search reports counts for all of them.
    await pagefind.filters();
    const assets = (await (await fetch(`${base}pagefind/kooperacje-szukaj.json`)).json()) as SearchAssets;
    return { pagefind, assets };
  })();
  return ready;
}

/** Searches with the site's index; the first call loads it. */
export async function run(query: string, filters: FilterValues = {}, limit = 10): Promise<Outcome> {
  const { pagefind, assets } = await start();
  return search(pagefind, assets, query, filters, limit);
}

/** The search page's address for a query and filters. */
export function searchUrl(query: string, filters: FilterValues = {}): string {
  return `${base}szukaj/${queryString(query, filters)}`;
}
