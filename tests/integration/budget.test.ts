import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { BUDGET, overBudget, weighPages } from '../../scripts/lib/weight.ts';
import { readPages } from '../../scripts/lib/pages.ts';

const { fixture, real } = inject('sites');

describe('page weight budget', () => {
  it.each([
    ['fixture content', fixture],
    ['the project’s content', real],
  ])('every page built from %s fits 14 KB of HTML and CSS and 2 KB of initial JavaScript, gzipped', (_name, site) => {
    const weights = weighPages(readPages(site.dir, site.base), site.dir, site.base);
    expect(weights.length).toBeGreaterThan(10);
    expect(overBudget(weights)).toEqual([]);
  });

  it('reports a page whose HTML is too heavy and one that ships too much script', () => {
    const random = (n: number) => Array.from({ length: n }, () => Math.random().toString(36).slice(2)).join(' ');
    const heavy = { file: 'a', url: '/ciezka/', html: `<p>${random(3000)}</p>`, dom: parse('<p></p>') };
    const scripted = { file: 'b', url: '/skrypt/', html: '<p></p>', dom: parse(`<script>${random(600)}</script>`) };
    const problems = overBudget(weighPages([heavy, scripted], '.', '/'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^/ciezka/: HTML\\+CSS \\d+ B > ${BUDGET.htmlAndCss} B$`));
    expect(problems[1]).toMatch(new RegExp(`^/skrypt/: JS \\d+ B > ${BUDGET.initialJs} B$`));
  });
});
