import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { readPages } from '../../scripts/lib/pages.ts';
import { HEADING_RULES } from '../support/checks/headings.ts';

const { fixture, real } = inject('sites');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without the closing slash; both forms are valid HTML.
    'void-style': 'off',
    // Polish text legitimately repeats „…” inside attributes such as alt and aria-label.
    'attribute-empty-style': 'off',
    // Titles carry whole recommendation statements and official names; cutting them at 70 characters would change their meaning.
    'long-title': 'off',
    // No heading level skipped on any page (tests/unit/headings.test.ts plants the faults).
    ...HEADING_RULES,
  },
});

async function errorsIn(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}

describe('html-validate', () => {
  it.each([
    ['fixture content', fixture],
    ['the project’s content', real],
  ])('finds no error on any page built from %s', async (_name, site) => {
    const failures: string[] = [];
    for (const page of readPages(site.dir, site.base)) {
      for (const e of await errorsIn(page.html)) failures.push(`${page.url} ${e}`);
    }
    expect(failures).toEqual([]);
  });

  it('reports a planted duplicate id and an image without alt', async () => {
    const errors = await errorsIn('<!doctype html><html lang="pl"><head><title>x</title></head><body><p id="a">1</p><p id="a">2</p><img src="x.png"></body></html>');
    expect(errors.some((e) => e.startsWith('no-dup-id'))).toBe(true);
    expect(errors.some((e) => e.startsWith('wcag/h37'))).toBe(true);
  });
});
