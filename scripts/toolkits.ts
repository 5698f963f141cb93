/**
 * Builds only the PDF toolkits into dist/do-pobrania/, for editors who changed
 * a tool. The downloads page shows the new sizes after the next `npm run build`.
 * Usage: node scripts/toolkits.ts [--content DIR] [--out DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, loadContent } from '../src/content/index.ts';
import { buildToolkits } from '../src/toolkit/build.ts';
import { NOUNS, countOf } from '../src/typography/plural.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' } } });
const checked = loadContent(resolve(values.content));
if (!checked.ok) {
  console.error(`✗ Treść zawiera ${countOf(checked.problems.length, NOUNS.error)}:\n`);
  for (const p of checked.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const started = performance.now();
console.log('Pakiety narzędzi (PDF):');
const result = await buildToolkits(checked.content, resolve(values.out), (line) => console.log(line));
if (result.problems.length > 0) {
  console.error(`✗ Pliki PDF nie powstały:\n`);
  for (const p of result.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`✓ PDF gotowe w ${((performance.now() - started) / 1000).toFixed(1)} s`);
