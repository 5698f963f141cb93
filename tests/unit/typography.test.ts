import { describe, expect, it } from 'vitest';
import { countOf, formatDate, formatPeriod, NOUNS, pluralForm, slugify, typeset, typesetText } from '../../src/typography/index.ts';
import { typesetHtml } from '../support/typography-oracle.ts';

const N = '\u00A0';

describe('Polish typography in text', () => {
  it('keeps one-letter words with the next word, also in a chain', () => {
    expect(typesetText('Spotkanie w sali i o godzinie z panem')).toBe(`Spotkanie w${N}sali i${N}o${N}godzinie z${N}panem`);
    expect(typesetText('A potem U nas')).toBe(`A${N}potem U${N}nas`);
  });

  it('keeps a number with its unit and an abbreviation with its number', () => {
    expect(typesetText('w 2021 r. dla miast pow. 20 tys. mieszkańców, nr 5, art. 4 i § 2')).toBe(
      `w${N}2021${N}r. dla miast pow. 20${N}tys. mieszkańców, nr${N}5, art.${N}4 i${N}§${N}2`,
    );
  });

  it('keeps titles and initials with the name', () => {
    expect(typesetText('dr hab. Jerzy Krzyszkowski i J. Kowalski')).toBe(`dr${N}hab.${N}Jerzy Krzyszkowski i${N}J.${N}Kowalski`);
  });

  it('groups digits of large numbers with non-breaking spaces', () => {
    expect(typesetText('9 966 995,50 zł')).toBe(`9${N}966${N}995,50${N}zł`);
  });

  it('turns a spaced hyphen between words into an en dash that never starts a line', () => {
    expect(typesetText('Projekt - Kooperacje 3D')).toBe(`Projekt${N}– Kooperacje 3D`);
    expect(typesetText('miejsko-wiejskie')).toBe('miejsko-wiejskie');
  });

  it('turns straight quotes into Polish quotes', () => {
    expect(typesetText('projekt "Liderzy kooperacji" i ("Kooperacje")')).toBe(`projekt „Liderzy kooperacji” i${N}(„Kooperacje”)`);
  });

  it('gives the same text when applied twice', () => {
    const once = typesetText('Spotkanie w dniu 15 czerwca 2021 r. - "Model" i z 20 tys. osób');
    expect(typesetText(once)).toBe(once);
  });
});

describe('the template helper', () => {
  it('typesets the whole text of a node, also a one-letter word at its end that must stay with the element after it', () => {
    expect(typeset('PDF, 64 KB, 36 stron · wydanie z ')).toBe(`PDF, 64${N}KB, 36${N}stron · wydanie z${N}`);
    expect(typeset('„Liderzy kooperacji”; lider: Regionalny Ośrodek - w Rzeszowie')).toBe(`„Liderzy kooperacji”; lider: Regionalny Ośrodek${N}– w${N}Rzeszowie`);
  });

  it('turns straight quotes into Polish ones and leaves typeset text (dates, Markdown) as it is', () => {
    expect(typeset('Projekt "Kooperacje 3D"')).toBe('Projekt „Kooperacje 3D”');
    expect(typeset(formatDate('2021-06-15'))).toBe(formatDate('2021-06-15'));
  });
});

describe('the typography oracle of the tests (finished HTML)', () => {
  it('changes text but not attributes, code or scripts', () => {
    const html = '<p title="a w b">a w <a href="/w i z/">z domu</a></p><code>i w</code><script>if (a && "x") x = "w y"</script>';
    expect(typesetHtml(html)).toBe(`<p title="a w b">a${N}w${N}<a href="/w i z/">z${N}domu</a></p><code>i w</code><script>if (a && "x") x = "w y"</script>`);
  });

  it('opens and closes quotes that span inline tags', () => {
    expect(typesetHtml('<p>"<em>Kooperacja</em>"</p>')).toBe('<p>„<em>Kooperacja</em>”</p>');
  });

  it('reads quotes escaped by the template engine', () => {
    expect(typesetHtml('<p>&quot;Model&quot;</p>')).toBe('<p>„Model”</p>');
  });
});

describe('dates and plurals', () => {
  it('writes dates as „15 czerwca 2021 r.”', () => {
    expect(formatDate('2021-06-15')).toBe(`15${N}czerwca${N}2021${N}r.`);
    expect(formatDate('2019-03-05')).toBe(`5${N}marca${N}2019${N}r.`);
  });

  it('says when a period has no known end', () => {
    expect(formatPeriod('2018-04-01', '2021-03-31')).toBe(`od 1${N}kwietnia${N}2018${N}r. do 31${N}marca${N}2021${N}r.`);
    expect(formatPeriod('2018-04-01')).toContain('data zakończenia nieustalona');
  });

  it.each([
    [1, 'wynik'], [2, 'wyniki'], [4, 'wyniki'], [5, 'wyników'], [11, 'wyników'], [12, 'wyników'],
    [21, 'wyników'], [22, 'wyniki'], [25, 'wyników'], [0, 'wyników'], [102, 'wyniki'], [112, 'wyników'],
  ])('uses the right form for %i: %s', (n, form) => {
    expect(pluralForm(n, NOUNS.result)).toBe(form);
  });

  it('joins the count and the noun with a non-breaking space', () => {
    expect(countOf(36, NOUNS.page)).toBe(`36${N}stron`);
  });
});

describe('slugs', () => {
  it('folds Polish letters, including ł', () => {
    expect(slugify('Łódź – współpraca, żółć?')).toBe('lodz-wspolpraca-zolc');
  });
});

describe('Polish typography around raw-text elements', () => {
  it('finds the end of a style element whose CSS contains „<”', () => {
    const html = '<style>@media (width<=30rem){p{x:y}}</style><p>a w domu</p>';
    expect(typesetHtml(html)).toBe('<style>@media (width<=30rem){p{x:y}}</style><p>a\u00A0w\u00A0domu</p>');
  });

  it('finds the end of a tag whose attribute value contains „>”', () => {
    const html = '<meta content="A > B i C"><meta content=\'x > y w z\'><p>a w domu</p>';
    expect(typesetHtml(html)).toBe('<meta content="A > B i C"><meta content=\'x > y w z\'><p>a\u00A0w\u00A0domu</p>');
  });

  it('leaves comments alone', () => {
    expect(typesetHtml('<!-- a w b --><p>i w</p>')).toBe('<!-- a w b --><p>i\u00A0w</p>');
  });
});
