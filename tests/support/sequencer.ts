/**
 * The order test files start in. Vitest orders a fresh clone's files by size
 * (it has no durations yet), which started the accessibility pass, a small
 * file and one of the longest, last: for half a minute one core worked and
 * the other waited. Here, within each group of vitest.config.ts (unit tests,
 * then site tests), the longest files start first, as last measured on this
 * machine (listed below), then the rest in Vitest's own order. A file missing from the list only starts later; keep
 * the list to the dozen longest of each part (the JSON reporter's times).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files, longest first (npm test on 2 cores, 2026-11-30). */
export const LONGEST_FIRST = [
  'tests/unit/check-parity.test.ts',
  'tests/unit/images.test.ts',
  'tests/unit/build-cache.test.ts',
  'tests/unit/cms-mistakes.test.ts',
  'tests/unit/mdx.test.ts',
  'tests/unit/cards.test.ts',
  'tests/unit/site-map.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/accessibility.test.ts',
  'tests/browser/layout.test.ts',
  'tests/browser/editors-page.test.ts',
  'tests/integration/output-safety.test.ts',
  'tests/integration/pdf-forms.test.ts',
  'tests/browser/long-pages.test.ts',
  'tests/browser/browse.test.ts',
  'tests/integration/toolkits.test.ts',
  'tests/integration/html-validate.test.ts',
  'tests/browser/search-weight.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return base
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => a.spec.project.config.sequence.groupOrder - b.spec.project.config.sequence.groupOrder || rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
