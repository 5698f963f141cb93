/**
 * The editors' page code: Sveltia CMS bundled from its npm package with Vite,
 * with its Polish strings and fonts as files next to it (the package's own
 * ready bundle fetches both from public CDNs). Parts the form never uses (map
 * widget, code highlighting, image conversion, other interface languages) are
 * left out. Asset URLs are relative, so one bundle serves every sub-path; it
 * is built once per CMS version and kept in node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CLIENT = join(ROOT, 'src/cms/client');
/** The script the page loads, at the bundle's root. */
export const CMS_ENTRY = 'redakcja.js';

/** Module ids replaced by an empty module: features the form does not use. */
const LEFT_OUT = [
  /^@shikijs\/(langs|themes)\//,
  /^leaflet(\/|$)/,
  /^terra-draw/,
  /^svgo\//,
  /\/chunks\/(heic|webp_enc|webp_enc_simd)-[\w-]+\.js$/,
  /\/locales\/(?!pl\.json$)[\w-]+\.json$/,
];
const EMPTY = '\0kooperacje-empty';
/** An @font-face rule of the CMS's stylesheet that points at a public CDN. */
const CDN_FONT_FACE = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
/** The part of the CMS's viewport tag that stops zooming. */
const NO_ZOOM = '`maximum-scale=1`,';

function cmsVersion(): string {
  const pkg = join(ROOT, 'node_modules/@sveltia/cms/package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** What the bundle depends on: the CMS version and the recipe (this file and the page scripts). */
function recipeKey(): string {
  const hash = createHash('sha256').update(cmsVersion());
  for (const file of [fileURLToPath(import.meta.url), ...readdirSync(CLIENT).sort().map((f) => join(CLIENT, f))]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Every file of the bundle with its size, relative to its folder. */
export function bundleFiles(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
}

/** The folder holding the built bundle; builds it when the cache has none for this version and recipe. */
export async function cmsBundle(cacheRoot = join(ROOT, 'node_modules/.cache/kooperacje')): Promise<string> {
  const dir = join(cacheRoot, `redakcja-${cmsVersion()}-${recipeKey()}`);
  if (existsSync(join(dir, CMS_ENTRY))) return dir;
  const work = `${dir}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      {
        name: 'kooperacje:cms-left-out',
        enforce: 'pre',
        resolveId(id) {
          return LEFT_OUT.some((pattern) => pattern.test(id)) ? EMPTY : null;
        },
        load(id) {
          return id === EMPTY ? 'export default {};' : null;
        },
        // The CMS also registers these fonts from the files next to it; its @font-face rules for the CDN copies would only be blocked by the page's policy.
        // Its viewport tag forbids zooming (maximum-scale=1), which WCAG 1.4.4 and axe refuse: editors may zoom.
        transform(code, id) {
          return id.includes('@sveltia/cms') ? code.replace(CDN_FONT_FACE, '').replace(NO_ZOOM, '') : null;
        },
      },
    ],
    build: {
      outDir: work,
      emptyOutDir: true,
      sourcemap: false,
      copyPublicDir: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: { redakcja: join(CLIENT, 'main.ts') },
        output: { entryFileNames: CMS_ENTRY, chunkFileNames: 'pliki/[name]-[hash].js', assetFileNames: 'pliki/[name]-[hash][extname]' },
      },
    },
  });
  // Builds run side by side (the tests build three sites at once): the first finished bundle stays, the others are dropped.
  if (existsSync(join(dir, CMS_ENTRY))) {
    rmSync(work, { recursive: true, force: true });
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return dir;
}

/** For messages: the bundle's folder relative to the project. */
export const bundleLabel = (dir: string) => relative(ROOT, dir);
