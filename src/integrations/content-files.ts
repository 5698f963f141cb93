/**
 * Serves and copies editors' files (content/pliki/: logos, images, attached
 * PDFs) at /pliki/ on the site, and fails an `astro build` run early with
 * the full Polish list of content problems. Only files some entry or the
 * settings name, of a published type, reach the site, and only their clean
 * copy (src/safety/); the build log lists every file left out.
 */
import { createReadStream, existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, contentDir, getContent, type ContentProblem } from '../content/index.ts';
import { cleanFile, UncheckableFile } from '../safety/clean.ts';
import { publishedType } from '../safety/file-types.ts';
import { strippedLine } from '../safety/pdf.ts';
import { filePathOf } from '../safety/paths.ts';
import { namedFiles, planPublishing, referencedPaths, skippedLine } from '../content/publish.ts';
import { walkContent } from '../safety/tree.ts';
import { downloadsDir } from '../content/manifest.ts';

/** The publishing plan of the current content. */
function plan() {
  const content = getContent();
  return planPublishing(walkContent(content.dir).files, referencedPaths(namedFiles(content)));
}

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
        server.middlewares.use((req, res, next) => {
          const base = server.config.base.replace(/\/$/, '');
          const raw = (req.url ?? '').split('?')[0] ?? '';
          if (!raw.startsWith(`${base}/pliki/`)) return next();
          // The same rules as the build: a named, published, clean file or nothing.
          const path = filePathOf(raw.slice(base.length));
          let published: readonly string[];
          try {
            published = plan().publish;
          } catch {
            return next(); // Content with mistakes: the page shows them, files wait.
          }
          if (!path.ok || !published.includes(path.rel)) return next();
          cleanFile(join(contentDir(), ...path.rel.split('/'))).then(
            ({ bytes }) => {
              res.setHeader('Content-Type', publishedType(path.rel)!.mime);
              res.setHeader('X-Content-Type-Options', 'nosniff');
              res.end(bytes);
            },
            () => next(),
          );
        });
        // In dev, PDFs come from the last build (`npm run build` or `npm run toolkits`).
        server.middlewares.use((req, res, next) => {
          const base = server.config.base.replace(/\/$/, '');
          const prefix = `${base}/do-pobrania/`;
          let url: string;
          try {
            url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          } catch {
            return next();
          }
          if (!url.startsWith(prefix)) return next();
          const folder = downloadsDir();
          const file = normalize(join(folder, url.slice(prefix.length)));
          if (!file.startsWith(folder) || !existsSync(file) || !lstatSync(file).isFile()) return next();
          res.setHeader('Content-Type', publishedType(file)?.mime ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { dir: content } = getContent();
        const { publish, skipped } = plan();
        const out = fileURLToPath(dir);
        const problems: ContentProblem[] = [];
        for (const rel of publish) {
          let clean;
          try {
            clean = await cleanFile(join(content, ...rel.split('/')));
          } catch (error) {
            if (!(error instanceof UncheckableFile)) throw error;
            problems.push({ file: `content/${rel}`, where: 'plik', message: error.message });
            continue;
          }
          const { bytes, removed } = clean;
          if (removed.length > 0) logger.warn(strippedLine(`content/${rel}`, removed));
          const target = join(out, ...rel.split('/'));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
        }
        for (const s of skipped) logger.warn(skippedLine(s));
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
