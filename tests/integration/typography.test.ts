/**
 * Every built page is written already typeset: templates typeset their text
 * with `typeset` (src/typography/template.ts) and Markdown bodies are typeset
 * in the renderer, so the finished-page scanner kept as the tests' oracle
 * (tests/support/typography-oracle.ts) finds nothing left to change. A
 * failure names the page and the text; wrap that text's expression in the
 * template with `typeset(…)`.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../../scripts/lib/pages.ts';
import { describeUntypeset, untypesetTexts } from '../support/typography-oracle.ts';

const { fixture, fixtureSubPath, real } = inject('sites');

/**
 * „/adres/: text → typeset text” for every text of the pages the oracle
 * would change, once per text (the header and footer repeat on every page):
 * the first page it is on and how many more.
 */
function untypesetIn(pages: ReadonlyArray<{ url: string; html: string }>): string[] {
  const pagesOf = new Map<string, string[]>();
  for (const page of pages) {
    for (const found of untypesetTexts(page.html)) {
      const text = describeUntypeset(found);
      pagesOf.set(text, [...(pagesOf.get(text) ?? []), page.url]);
    }
  }
  return [...pagesOf].map(([text, [first, ...more]]) => `${first}${more.length > 0 ? ` (+${more.length} more pages)` : ''}: ${text}`);
}

describe('typography where text is produced', () => {
  it.each([
    ['the fixture content', fixture],
    ['the fixture content under a sub-path', fixtureSubPath],
    ['the project’s content', real],
  ])('leaves no text to typeset on any page built from %s', (_name, site) => {
    const pages = readPages(site.dir, site.base);
    expect(pages.length).toBeGreaterThan(5);
    expect(untypesetIn(pages)).toEqual([]);
  });

  it('names the page and the text when a page carries untypeset text, and ignores attributes, code and scripts', () => {
    const [home] = readPages(fixture.dir, fixture.base).filter((p) => p.url === fixture.base);
    if (!home) throw new Error('the fixture has a home page');
    const planted = home.html.replace(
      /<main[^>]*>/,
      (main) => `${main}<p title="w domu">Spotkanie w domu "Kultury"</p><code>i w</code><script>x = "w y"</script>`,
    );
    expect(untypesetIn([{ url: home.url, html: planted }])).toEqual(['/: Spotkanie w domu "Kultury" → Spotkanie w⍽domu „Kultury”']);
  });
});
