import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/index.ts';
import { bundlesOf } from '../../src/content/bundles.ts';
import { append, loadEdited, replace } from '../support/edited-fixture.ts';

const TOOL = 'narzedzia/deklaracja.md';
const OTHER_TOOL = 'narzedzia/karta-diagnozy.md';
/** The fixture's one expected warning: a tool added after the edition date. */
const EDITION = 'content/narzedzia/karta-diagnozy.md · pole „dodano”: narzędzie dodano (2026-12-01) po dacie wydania pakietów (2026-11-23), więc pakiety PDF podają starsze wydanie; zaktualizuj pakiety.data_wydania w content/ustawienia.yaml';

function warningsAfter(edits: Parameters<typeof loadEdited>[0]): string[] {
  const result = loadEdited(edits);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.warnings.map(formatProblem).filter((w) => w !== EDITION);
}

describe('form syntax lint', () => {
  it('has nothing to say about a form written as the README shows', () => {
    expect(warningsAfter({})).toEqual([]);
  });

  it('warns about field lines written with dots, ellipses, three underscores or no colon, with the correct form', () => {
    const lines = ['Imię i nazwisko: ..........', 'Adres: ………', 'Telefon: …', 'Podpis: ___', 'Data __________', 'Miejscowość: __________ Data: __________'];
    expect(warningsAfter({ [TOOL]: append(lines.join('\n\n')) })).toEqual([
      'content/narzedzia/deklaracja.md · treść, wiersz 26: wiersz „Imię i nazwisko: ..........” nie stanie się polem do wypełnienia, bo kropki nie tworzą pola; wpisz etykietę, dwukropek i co najmniej 5 podkreśleń: „Imię i nazwisko: __________”',
      'content/narzedzia/deklaracja.md · treść, wiersz 28: wiersz „Adres: ………” nie stanie się polem do wypełnienia, bo kropki nie tworzą pola; wpisz etykietę, dwukropek i co najmniej 5 podkreśleń: „Adres: __________”',
      'content/narzedzia/deklaracja.md · treść, wiersz 30: wiersz „Telefon: …” nie stanie się polem do wypełnienia, bo kropki nie tworzą pola; wpisz etykietę, dwukropek i co najmniej 5 podkreśleń: „Telefon: __________”',
      'content/narzedzia/deklaracja.md · treść, wiersz 32: wiersz „Podpis: ___” nie stanie się polem do wypełnienia, bo ma za mało podkreśleń; wpisz co najmniej 5: „Podpis: __________”',
      'content/narzedzia/deklaracja.md · treść, wiersz 34: wiersz „Data __________” nie stanie się polem do wypełnienia, bo po etykiecie brakuje dwukropka; wpisz: „Data: __________”',
      'content/narzedzia/deklaracja.md · treść, wiersz 36: w wierszu „Miejscowość: __________ Data: __________” są dwa pola, a powstanie z nich jedno; zapisz każde pole w osobnym akapicie (oddziel je pustą linią), np. „Miejscowość: __________”',
    ]);
  });

  it('warns about field lines not separated by an empty line and about a formatted label', () => {
    expect(warningsAfter({ [TOOL]: append('Imię: __________\nNazwisko: __________\n\n**Adres**: __________') })).toEqual([
      'content/narzedzia/deklaracja.md · treść, wiersz 26: wiersze pól bez pustej linii między nimi łączą się w jeden akapit i nie staną się polami do wypełnienia; oddziel każde pole pustą linią, np. „Imię: __________”',
      'content/narzedzia/deklaracja.md · treść, wiersz 29: etykieta pola ma formatowanie (pogrubienie, kursywę albo odnośnik), więc wiersz nie stanie się polem do wypełnienia; zapisz etykietę zwykłym tekstem: „Adres: __________”',
    ]);
  });

  it('warns about checkboxes written as „- []”, „-[ ]”, „[ ]” or „☐” and about a ticked box, and accepts „* [ ]”', () => {
    expect(warningsAfter({ [TOOL]: append('- [] tak\n\n-[ ] nie\n\n[ ] może\n\n☐ inne\n\n* [ ] zgoda\n\n- [x] odmowa') })).toEqual([
      'content/narzedzia/deklaracja.md · treść, wiersz 26: „[] tak” nie stanie się polem wyboru; zapisz je jako element listy z myślnikiem, spacją i nawiasem ze spacją w środku: „- [ ] tak”',
      'content/narzedzia/deklaracja.md · treść, wiersz 28: „-[ ] nie” nie stanie się polem wyboru; zapisz je jako element listy z myślnikiem, spacją i nawiasem ze spacją w środku: „- [ ] nie”',
      'content/narzedzia/deklaracja.md · treść, wiersz 30: „[ ] może” nie stanie się polem wyboru; zapisz je jako element listy z myślnikiem, spacją i nawiasem ze spacją w środku: „- [ ] może”',
      'content/narzedzia/deklaracja.md · treść, wiersz 32: „☐ inne” nie stanie się polem wyboru; zapisz je jako element listy z myślnikiem, spacją i nawiasem ze spacją w środku: „- [ ] inne”',
      'content/narzedzia/deklaracja.md · treść, wiersz 36: zaznaczone pole „[x] odmowa” jest na stronie i w PDF puste, bo wzór wypełnia dopiero czytelnik; wpisz „- [ ] odmowa”',
    ]);
  });

  it('warns about a horizontal line in a form, where an editor meant a line to write on', () => {
    expect(warningsAfter({ [TOOL]: append('Uwagi:\n\n__________') })).toEqual([
      'content/narzedzia/deklaracja.md · treść, wiersz 28: linia pozioma nie jest polem do wypełnienia; miejsce do pisania zapisz w jednym wierszu z etykietą: „Uwagi: __________”',
    ]);
  });

  it('warns about a tool without a form section', () => {
    expect(warningsAfter({ [OTHER_TOOL]: replace('## Formularz', '## Tabela') })).toEqual([
      'content/narzedzia/karta-diagnozy.md · treść: narzędzie nie ma sekcji „## Formularz”, więc jego PDF nie ma pól do wypełnienia; dodaj śródtytuł „## Formularz”, a pod nim pola, np. „Imię i nazwisko: __________” albo „- [ ] tak” (README, „Formularze w narzędziach”)',
    ]);
  });

  it('leaves ordinary prose with an ellipsis alone', () => {
    expect(warningsAfter({ [TOOL]: append('Zespół ustala cele, zadania, terminy…\n\nI tak dalej...') })).toEqual([]);
  });
});

