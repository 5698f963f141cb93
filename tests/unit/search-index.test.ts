import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetsFile } from '../../src/search/assets.ts';
import { ASSETS_FILE, INDEX_DIR, NOT_BODY_TEXT } from '../../src/search/indexer.ts';
import { openSearch, type NodeSearch } from '../support/search.ts';

/** A page shaped like an entry page: title, label, facts list, note, filters, then the body. */
const page = (facts: string) => `<!doctype html><html lang="pl"><body><main data-pagefind-body>
<p class="small">Rekomendacja 7</p><h1>Wspólny plan pomocy</h1>
<div hidden><span data-pagefind-filter="adresat:powiatowe centrum pomocy rodzinie (PCPR)"></span></div>
${facts}
<p class="note">Wzór opracowany na potrzeby serwisu.</p>
<div class="prose"><p>Zespół uzgadnia wspólny plan pomocy rodzinie i dzieli zadania między instytucje.</p></div>
</main></body></html>`;

/** Indexes one page with or without the site's exclusions and opens the index as the site's search would. */
async function indexOf(html: string, excludeSelectors: string[]): Promise<{ dir: string; search: NodeSearch }> {
  const dir = mkdtempSync(join(tmpdir(), 'szukaj-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'pl', excludeSelectors });
  await index!.addHTMLFile({ url: '/rekomendacje/plan/', content: html });
  await index!.writeFiles({ outputPath: join(dir, INDEX_DIR) });
  await index!.deleteIndex();
  writeFileSync(join(dir, INDEX_DIR, ASSETS_FILE), JSON.stringify(assetsFile({}, [])));
  return { dir, search: await openSearch(dir) };
}

describe('what the index takes from a page', () => {
  const facts = '<dl class="meta"><dt>Dla kogo</dt><dd>gminy wiejskie</dd><dt>Adresaci</dt><dd>powiatowe centrum pomocy rodzinie</dd></dl>';
  const opened: { dir: string; search: NodeSearch }[] = [];
  let site: NodeSearch;
  let planted: NodeSearch;
  beforeAll(async () => {
    opened.push(await indexOf(page(facts), NOT_BODY_TEXT), await indexOf(page(facts), []));
    [site, planted] = opened.map((o) => o.search) as [NodeSearch, NodeSearch];
  });
  afterAll(async () => {
    for (const o of opened) {
      await o.search.close();
      rmSync(o.dir, { recursive: true, force: true });
    }
    await pagefind.close();
  });

  it('makes excerpts from the body text, without the facts list, the label or the note', async () => {
    const outcome = await site.run('plan');
    expect(outcome.total).toBe(1);
    expect(outcome.hits[0]!.excerpt).not.toMatch(/Dla kogo|Adresaci|Rekomendacja 7|Wzór opracowany/);
    expect(outcome.hits[0]!.excerpt).toContain('<mark>plan</mark> pomocy rodzinie');
  });

  it('still files the page under its filters', async () => {
    const outcome = await site.run('', { adresat: ['powiatowe centrum pomocy rodzinie (PCPR)'] });
    expect(outcome.hits.map((h) => h.url)).toEqual(['/rekomendacje/plan/']);
  });

  it('shows the metadata noise when the facts list is indexed like text', async () => {
    expect((await planted.run('plan')).hits[0]!.excerpt).toMatch(/Dla kogo|Adresaci|Rekomendacja 7/);
  });
});
