// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentFiles from './src/integrations/content-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareCards from './src/integrations/share-cards.ts';

/**
 * BASE_PATH deploys the site under a sub-path, e.g. BASE_PATH=/projekt-kooperacje-3d/.
 * KOOP_CONTENT_DIR builds another content folder (tests use fixtures).
 * KOOP_OUT_DIR is where `scripts/build.ts` asks Astro to write before it swaps the result into dist/.
 */
export default defineConfig({
  base: process.env.BASE_PATH || '/',
  outDir: process.env.KOOP_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [mdx(), contentFiles(), searchIndex(), shareCards()],
});