describe('edition date of the toolkits', () => {
  it('warns when a tool was added after the edition date of the bundles', () => {
    const result = loadEdited({});
    expect(result.warnings.map(formatProblem)).toEqual([EDITION]);
  });

  it('says nothing once the edition date is updated', () => {
    const result = loadEdited({ 'ustawienia.yaml': replace('data_wydania: 2026-11-23', 'data_wydania: 2026-12-01') });
    expect(result.warnings).toEqual([]);
  });
});

describe('order of tools in a bundle', () => {
  it('puts a new tool among the tools of its stage, then by „kolejnosc”', () => {
    // A later stage with a smaller „kolejnosc” still comes after an earlier stage.
    const result = loadEdited({ [OTHER_TOOL]: replace('kolejnosc: 2', 'kolejnosc: 1'), [TOOL]: replace('kolejnosc: 1', 'kolejnosc: 5') });
    if (!result.ok) throw new Error('fixture does not load');
    const miejska = bundlesOf(result.content).find((b) => b.type.id === 'miejska')!;
    expect(miejska.tools.map((t) => `${t.data.etap} ${t.data.kolejnosc} ${t.id}`)).toEqual(['porozumienie 5 deklaracja', 'diagnoza 1 karta-diagnozy']);
    expect(result.content.tools.map((t) => t.id)).toEqual(['deklaracja', 'karta-diagnozy']);
  });
});
