/**
 * Typography applied where Markdown becomes HTML gives exactly what the
 * finished-page scanner gave, for every entry of the fixture and the
 * project's content (a generic sweep: no file names).
 */
import { join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { allEntries, loadContent } from '../../src/content/index.ts';
import { renderMarkdown } from '../../src/site/lib/markdown-html.ts';
import { typesetTree } from '../../src/typography/hast.ts';
import { typesetHtml } from '../support/typography-oracle.ts';
import { NBSP } from '../../src/typography/text.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('typography in the Markdown pipeline', () => {
  it.each([
    ['the fixture content', join(ROOT, 'tests/fixtures/basic/content')],
    ['the project’s content', join(ROOT, 'content')],
  ])('gives every entry body of %s the same HTML as typesetting the finished page', (_name, dir) => {
    const loaded = loadContent(dir);
    if (!loaded.ok) throw new Error('content must be valid');
    const entries = allEntries(loaded.content);
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const plain = toHtml(toHast(entry.body) as HastRoot);
      expect(toHtml(typesetTree(toHast(entry.body) as HastRoot)), entry.file).toBe(typesetHtml(plain));
      expect(typesetHtml(renderMarkdown(entry.body, '/').html), entry.file).toBe(renderMarkdown(entry.body, '/').html);
    }
  }, 60_000);

  it('typesets text across inline elements, and leaves code, attributes and preformatted text as written', () => {
    const root: HastRoot = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { title: 'w "cudzysłowie"' },
          children: [
            { type: 'text', value: 'Spotkanie w ' },
            { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: '"Domu' }] },
            { type: 'text', value: ' Kultury" - tak ' },
            { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'a "b" - c' }] },
          ],
        },
        { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'i "x"' }] },
      ],
    };
    expect(toHtml(typesetTree(root))).toBe(`<p title="w &#x22;cudzysłowie&#x22;">Spotkanie w${NBSP}<em>„Domu</em> Kultury”${NBSP}– tak <code>a "b" - c</code></p><pre>i "x"</pre>`);
  });
});
