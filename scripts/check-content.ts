/**
 * Validates content/ and prints every problem in Polish; exits 1 if there are any.
 * Usage: node scripts/check-content.ts [content-dir]
 */
import { contentDir, formatProblem, loadContent } from '../src/content/index.ts';
import { placeholders } from '../src/content/placeholders.ts';
import { reviewNotes } from '../src/content/review-notes.ts';
import { NOUNS, countOf } from '../src/typography/plural.ts';

const dir = process.argv[2] ?? contentDir();
const result = loadContent(dir);
if (!result.ok) {
  console.error(`✗ Treść zawiera ${countOf(result.problems.length, NOUNS.error)}; serwis nie został zbudowany:\n`);
  for (const p of result.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const gaps = placeholders(result.content);
const c = result.content;
console.log(
  `✓ Treść poprawna: modele ${c.models.length}, relacje ${c.meetings.length}, rekomendacje ${c.recommendations.length}, narzędzia ${c.tools.length}, strony ${c.pages.length}.`,
);
if (gaps.length > 0) {
  console.log(`  Do uzupełnienia przez redakcję (${gaps.length}):`);
  for (const g of gaps) console.log(`  • ${g}`);
}
for (const line of reviewNotes(dir, c)) console.log(line);
