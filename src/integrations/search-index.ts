/**
 * Indexes the built site for search at the end of `astro build`, and fails
 * the build on any indexing error (the community integration only logs them).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getContent } from '../content/index.ts';
import { buildSearchIndex } from '../search/indexer.ts';
import { inStep } from '../build/steps.ts';
import { timePhase } from '../build/timings.ts';
import { readManifest } from '../content/manifest.ts';
import { countOf, NOUNS } from '../typography/plural.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'kooperacje:search-index',
    hooks: {
      'astro:build:done': inStep('indeks wyszukiwarki (Pagefind)', async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await timePhase('search', () => buildSearchIndex(fileURLToPath(dir), getContent(), readManifest()));
        logger.info(
          `Wyszukiwarka: ${countOf(stats.pages, NOUNS.page)} i ${countOf(stats.records, NOUNS.pdfFile)}, ${countOf(stats.words, NOUNS.word)}, ${countOf(stats.restoreWords, NOUNS.word)} z „ł”, ${countOf(stats.synonyms, NOUNS.abbreviation)} ze słowniczka (${Math.round(performance.now() - started)} ms)`,
        );
      }),
    },
  };
}
