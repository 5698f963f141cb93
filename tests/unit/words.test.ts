import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { NOUNS as BROWSER_NOUNS } from '../../src/domain/words/browser.ts';
import { WORDS } from '../../src/domain/words/index.ts';
import { countOf, NOUNS } from '../../src/typography/plural.ts';
import { literalClauses, literalsIn } from '../support/institution-literals.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/basic/content');
/** Where reader-facing text is produced: no institution sentence may be written there. */
const PRODUCERS = ['src/site', 'src/pages', 'src/search/client', 'src/toolkit', 'src/cards', 'src/layouts', 'src/diagrams', 'src/domain/words'];

/** The non-breaking space `countOf` puts between the number and the noun. */
const nbsp = (s: string) => s.replace(' ', '\u00A0');

describe('the reader-facing dictionary', () => {
  it('counts results with the three Polish forms for 1, 2, 5, 12, 22 and 25', () => {
    expect([1, 2, 5, 12, 22, 25].map((n) => countOf(n, WORDS.nouns.result))).toEqual(
      ['1 wynik', '2 wyniki', '5 wyników', '12 wyników', '22 wyniki', '25 wyników'].map(nbsp),
    );
  });

  it('counts two-word nouns with both words inflected', () => {
    expect([1, 2, 5, 12, 22, 25].map((n) => countOf(n, WORDS.nouns.template))).toEqual(
      ['1 wzór dokumentu', '2 wzory dokumentów', '5 wzorów dokumentów', '12 wzorów dokumentów', '22 wzory dokumentów', '25 wzorów dokumentów'].map(nbsp),
    );
    expect([1, 2, 5, 12, 22, 25].map((n) => countOf(n, WORDS.nouns.recommendation))).toEqual(
      ['1 rekomendacja', '2 rekomendacje', '5 rekomendacji', '12 rekomendacji', '22 rekomendacje', '25 rekomendacji'].map(nbsp),
    );
  });

  it('gives every counted noun its singular for 1, its „few” form for 2 and 22 and its „many” form for 5, 12 and 25', () => {
    for (const [name, forms] of Object.entries(WORDS.nouns)) {
      const expected = [forms.one, forms.few, forms.many, forms.many, forms.few, forms.many];
      expect([1, 2, 5, 12, 22, 25].map((n) => countOf(n, forms)), name).toEqual(expected.map((form, i) => `${[1, 2, 5, 12, 22, 25][i]}\u00A0${form}`));
      expect(new Set([forms.one, forms.few, forms.many]).size, `${name}: three different forms`).toBe(3);
    }
  });

  it('keeps the counted nouns in one place: the plural helper and the search script read the dictionary', () => {
    expect(NOUNS).toBe(WORDS.nouns);
    expect(BROWSER_NOUNS).toBe(WORDS.nouns);
  });

  it('builds the search summary from the counted noun', () => {
    expect(WORDS.search.resultsFor(countOf(22, WORDS.nouns.result), 'gmina')).toBe('22\u00A0wyniki dla „gmina”');
  });
});

describe('institution sentences (teksty in ustawienia.yaml)', () => {
  const loaded = loadContent(FIXTURE);
  if (!loaded.ok) throw new Error('the fixture must load');
  const sentences = Object.values(loaded.content.settings.teksty);

  it('are not written as literals where the site, the search, the PDFs and the cards produce text', () => {
    expect(literalsIn(ROOT, PRODUCERS, sentences)).toEqual([]);
  });

  it('are found by the detector in a planted source file, with the file and the clause', () => {
    const root = mkdtempSync(join(tmpdir(), 'koop-words-'));
    try {
      cpSync(join(ROOT, 'src/site/components'), join(root, 'src/site/components'), { recursive: true });
      writeFileSync(join(root, 'src/site/components/Planted.astro'), `<p>${loaded.content.settings.teksty.wspolfinansowanie}</p>\n`);
      const found = literalsIn(root, ['src/site'], sentences);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((line) => line.startsWith('src/site/components/Planted.astro: „'))).toBe(true);
      expect(found).toContain('src/site/components/Planted.astro: „współfinansowany przez unię europejską ze środków europejskiego funduszu społecznego w ramach programu operacyjnego wiedza edukacja rozwój 2014”');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('are found by the detector in a reworded copy that keeps one clause', () => {
    const reworded = "{ text: 'Wzór przygotowany na potrzeby serwisu; nie jest\u00A0oficjalnym formularzem. Podstawowa wersja: ' }";
    expect(literalClauses(reworded, sentences)).toEqual(['nie jest oficjalnym formularzem']);
  });
});
