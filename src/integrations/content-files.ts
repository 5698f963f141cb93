/**
 * Serves and copies editors' files (content/pliki/: logos, images, attached
 * PDFs) at /pliki/ on the site, and fails an `astro build` run
 * early with the full Polish list of content problems.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, getContent } from '../content/index.ts';
import { downloadsDir } from '../toolkit/manifest.ts';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.webp': 'image/webp', '.pdf': 'application/pdf', '.avif': 'image/avif',
};

export default function contentFiles(): AstroIntegration {
  return {
    name: 'kooperacje:content-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Type checks (`astro check`) do not need valid content; the build does.
        // `astro dev` starts anyway and shows the problems (src/integrations/live-preview.ts).
        if (command !== 'build') return;
        getContent();
      },
      'astro:server:setup': ({ server }) => {
        const files = join(contentDir(), 'pliki');
        // In dev, PDFs come from the last build (`npm run build` or `npm run toolkits`).
        const folders: [string, string][] = [['/pliki/', files], ['/do-pobrania/', downloadsDir()]];
        server.middlewares.use((req, res, next) => {
          const base = server.config.base.replace(/\/$/, '');
          const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          const match = folders.find(([prefix]) => url.startsWith(`${base}${prefix}`));
          if (!match) return next();
          const [prefix, folder] = match;
          const file = normalize(join(folder, url.slice(`${base}${prefix}`.length)));
          if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const files = join(contentDir(), 'pliki');
        if (existsSync(files)) cpSync(files, join(fileURLToPath(dir), 'pliki'), { recursive: true });
      },
    },
  };
}
