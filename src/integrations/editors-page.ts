/**
 * The editors' page (/redakcja/ under the site's base): Sveltia CMS with the
 * form generated from the schemas. `astro build` writes the page, its
 * configuration and the CMS bundle into the site; `npm run dev` (and
 * `npm run redakcja`) serves the same from memory, the configuration read
 * afresh from the current content on every request. The page is not an Astro
 * route, so it is in no sitemap, feed, menu or search index.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inStep } from '../build/steps.ts';
import { backendFromEnv } from '../cms/backend.ts';
import { cmsConfig, type ReferenceOption } from '../cms/config.ts';
import { CONFIG_FILE, EDITORS_DIR, editorsPageHtml, editorsPolicy } from '../cms/page.ts';
import { currentContent } from '../content/cache.ts';
import { entryFiles } from '../content/files.ts';
import { contentDir } from '../content/index.ts';
import { entryKey, allEntries } from '../content/entries.ts';
import { KINDS, contentKind, type SomeKind } from '../content/kinds.ts';
import { walkContent } from '../safety/tree.ts';
import { CMS_ENTRY, bundleFiles, cmsBundle } from './cms-bundle.ts';

/** Entry files of each kind by name, listed once as the build lists them (symbolic links left out). */
export function entryListing(dir: string): { kind: SomeKind; names: string[]; mdx: boolean }[] {
  const tree = walkContent(dir);
  return KINDS.map((kind) => {
    const files = entryFiles(tree, kind.folder);
    return { kind, names: files.map((f) => f.slice(0, -extname(f).length)), mdx: files.some((f) => extname(f) === '.mdx') };
  });
}

/** Entries another entry may name: from the loaded content, or by file name while the content has errors. */
function references(dir: string, listing: ReturnType<typeof entryListing>): { references: ReferenceOption[]; siteUrl: string | undefined } {
  const result = currentContent(dir);
  if (result.ok) {
    return {
      siteUrl: result.content.settings.serwis.adres,
      references: allEntries(result.content).map((entry) => {
        const kind = contentKind(entry.kind) as SomeKind;
        return { value: entryKey(entry), label: `${kind.singular}: ${kind.title?.(entry.data) ?? entry.data.tytul}` };
      }),
    };
  }
  return {
    siteUrl: undefined,
    references: listing.flatMap(({ kind, names }) => names.map((name) => ({ value: `${kind.folder}/${name}`, label: `${kind.singular}: ${name}` }))),
  };
}

/** The page and its configuration, for the content in `dir` and the git host named at build time; `previewUrl` replaces the site's address in the live preview. */
function editorsFiles(dir: string, fallbackUrl: string, previewUrl?: string): { html: string; config: string } {
  const { backend, origins } = backendFromEnv(process.env);
  const listing = entryListing(dir);
  const refs = references(dir, listing);
  // A kind with `.mdx` entries gets a collection for them: a Sveltia collection reads one file extension.
  const mdxFolders = listing.filter((l) => l.mdx).map((l) => l.kind.folder);
  const { config } = cmsConfig({ backend, siteUrl: previewUrl ?? refs.siteUrl ?? fallbackUrl, references: refs.references, mdxFolders });
  return {
    html: editorsPageHtml({ policy: editorsPolicy(origins), script: CMS_ENTRY }),
    config: `${JSON.stringify(config, null, 2)}\n`,
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

export default function editorsPage(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost/';
  return {
    name: 'kooperacje:editors-page',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? site;
      },
      'astro:server:setup': async ({ server }) => {
        const bundle = await cmsBundle();
        const prefix = `/${EDITORS_DIR}/`;
        server.middlewares.use((req, res, next) => {
          // Vite may hand middlewares the URL with the base already taken off.
          const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
          const path = url.startsWith(base) ? url.slice(base.length - 1) : url;
          if (path === `/${EDITORS_DIR}`) {
            res.statusCode = 301;
            res.setHeader('Location', `${base}${EDITORS_DIR}/`);
            return res.end();
          }
          if (!path.startsWith(prefix)) return next();
          const rest = path.slice(prefix.length);
          try {
            if (rest === '' || rest === 'index.html') return send(res, 200, TYPES['.html']!, editorsFiles(contentDir(), site).html);
            // The form's link to the site leads to this preview, where the saved entry shows.
            if (rest === CONFIG_FILE) return send(res, 200, TYPES['.json']!, editorsFiles(contentDir(), site, `http://${req.headers.host}${base}`).config);
            const file = normalize(join(bundle, rest));
            if (!file.startsWith(bundle)) return send(res, 404, 'text/plain; charset=utf-8', 'Nie ma takiego pliku.');
            return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return send(res, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 404 : 500, 'text/plain; charset=utf-8', `Strona redakcji: ${message}`);
          }
        });
      },
      'astro:build:done': inStep('strona redakcji (Sveltia CMS)', async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), EDITORS_DIR);
        if (existsSync(join(out, 'index.html'))) {
          throw new Error(`adres ${base}${EDITORS_DIR}/ należy do formularza redakcji, a zajęła go strona serwisu; zmień nazwę jej pliku albo pole slug na inne niż „${EDITORS_DIR}”`);
        }
        const bundle = await cmsBundle();
        mkdirSync(out, { recursive: true });
        cpSync(bundle, out, { recursive: true });
        const files = editorsFiles(contentDir(), site);
        writeFileSync(join(out, 'index.html'), files.html);
        writeFileSync(join(out, CONFIG_FILE), files.config);
        const bytes = bundleFiles(bundle).reduce((sum, f) => sum + f.bytes, 0);
        logger.info(`Strona redakcji: ${base}${EDITORS_DIR}/ (Sveltia CMS, ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB kodu, czcionek i tłumaczenia)`);
      }),
    },
  };
}
