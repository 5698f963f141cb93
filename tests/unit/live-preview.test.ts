import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChanged, contentLoads, currentContent } from '../../src/content/cache.ts';
import { problemsPage } from '../../src/site/lib/problems-page.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

describe('content read once per change', () => {
  it('reads the folder once however often pages ask, and again only after a change', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'koop-cache-')), 'content');
    cpSync(FIXTURE, dir, { recursive: true });
    const before = contentLoads();
    const first = currentContent(dir);
    expect(currentContent(dir)).toBe(first);
    expect(contentLoads()).toBe(before + 1);

    writeFileSync(join(dir, 'spotkania', 'liderzy.md'), 'bez nagłówka');
    expect(currentContent(dir)).toBe(first);
    contentChanged();
    const second = currentContent(dir);
    expect(contentLoads()).toBe(before + 2);
    expect(second.ok).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the error page of the live preview', () => {
  it('lists every problem in Polish with the file, the place and the fix, escaped, and reloads itself', () => {
    const html = problemsPage(
      [
        { file: 'content/spotkania/a.md', where: 'pole „data”', message: '„15.06.21” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15' },
        { file: 'content/strony/b.md', where: 'treść, wiersz 3', message: '<script> nie jest dozwolony; usuń go' },
      ],
      '/projekt/@vite/client',
    );
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('<h1>Treść zawiera 2\u00A0błędy</h1>');
    expect(html).toContain('<li><strong>content/spotkania/a.md</strong> · pole „data”: „15.06.21” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15</li>');
    expect(html).toContain('&lt;script&gt; nie jest dozwolony');
    expect(html).toContain('<script type="module" src="/projekt/@vite/client"></script>');
  });
});
