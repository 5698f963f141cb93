import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { describePages, describeSitePage } from '../../src/content/page-description.ts';
import { recommendationGroup, recommendationGroupings } from '../../src/content/recommendation-groups.ts';
import { recommendationsForAddressee, sitePaths } from '../../src/content/routes.ts';
import { ADDRESSEES, AREAS } from '../../src/domain/vocabulary.ts';
import { MUNICIPALITY_TYPES } from '../../src/domain/municipalities.ts';
import { letterIndex } from '../../src/site/lib/letter-index.ts';

const result = loadContent(resolve(import.meta.dirname, '../fixtures/basic/content'));
if (!result.ok) throw new Error('fixture content must be valid');
const content = result.content;
const numbers = (items: readonly { data: { numer: number } }[]) => items.map((r) => r.data.numer);

describe('browsing recommendations by municipality type, area and addressee', () => {
  const groupings = recommendationGroupings(content);

  it('has one group per value of each vocabulary, in its order, each with a page among the site’s paths', () => {
    expect(groupings.map((g) => [g.id, g.groups.length])).toEqual([['typ', MUNICIPALITY_TYPES.length], ['obszar', AREAS.length], ['adresat', ADDRESSEES.length]]);
    const paths = new Set(sitePaths());
    for (const g of groupings.flatMap((x) => x.groups)) expect(paths.has(g.path)).toBe(true);
    expect(groupings[2]!.groups.map((g) => g.path)).toEqual(ADDRESSEES.map((a) => `/rekomendacje/adresat/${a.id}/`));
  });

  it('puts a recommendation in the group of each of its addressees and in no other, in number order', () => {
    const byAddressee = groupings.find((g) => g.id === 'adresat')!;
    for (const group of byAddressee.groups) {
      expect(numbers(group.items)).toEqual(numbers(content.recommendations.filter((r) => (r.data.adresaci as readonly string[]).includes(group.param))));
    }
    const multi = content.recommendations.find((r) => r.data.adresaci.length > 1)!;
    for (const a of multi.data.adresaci) expect(recommendationGroup(content, 'adresat', a).group.items).toContain(multi);
  });

  it('describes an addressee’s page with its name, under the list of recommendations', () => {
    const page = describeSitePage(content, recommendationsForAddressee('pcpr'));
    expect(page).toMatchObject({
      title: 'Rekomendacje: powiatowe centrum pomocy rodzinie (PCPR)',
      description: 'Rekomendacje, których adresatem jest „powiatowe centrum pomocy rodzinie (PCPR)”.',
    });
    expect(page.breadcrumbs.map((c) => `${c.label} → ${c.path}`)).toEqual(['Rekomendacje → /rekomendacje/', 'powiatowe centrum pomocy rodzinie (PCPR) → /rekomendacje/adresat/pcpr/']);
    expect(describePages(content).has('/rekomendacje/adresat/pcpr/')).toBe(true);
  });

  it('refuses a group that does not exist', () => {
    expect(() => recommendationGroup(content, 'adresat', 'nie-ma')).toThrow('adresat/nie-ma');
  });
});

describe('the A–Z index of a page in letter sections', () => {
  const h = (depth: number, text: string) => ({ depth, text, id: text.toLowerCase() });

  it('lists the letter sections of a glossary in order, Polish capitals included', () => {
    const headings = [h(2, 'A'), h(2, 'B'), h(3, 'bis'), h(2, 'Ł'), h(2, 'Ż')];
    expect(letterIndex(headings).map((x) => x.text)).toEqual(['A', 'B', 'Ł', 'Ż']);
  });

  it('gives none to a page with one section that is not a letter, or with too few letters', () => {
    expect(letterIndex([h(2, 'A'), h(2, 'B'), h(2, 'Co dalej')])).toEqual([]);
    expect(letterIndex([h(2, 'A'), h(2, 'B')])).toEqual([]);
    expect(letterIndex([h(2, 'a'), h(2, 'b'), h(2, 'c')])).toEqual([]);
    expect(letterIndex([])).toEqual([]);
  });
});
