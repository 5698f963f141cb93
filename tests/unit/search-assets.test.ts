import { describe, expect, it } from 'vitest';
import { assetsFile, readAssets } from '../../src/search/assets.ts';
import { buildRestoreMap, restoreQuery } from '../../src/search/folding.ts';

describe('the query assets file', () => {
  const restore = buildRestoreMap(['Współpraca z Łodzią i pomoc społeczna.', 'Szkoła, szkoły, łódka i Łódź.']);
  const synonyms = [{ acronym: 'PCPR', expansion: 'powiatowe centrum pomocy rodzinie' }];

  it('sends each word with „ł” once, and gives back the same restore map in the same order', () => {
    const file = assetsFile(restore, synonyms);
    expect(file.lWords).toEqual(['łódka', 'łódź', 'łodzią', 'społeczna', 'szkoła', 'szkoły', 'współpraca']);
    const read = readAssets(JSON.parse(JSON.stringify(file)));
    expect(Object.entries(read.restore)).toEqual(Object.entries(restore));
    expect(read.synonyms).toEqual(synonyms);
    expect(restoreQuery('wspolpraca spoleczna lodz', read.restore)).toBe('współpraca społeczna łódź');
  });
});
