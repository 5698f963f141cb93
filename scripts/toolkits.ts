/**
 * Builds only the PDF toolkits into dist/do-pobrania/, for editors who changed
 * a tool. The downloads page shows the new sizes after the next `npm run build`.
 * Like the full build it never writes into the live dist/: it copies the
 * current site to a staging folder, replaces the toolkits there and swaps.
 * Usage: node scripts/toolkits.ts [--content DIR] [--out DIR]
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/content/index.ts';
import { DOWNLOADS_DIR } from '../src/content/bundles.ts';
import { cacheRoot, TOOLKIT_CACHE } from '../src/build/cache.ts';
import { NOUNS, countOf } from '../src/typography/plural.ts';
import { exclusiveRun } from './lib/exclusive.ts';
import { describeFailure, formatFailure } from './lib/failure.ts';
import { outputFolderProblem, swapInto, WORK_DIR } from './lib/output.ts';
import { repairAndLoad } from './lib/start.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' } } });
const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(values.content);
const outDir = resolve(values.out);

const refused = outputFolderProblem(outDir, { root, content: contentDir });
if (refused) {
  console.error(`\n✗ Folder wyjściowy „${values.out}” ${refused}. Pakiety nie zostały zbudowane, nic nie zostało usunięte.\n`);
  process.exit(1);
}

const staging = join(root, WORK_DIR, `toolkits-${process.pid}`);
const cleanUp = () => rmSync(staging, { recursive: true, force: true });
const fail = (step: string, error: unknown): never => {
  cleanUp();
  console.error(`\n✗ Pakiety nie zostały zbudowane; poprzednia wersja w ${values.out}/ pozostała bez zmian.\n`);
  console.error(formatFailure(describeFailure(error, step)));
  process.exit(1);
};

// Whatever escapes the steps below still ends in Polish, without a stack trace.
process.on('uncaughtException', (error) => fail('budowanie', error));
process.on('unhandledRejection', (error) => fail('budowanie', error));

const run = await exclusiveRun({ root, out: outDir, outLabel: values.out, content: contentDir, cleanUp });
const started = performance.now();
const checked = repairAndLoad(outDir, contentDir, fail);
if (!checked.ok) {
  console.error(`✗ Treść zawiera ${countOf(checked.problems.length, NOUNS.error)}:\n`);
  for (const p of checked.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
try {
  cleanUp();
  // The rest of the site stays as it is; only its toolkits are replaced.
  if (existsSync(outDir)) cpSync(outDir, staging, { recursive: true, filter: (src) => src !== join(outDir, DOWNLOADS_DIR) });
  else mkdirSync(staging, { recursive: true });
} catch (error) {
  fail('kopia serwisu do folderu roboczego .build/', error);
}

// Loaded only after the checks: refusing a wrong --out or a content mistake needs neither pdfkit nor sharp.
const { buildToolkits } = await import('../src/toolkit/build.ts');
console.log('Pakiety narzędzi (PDF):');
const result = await buildToolkits(checked.content, staging, (line) => console.log(line), { cacheDir: join(cacheRoot(root), TOOLKIT_CACHE) }).catch((error: unknown) => fail('pakiety narzędzi (PDF)', error));
if (result.problems.length > 0) {
  cleanUp();
  console.error(`✗ Pliki PDF nie powstały:\n`);
  for (const p of result.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
try {
  swapInto(staging, outDir);
} catch (error) {
  fail(`podmiana folderu ${values.out}/`, error);
}
run.release();
console.log(`✓ PDF gotowe w ${((performance.now() - started) / 1000).toFixed(1)} s`);
