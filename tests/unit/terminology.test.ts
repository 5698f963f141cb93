import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import { reviewNotes } from '../../src/content/review-notes.ts';
import { findVariants, loadTerminology, terminologySchema, variantPattern, type Terminology } from '../../src/content/terminology.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

const terms: Terminology = terminologySchema.parse({
  terminy: [
    { zalecana: 'przemoc w rodzinie', warianty: ['przemoc* domow*'] },
    { zalecana: 'Model Kooperacji', warianty: ['model* kooperacji'], wielkosc_liter: true, uwaga: 'nazwa z wielkich liter' },
  ],
});

const check = (text: string) => findVariants([{ file: 'content/strony/x.md', text }], terms).map(formatProblem);

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture with the given files written over it. */
function fixtureWith(files: Record<string, string | ((text: string) => string)>): string {
  const root = mkdtempSync(join(tmpdir(), 'koop-term-'));
  temps.push(root);
  const dir = join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(files)) {
    const path = join(dir, file);
    writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
  }
  return root;
}

describe('terminology check', () => {
  it('reports an inflected variant with the file, the line and the preferred form', () => {
    expect(check('---\ntytul: X\n---\nKarty dotyczą m.in. przemocy domowej.')).toEqual([
      'content/strony/x.md · wiersz 4: „przemocy domowej” to wariant terminu „przemoc w rodzinie”; użyj formy „przemoc w rodzinie” (jak w słowniczku)',
    ]);
  });

  it('adds the term’s note and honours letter case when the term asks for it', () => {
    expect(check('Trzy modele kooperacji.')).toEqual([
      'content/strony/x.md · wiersz 1: „modele kooperacji” to wariant terminu „Model Kooperacji”; użyj formy „Model Kooperacji” (jak w słowniczku) – nazwa z wielkich liter',
    ]);
    expect(check('Trzy Modele Kooperacji i przemoc w rodzinie.')).toEqual([]);
  });

  it('leaves quotations, source titles and source addresses alone', () => {
    expect(check('Strona „Model kooperacji zaakceptowany” mówi o przemocy w rodzinie.')).toEqual([]);
    expect(check('  - tytul: "Liderzy kooperacji – model kooperacji zaakceptowany"\n    url: https://x.pl/model-kooperacji/')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(variantPattern('przemoc* domow*', false).test('nieprzemocy domowej')).toBe(false);
    expect(variantPattern('przemoc* domow*', false).test('Przemocy  domowej')).toBe(true);
  });

  it('explains a broken terminology file in Polish', () => {
    const root = fixtureWith({ 'terminologia.yaml': 'terminy:\n  - zalecana: kontrakt socjalny\n    warianty: []\n    wariant: x\n' });
    expect(loadTerminology(join(root, 'content'), root).problems.map(formatProblem)).toEqual([
      'content/terminologia.yaml · pole „terminy → 1. pozycja → warianty”: lista wariantów jest pusta; wpisz co najmniej jeden wariant',
      'content/terminologia.yaml · pole „terminy → 1. pozycja → wariant”: nieznane pole; czy chodziło o „warianty”? dozwolone pola to: zalecana, warianty, wielkosc_liter, uwaga',
    ]);
  });

  it('is silent on content without variants and without a terminology file', () => {
    const root = fixtureWith({});
    const loaded = loadContent(join(root, 'content'));
    if (!loaded.ok) throw new Error('fixture should be valid');
    expect(reviewNotes(join(root, 'content'), loaded.content, root)).toEqual([]);
  });

  it('lists variants and unconfirmed source addresses in npm run check’s notes', () => {
    const root = fixtureWith({
      'terminologia.yaml': 'terminy:\n  - zalecana: przemoc w rodzinie\n    warianty: ["przemoc* domow*"]\n',
      'strony/o-projekcie.md': (t) =>
        t.replace('  - tytul: Źródło\n', '  - tytul: Źródło\n    url: https://www.przyklad.pl/artykul\n    do_sprawdzenia: true\n').concat('\nO przemocy domowej.\n'),
    });
    const loaded = loadContent(join(root, 'content'));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const notes = reviewNotes(join(root, 'content'), loaded.content, root);
    expect(notes[0]).toBe('  Źródła z niepotwierdzonym adresem (1):');
    expect(notes[1]).toBe(
      '  • content/strony/o-projekcie.md · pole „zrodla → 1. pozycja”: adres źródła „Źródło” (https://www.przyklad.pl/artykul) nie został potwierdzony; sprawdź, czy strona istnieje i mówi to, co podaje serwis, a potem usuń pole do_sprawdzenia (jeśli adresu nie da się potwierdzić, usuń url i zostaw do_sprawdzenia: true)',
    );
    expect(notes[2]).toBe('  ⚠ Terminologia – warianty terminów (1):');
    expect(notes[3]).toMatch(/^ {2}⚠ content\/strony\/o-projekcie\.md · wiersz \d+: „przemocy domowej” to wariant terminu „przemoc w rodzinie”/);
  });
});
