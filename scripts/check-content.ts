/**
 * Validates content/ and prints every problem in Polish; exits 1 if there are
 * any. It refuses everything the build would refuse (including attachments and
 * images the build cannot read, and gaps in publication mode) without writing
 * anything, then prints warnings and the gaps left to fill in.
 * Usage: node scripts/check-content.ts [content-dir]
 * Environment: PUBLIKACJA=1 checks as `npm run build:publikacja` builds.
 */
import { contentDir, formatProblem, loadContent } from '../src/content/index.ts';
import { KINDS } from '../src/content/kinds.ts';
import { reviewNotes } from '../src/content/review-notes.ts';
import { NOUNS, countOf } from '../src/typography/plural.ts';
import { describeFailure, gapLines, publicationRefusal, warningLines } from './lib/editor-report.ts';
import { checkFiles } from './lib/file-checks.ts';

const dir = process.argv[2] ?? contentDir();
try {
  const result = loadContent(dir);
  const problems = result.ok ? await checkFiles(result.content) : result.problems;
  for (const line of warningLines(result.warnings)) console.warn(line);
  if (problems.length > 0 || !result.ok) {
    console.error(`✗ Treść zawiera ${countOf(problems.length, NOUNS.error)}; serwis nie został zbudowany:\n`);
    for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
    process.exit(1);
  }
  const refusal = publicationRefusal(result.content);
  if (refusal.length > 0) {
    console.error(refusal.join('\n'));
    process.exit(1);
  }
  const c = result.content;
  console.log(`✓ Treść poprawna: ${KINDS.map((k) => countOf(c.entries[k.id].length, k.count)).join(', ')}.`);
  console.log(gapLines(c).join('\n'));
  for (const line of reviewNotes(dir, c)) console.log(line);
} catch (error) {
  console.error(`✗ Sprawdzanie treści przerwał błąd: ${describeFailure(error)}.`);
  process.exit(1);
}
