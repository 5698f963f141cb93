/**
 * Photos in bodies at `astro build`: before pages are rendered, every raster
 * image a body shows is made in the site's sizes and formats (src/images/),
 * so the Markdown renderer writes <picture> with srcset, width and height;
 * after the build the files go to dist/obrazy/. `astro dev` skips this and
 * shows photos as they are.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { visit } from 'unist-util-visit';
import { cacheRoot } from '../cards/render.ts';
import { allEntries, ContentError, getContent } from '../content/index.ts';
import { IMAGES_DIR, isResizable } from '../images/plan.ts';
import { prepareSiteImages, type ImageUse } from '../images/prepare.ts';
import { registerImages } from '../images/registry.ts';

export default function images(): AstroIntegration {
  let root = process.cwd();
  let files = new Map<string, string>();
  return {
    name: 'kooperacje:images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const content = getContent();
        const uses: ImageUse[] = [];
        for (const entry of allEntries(content)) {
          visit(entry.body, 'image', (node) => {
            if (node.url.startsWith('/pliki/') && isResizable(node.url)) uses.push({ url: node.url, file: entry.file });
          });
        }
        const prepared = await prepareSiteImages(content.dir, uses, join(cacheRoot(root), IMAGES_DIR));
        if (prepared.problems.length > 0) throw new ContentError(prepared.problems);
        registerImages(prepared.images);
        files = prepared.files;
        if (prepared.images.size > 0) logger.info(`Obrazy: ${prepared.images.size} w treści, ${prepared.made} nowych plików, ${prepared.reused} z pamięci podręcznej`);
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), IMAGES_DIR);
        mkdirSync(out, { recursive: true });
        for (const [path, cached] of files) copyFileSync(cached, join(out, path.slice(IMAGES_DIR.length + 2)));
      },
    },
  };
}
