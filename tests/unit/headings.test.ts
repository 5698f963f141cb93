import { describe, expect, it } from 'vitest';
import { headingSkips } from '../support/checks/headings.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="pl"><head><title>x</title></head><body>${body}</body></html>`;

describe('the heading check of every built page', () => {
  it('passes headings that go down one level at a time and back up any number', async () => {
    expect(await headingSkips(page('<header><p>Serwis</p></header><main><h1>T</h1><h2>A</h2><h3>a</h3><h4>i</h4><h2>B</h2><nav><h2>Inne</h2></nav></main>'))).toEqual([]);
  });

  it('reports a list of h3 items straight under the h1', async () => {
    expect(await headingSkips(page('<main><h1>Rekomendacje dla gmin wiejskich</h1><ul><li><h3>1. Zespół</h3></li></ul></main>'))).toEqual([
      'line 1: Heading level can only increase by one, expected <h2> but got <h3>',
    ]);
  });

  it('reports a page whose first heading is not an h1, and a second h1', async () => {
    expect(await headingSkips(page('<h2>A</h2>'))).toEqual(['line 1: Initial heading level must be <h1> but got <h2>']);
    expect(await headingSkips(page('<h1>A</h1><h1>B</h1>'))).toEqual(['line 1: Multiple <h1> are not allowed']);
  });
});
