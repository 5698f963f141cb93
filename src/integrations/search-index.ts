/**
 * Indexes the built site for search at the end of `astro build`, and fails
 * the build on any indexing error (the community integration only logs them).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getContent } from '../content/index.ts';
import { buildSearchIndex } from '../search/indexer.ts';
import { readManifest } from '../toolkit/manifest.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'kooperacje:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await buildSearchIndex(fileURLToPath(dir), getContent(), readManifest());
        logger.info(
          `Wyszukiwarka: ${stats.pages} stron i ${stats.records} plików PDF, ${stats.words} słów, ${stats.restoreWords} słów z „ł”, ${stats.synonyms} skrótów ze słowniczka (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
