import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheParsedMarkdown, parseMarkdown } from '../../src/content/markdown.ts';

const TEXT = '## Cel\n\nKarta **diagnozy** rodziny.\n\n| Pole | Opis |\n| --- | --- |\n| Imię | [DO UZUPEŁNIENIA: imię] |\n\n- [ ] zgoda\n';

describe('the cache of parsed Markdown', () => {
  let dir: string | undefined;
  afterEach(() => {
    cacheParsedMarkdown(undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same tree as parsing, from the cache the second time', () => {
    const fresh = parseMarkdown(TEXT);
    dir = mkdtempSync(join(tmpdir(), 'koop-md-'));
    cacheParsedMarkdown(dir);
    expect(parseMarkdown(TEXT)).toEqual(fresh);
    expect(readdirSync(dir)).toHaveLength(1);
    // A tree planted under the text's key comes back: the second parse read the cache.
    const [file] = readdirSync(dir);
    const planted = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'z pamięci' }] }] };
    writeFileSync(join(dir, file!), JSON.stringify(planted));
    expect(parseMarkdown(TEXT)).toEqual(planted);
  });

  it('parses a changed text afresh and keeps both trees', () => {
    dir = mkdtempSync(join(tmpdir(), 'koop-md-'));
    cacheParsedMarkdown(dir);
    parseMarkdown(TEXT);
    const changed = parseMarkdown(`${TEXT}\nAkapit dopisany.\n`);
    expect(JSON.stringify(changed)).toContain('Akapit dopisany.');
    expect(readdirSync(dir)).toHaveLength(2);
    expect(readdirSync(dir).every((f) => JSON.parse(readFileSync(join(dir!, f), 'utf8')).type === 'root')).toBe(true);
  });

  it('parses again a tree whose cached file is damaged (cut short or edited by hand), and writes it anew', () => {
    const fresh = parseMarkdown(TEXT);
    dir = mkdtempSync(join(tmpdir(), 'koop-md-'));
    cacheParsedMarkdown(dir);
    parseMarkdown(TEXT);
    const [file] = readdirSync(dir);
    for (const damage of ['{"type":"root","chil', 'null', '{"type":"paragraph"}']) {
      writeFileSync(join(dir, file!), damage);
      expect(parseMarkdown(TEXT)).toEqual(fresh);
      expect(JSON.parse(readFileSync(join(dir, file!), 'utf8'))).toEqual(fresh);
    }
  });
});
