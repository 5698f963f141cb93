// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { astroCacheDir } from './src/build/cache.ts';
import { contentDir } from './src/content/index.ts';
import { configuredBase } from './src/content/site-address.ts';
import { CSP_CONFIG } from './src/site/lib/csp.ts';
import contentFiles from './src/integrations/content-files.ts';
import cspCheck from './src/integrations/csp-check.ts';
import editorsPage from './src/integrations/editors-page.ts';
import images from './src/integrations/images.ts';
import incrementalPages from './src/integrations/incremental-pages.ts';
import livePreview from './src/integrations/live-preview.ts';
import palette from './src/integrations/palette.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareCards from './src/integrations/share-cards.ts';

/**
 * The base (sub-path) is the path of `serwis.adres` in the settings; BASE_PATH
 * overrides it, and one that contradicts the address is refused by the
 * content check (src/content/site-address.ts decides both).
 * KOOP_CONTENT_DIR builds another content folder (tests use fixtures).
 * KOOP_OUT_DIR is where `scripts/build.ts` asks Astro to write before it swaps the result into dist/.
 * The incremental build copies a page from the last build when its route's code and its `cacheKey`
 * (src/content/page-keys.ts) are unchanged; its cache is kept with the build's other cached files.
 */
const base = configuredBase(contentDir());
export default defineConfig({
  base,
  cacheDir: astroCacheDir(import.meta.dirname, contentDir(), base),
  experimental: { incrementalBuild: true },
  outDir: process.env.KOOP_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  // No Shiki: its colours are inline styles, which the pages' CSP refuses, and Astro warned about it in
  // English on every build. Code in content stays plain <pre><code> (the project renders Markdown itself).
  markdown: { syntaxHighlight: false },
  // Astro writes the Content-Security-Policy <meta> of every built page, with the hashes of what it inlines.
  security: { csp: CSP_CONFIG },
  integrations: [mdx(), palette(), incrementalPages(), contentFiles(), editorsPage(), livePreview(), images(), searchIndex(), shareCards(), cspCheck()],
});
