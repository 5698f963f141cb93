import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { formTables, longAnswers, separatedBlocks, tableBreaks } from '../support/checks/pdf-forms.ts';

const body = (md: string) => parseMarkdown(md);

describe('the PDF form checks', () => {
  const md = '## Formularz\n\n### Cele\n\n| Cel | Termin |\n| --- | --- |\n|  |  |\n|  |  |\n\nDecyzja:\n\n- [ ] tak\n- [ ] nie\n\nUwagi: _____ (4 wiersze)\n\nData: _____\n';
  const tables = formTables(body(md), 'Plan');

  it('names every blank cell after its table’s heading, its row and its column, and a row after its first cell when it has text', () => {
    expect(tables).toEqual([{ heading: 'Cele', direct: true, header: ['Cel', 'Termin'], labels: ['Cele – wiersz 1 – Cel', 'Cele – wiersz 1 – Termin', 'Cele – wiersz 2 – Cel', 'Cele – wiersz 2 – Termin'] }]);
    expect(formTables(body('| Obszar | Opis |\n| --- | --- |\n| Zdrowie |  |'), 'Karta')[0]!.labels).toEqual(['Karta – Zdrowie – Opis']);
  });

  it('reads the lines a long answer asks for', () => {
    expect(longAnswers(body(md))).toEqual([{ label: 'Uwagi', lines: 4 }]);
  });

  const together = [
    { lines: ['Formularz', 'Cele', 'Cel Termin', 'Decyzja:', 'tak', 'nie', 'Uwagi:', 'Data:'], headings: ['Formularz', 'Cele'] },
  ];

  it('finds nothing wrong when every heading and lead-in stands with what follows', () => {
    expect(separatedBlocks(body(md), together)).toEqual([]);
  });

  it('finds a heading left alone at the foot of a page', () => {
    const pages = [
      { lines: ['Wstęp', 'Formularz'], headings: ['Formularz'] },
      { lines: ['Cele', 'Cel Termin', 'Decyzja:', 'tak', 'nie'], headings: ['Cele'] },
    ];
    expect(separatedBlocks(body(md), pages)).toEqual(['„Formularz” zostaje sam na stronie 1: „Cele” zaczyna się dalej']);
  });

  it('finds a paragraph that leads into a list left without its first item', () => {
    const pages = [
      { lines: ['Formularz', 'Cele', 'Cel Termin', 'Decyzja:'], headings: ['Formularz', 'Cele'] },
      { lines: ['tak', 'nie'], headings: [] },
    ];
    expect(separatedBlocks(body(md), pages)).toEqual(['„Decyzja:” zostaje sam na stronie 1: „tak” zaczyna się dalej']);
  });

  it('finds a table whose heading stays behind or whose header does not repeat on the next page', () => {
    const fields = [
      { label: 'Cele – wiersz 1 – Cel', page: 2 },
      { label: 'Cele – wiersz 1 – Termin', page: 2 },
      { label: 'Cele – wiersz 2 – Cel', page: 3 },
      { label: 'Cele – wiersz 2 – Termin', page: 3 },
    ];
    const pages = [
      { lines: ['Formularz', 'Cele'], headings: ['Formularz', 'Cele'] },
      { lines: ['Cel Termin'], headings: [] },
      { lines: ['Decyzja:'], headings: [] },
    ];
    expect(tableBreaks(tables, fields, pages)).toEqual([
      'nagłówek „Cele” nie stoi na stronie 2 z pierwszym wierszem tabeli',
      'tabela „Cele” ciągnie się na stronie 3 bez wiersza nagłówka',
    ]);
    const good = [pages[0]!, { lines: ['Cele', 'Cel Termin'], headings: ['Cele'] }, { lines: ['Cel Termin', 'Decyzja:'], headings: [] }];
    expect(tableBreaks(tables, fields, good)).toEqual([]);
  });
});

describe('the field font’s characters', () => {
  it('hold all printable ASCII, every Polish letter and the punctuation of Polish texts', async () => {
    const { FIELD_CHARACTERS } = await import('../../src/toolkit/fields.ts');
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const missing = [...`${ascii}ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”‚’–—…§°€«»éüöäčřšž`].filter((ch) => !FIELD_CHARACTERS.includes(ch));
    expect(missing).toEqual([]);
    expect(FIELD_CHARACTERS).not.toContain('\u00ad');
  });
});
