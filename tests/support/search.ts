/** Runs the built site's own search in Node: pagefind.js from dist/, its files served over loopback. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { search, type Outcome, type Pagefind } from '../../src/search/engine.ts';
import type { FilterValues } from '../../src/content/facets.ts';
import { ASSETS_FILE, INDEX_DIR } from '../../src/search/indexer.ts';
import { readAssets, type AssetsFile } from '../../src/search/assets.ts';
import { serve, type StaticServer } from './server.ts';

export interface NodeSearch {
  run(query: string, filters?: FilterValues, limit?: number): Promise<Outcome>;
  /** The same search without acronym expansion: what the words alone find. */
  literal(query: string, limit?: number): Promise<Outcome>;
  readonly server: StaticServer;
  close(): Promise<void>;
}

export async function openSearch(dir: string): Promise<NodeSearch> {
  const server = await serve(dir);
  // A fresh module instance per site: pagefind.js keeps its state in module scope.
  const pagefind = (await import(`${pathToFileURL(join(dir, INDEX_DIR, 'pagefind.js')).href}?site=${encodeURIComponent(dir)}`)) as Pagefind & {
    options(o: object): Promise<void>;
    init(): Promise<void>;
    destroy?(): Promise<void>;
  };
  await pagefind.options({ basePath: `${server.origin}/${INDEX_DIR}/`, baseUrl: '/' });
  await pagefind.init();
  await pagefind.filters();
  const assets = readAssets(JSON.parse(readFileSync(join(dir, INDEX_DIR, ASSETS_FILE), 'utf8')) as AssetsFile);
  return {
    server,
    run: (query, filters = {}, limit = 10) => search(pagefind, assets, query, filters, limit),
    literal: (query, limit = 10) => search(pagefind, { ...assets, synonyms: [] }, query, {}, limit),
    close: async () => {
      await pagefind.destroy?.();
      await server.close();
    },
  };
}
