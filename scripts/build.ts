/**
 * Builds the whole site into dist/ (later also the search index and the PDF
 * toolkits). It validates content first and builds into a temporary folder, so
 * a failed build exits non-zero and leaves the previous dist/ untouched.
 * It refuses an output folder whose replacement would delete the project or
 * someone's files, holds a lock so builds in one checkout take turns, and
 * repairs a swap a previous run left half done.
 *
 * Usage: node scripts/build.ts [--content DIR] [--out DIR]
 * Environment: BASE_PATH=/sub-path/ to deploy under a sub-path.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addPhaseTime, phaseTimes } from '../src/build/timings.ts';
import { outputFolderProblem, swapInto, WORK_DIR } from './lib/output.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' } },
});
const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(values.content);
const outDir = resolve(values.out);
const started = performance.now();

const refused = outputFolderProblem(outDir, { root, content: contentDir });
if (refused) {
  console.error(`\n✗ Folder wyjściowy „${values.out}” ${refused}. Serwis nie został zbudowany, nic nie zostało usunięte.\n`);
  process.exit(1);
}

// Loaded only after that check: a refused output folder is reported at once, without loading the content code.
const [{ contentLoads }, { formatProblem }, { DOWNLOADS_DIR }, { NOUNS, countOf }, { countPages }, { checkBeforeBuild, reportGaps }, { describeFailure, formatFailure }, { exclusiveRun }, { repairAndLoad }, { cacheRoot, MARKDOWN_CACHE, pruneCache, TOOLKIT_CACHE }, { cacheParsedMarkdown }] =
  await Promise.all([
    import('../src/content/cache.ts'),
    import('../src/content/index.ts'),
    import('../src/content/bundles.ts'),
    import('../src/typography/plural.ts'),
    import('./lib/dist.ts'),
    import('./lib/editor-report.ts'),
    import('./lib/failure.ts'),
    import('./lib/exclusive.ts'),
    import('./lib/start.ts'),
    import('../src/build/cache.ts'),
    import('../src/content/markdown.ts'),
  ]);

// Staging lives in the project (Astro's prerender chunks must resolve node_modules);
// the swap copies it next to an output folder on another file system.
const staging = join(root, WORK_DIR, `dist-${process.pid}`);
const pdfStaging = `${staging}-pdf`;
const cleanUp = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(pdfStaging, { recursive: true, force: true });
};
/** Ends the run after a failure of `step`: staging removed, the old dist/ untouched, a Polish message. */
const fail = (step: string, error: unknown): never => {
  cleanUp();
  console.error(`\n✗ Budowanie nie powiodło się; poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  console.error(formatFailure(describeFailure(error, step)));
  console.error('');
  process.exit(1);
};

// Whatever escapes the steps below still ends in Polish, without a stack trace.
process.on('uncaughtException', (error) => fail('budowanie', error));
process.on('unhandledRejection', (error) => fail('budowanie', error));

const run = await exclusiveRun({ root, out: outDir, outLabel: values.out, content: contentDir, cleanUp });
const contentStarted = performance.now();
// Parsed bodies come from the cache when their text is unchanged (src/content/markdown.ts).
const markdownCache = join(cacheRoot(root), MARKDOWN_CACHE);
cacheParsedMarkdown(markdownCache);
const checked = repairAndLoad(outDir, contentDir, fail);
pruneCache(markdownCache);
if (!checked.ok) {
  console.error(`\n✗ Treść zawiera ${countOf(checked.problems.length, NOUNS.error)}. Serwis nie został zbudowany, poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  for (const p of checked.problems) console.error(`  ✗ ${formatProblem(p)}`);
  console.error('');
  process.exit(1);
}
await checkBeforeBuild(checked);
addPhaseTime('content', performance.now() - contentStarted);

// Share cards render in worker threads while the PDFs and pages are made; the card step at the end waits for them (src/cards/background.ts).
try {
  const [{ startBackgroundCards }, { cardSource }] = await Promise.all([import('../src/cards/background.ts'), import('../src/cards/source.ts')]);
  startBackgroundCards(await cardSource(checked.content, cacheRoot(root)));
} catch {
  // Best effort: the card step renders every card itself and reports any problem in Polish.
}

cleanUp();
try {
  mkdirSync(staging, { recursive: true });
} catch (error) {
  fail('przygotowanie folderu roboczego .build/', error);
}

// PDFs first: the site shows their real sizes and page counts.
// Loaded only after the checks: refusing a wrong --out or a content mistake needs neither pdfkit nor sharp.
const { buildToolkits } = await import('../src/toolkit/build.ts');
const pdfStarted = performance.now();
console.log('Pakiety narzędzi (PDF):');
const toolkits = await buildToolkits(checked.content, pdfStaging, (line) => console.log(line), { cacheDir: join(cacheRoot(root), TOOLKIT_CACHE) }).catch((error: unknown) => fail('pakiety narzędzi (PDF)', error));
if (toolkits.problems.length > 0) {
  cleanUp();
  console.error(`\n✗ Pliki PDF nie powstały. Serwis nie został zbudowany, poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  for (const p of toolkits.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const pdfSeconds = (performance.now() - pdfStarted) / 1000;
const docxMs = Object.entries(toolkits.timings ?? {}).reduce((n, [path, ms]) => (path.endsWith('.docx') ? n + ms : n), 0);
addPhaseTime('docx', docxMs);
addPhaseTime('pdf', pdfSeconds * 1000 - docxMs);

// A production build whatever the caller's environment (test runners set NODE_ENV=test,
// which would make Vite build a development flavour without the security policy).
process.env.NODE_ENV = 'production';
// Vite reads import.meta.env.BASE_URL from the environment when it is set there (vitest sets it
// to „/”): the base must come only from the site's address (src/content/site-address.ts).
delete process.env.BASE_URL;
process.env.KOOP_CONTENT_DIR = contentDir;
process.env.KOOP_OUT_DIR = staging;
process.env.KOOP_DOWNLOADS_DIR = join(pdfStaging, DOWNLOADS_DIR);

try {
  // Loaded only now: refusing a wrong --out or a content mistake needs no Astro.
  const { build } = await import('astro');
  const astroStarted = performance.now();
  await build({ root, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
  // Astro's own time: what its build took without the search index and the cards it ran at the end.
  const ran = phaseTimes();
  addPhaseTime('pages', performance.now() - astroStarted - (ran.search ?? 0) - (ran.cards ?? 0));
} catch (error) {
  fail('budowanie stron (Astro)', error);
}
try {
  cpSync(join(pdfStaging, DOWNLOADS_DIR), join(staging, DOWNLOADS_DIR), { recursive: true });
} catch (error) {
  fail('kopiowanie pakietów PDF do serwisu', error);
}

try {
  swapInto(staging, outDir);
} catch (error) {
  fail(`podmiana folderu ${values.out}/`, error);
}
rmSync(pdfStaging, { recursive: true, force: true });
run.release();
// Tests count how often the whole build read content/ (once: Astro and the toolkits share the load above).
if (process.env.KOOP_BUILD_STATS) writeFileSync(process.env.KOOP_BUILD_STATS, `${JSON.stringify({ contentLoads: contentLoads(), phases: phaseTimes() })}\n`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ Zbudowano ${countOf(countPages(outDir), NOUNS.page)} HTML i pakiety PDF (${pdfSeconds.toFixed(1)} s) w ${seconds} s → ${values.out}/`);
reportGaps(checked.content);
