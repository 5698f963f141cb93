/**
 * Builds the whole site into dist/ (later also the search index and the PDF
 * toolkits). It validates content first and builds into a temporary folder, so
 * a failed build exits non-zero and leaves the previous dist/ untouched.
 *
 * Usage: node scripts/build.ts [--content DIR] [--out DIR]
 * Environment: BASE_PATH=/sub-path/ to deploy under a sub-path.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatProblem, loadContent } from '../src/content/index.ts';
import { DOWNLOADS_DIR } from '../src/toolkit/bundles.ts';
import { buildToolkits } from '../src/toolkit/build.ts';
import { NOUNS, countOf } from '../src/typography/plural.ts';
import { countPages } from './lib/dist.ts';
import { checkBeforeBuild, reportGaps } from './lib/editor-report.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' } },
});
const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(values.content);
const outDir = resolve(values.out);
const started = performance.now();

const checked = loadContent(contentDir);
if (!checked.ok) {
  console.error(`\n✗ Treść zawiera ${countOf(checked.problems.length, NOUNS.error)}. Serwis nie został zbudowany, poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  for (const p of checked.problems) console.error(`  ✗ ${formatProblem(p)}`);
  console.error('');
  process.exit(1);
}
await checkBeforeBuild(checked);

// Build next to the target so the final rename stays on one file system.
const staging = join(dirname(outDir), '.build', `dist-${process.pid}`);
const pdfStaging = `${staging}-pdf`;
const cleanUp = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(pdfStaging, { recursive: true, force: true });
};
cleanUp();
mkdirSync(dirname(staging), { recursive: true });

// PDFs first: the site shows their real sizes and page counts.
const pdfStarted = performance.now();
console.log('Pakiety narzędzi (PDF):');
const toolkits = await buildToolkits(checked.content, pdfStaging, (line) => console.log(line));
if (toolkits.problems.length > 0) {
  cleanUp();
  console.error(`\n✗ Pliki PDF nie powstały. Serwis nie został zbudowany, poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  for (const p of toolkits.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const pdfSeconds = (performance.now() - pdfStarted) / 1000;

// A production build whatever the caller's environment (test runners set NODE_ENV=test,
// which would make Vite build a development flavour without the security policy).
process.env.NODE_ENV = 'production';
process.env.KOOP_CONTENT_DIR = contentDir;
process.env.KOOP_OUT_DIR = staging;
process.env.KOOP_DOWNLOADS_DIR = join(pdfStaging, DOWNLOADS_DIR);

try {
  await build({ root, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
  cpSync(join(pdfStaging, DOWNLOADS_DIR), join(staging, DOWNLOADS_DIR), { recursive: true });
} catch (error) {
  cleanUp();
  console.error(`\n✗ Budowanie nie powiodło się; poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const old = `${staging}-old`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
rmSync(pdfStaging, { recursive: true, force: true });

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ Zbudowano ${countOf(countPages(outDir), NOUNS.page)} HTML i pakiety PDF (${pdfSeconds.toFixed(1)} s) w ${seconds} s → ${values.out}/`);
reportGaps(checked.content);
