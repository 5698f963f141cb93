import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

/** Copies the valid fixture, applies the edits (file → transform, or null to delete) and returns every message. */
function messagesAfter(edits: Record<string, ((text: string) => string) | string>): string[] {
  const dir = join(mkdtempSync(join(tmpdir(), 'koop-msg-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (typeof edit === 'string') writeFileSync(path, edit);
    else writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  const result = loadContent(dir);
  rmSync(dir, { recursive: true, force: true });
  return result.ok ? [] : result.problems.map(formatProblem);
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture does not contain ${from}`);
  return next;
};

describe('messages for editors', () => {
  it('accepts the valid fixture', () => {
    expect(messagesAfter({})).toEqual([]);
  });

  it('names the file, the field and the format of a date written wrongly', () => {
    expect(messagesAfter({ 'spotkania/2021-06-15-spotkanie.md': replace('data: 2021-06-15', 'data: 15.06.21') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „data”: „15.06.21” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15',
    ]);
  });

  it('asks for the day a meeting report was put on the site when it is missing, with an example', () => {
    expect(messagesAfter({ 'spotkania/liderzy.md': replace(/^dodano: .*\n/m, '') })).toEqual([
      'content/spotkania/liderzy.md · pole „dodano”: brak daty dodania wpisu do serwisu; dopisz ją w formacie RRRR-MM-DD, np. dodano: 2026-11-23',
    ]);
  });

  it('names the format when the day a tool was put on the site is written wrongly', () => {
    expect(messagesAfter({ 'narzedzia/deklaracja.md': replace('dodano: 2026-11-23', 'dodano: 23.11.2026') })).toEqual([
      'content/narzedzia/deklaracja.md · pole „dodano”: „23.11.2026” nie jest datą; użyj formatu RRRR-MM-DD, np. 2026-11-23',
    ]);
  });

  it('rejects a calendar date that does not exist', () => {
    expect(messagesAfter({ 'ustawienia.yaml': replace('data_publikacji: 2026-11-23', 'data_publikacji: 2026-02-30') })).toEqual([
      'content/ustawienia.yaml · pole „deklaracja → data_publikacji”: „2026-02-30” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15',
    ]);
    expect(messagesAfter({ 'modele/gminy-wiejskie.md': replace('od: 2018-04-01', 'od: 2018-13') })).toEqual([
      'content/modele/gminy-wiejskie.md · pole „okres → od”: „2018-13” nie jest datą; użyj formatu RRRR-MM (sam miesiąc, np. 2018-04) albo RRRR-MM-DD (np. 2018-04-01)',
    ]);
  });

  it('names the team whose tier is missing or misspelt, and lists the tiers to choose from', () => {
    expect(messagesAfter({ 'modele/gminy-wiejskie.md': replace('    szczebel: wojewodztwo\n', '') })).toEqual([
      'content/modele/gminy-wiejskie.md · pole „struktury → 2. pozycja → szczebel”: brak wartości; wpisz szczebel: projekt, wojewodztwo, powiat, gmina',
    ]);
    expect(messagesAfter({ 'modele/gminy-wiejskie.md': replace('szczebel: powiat', 'szczebel: powiatowy') })).toEqual([
      'content/modele/gminy-wiejskie.md · pole „struktury → 3. pozycja → szczebel”: „powiatowy” to nieznany szczebel; użyj jednej z wartości: projekt, wojewodztwo, powiat, gmina',
    ]);
  });

  it('points at the line of a YAML syntax error', () => {
    expect(messagesAfter({ 'narzedzia/deklaracja.md': replace('cel: Potwierdza udział instytucji.', 'cel: "Potwierdza udział instytucji.') })).toEqual([
      'content/narzedzia/deklaracja.md · nagłówek, wiersz 4: błąd składni YAML: brakuje znaku zamykającego (cudzysłowu lub nawiasu); domknij go',
    ]);
  });

  it('names both files when two entries claim the same address', () => {
    expect(
      messagesAfter({ 'strony/kopia.md': replace('opis: Strona testowa łatwa', 'slug: o-projekcie\nopis: Strona testowa łatwa')(readFileSync(join(FIXTURE, 'strony/tekst-latwy-do-czytania.md'), 'utf8')) }),
    ).toEqual(['content/strony/o-projekcie.md · pole „slug”: adres „/o-projekcie/” ma już content/strony/kopia.md; nadaj wpisowi inny „slug” albo zmień nazwę pliku']);
  });

  it('refuses a page that takes an address of the site’s own pages', () => {
    expect(messagesAfter({ 'strony/o-projekcie.md': replace('stopka: 1', 'stopka: 1\nslug: modele') })).toEqual([
      'content/strony/o-projekcie.md · pole „slug”: adres „/modele/” należy do strony serwisu; nadaj wpisowi inny „slug” albo zmień nazwę pliku',
    ]);
  });

  it('lists the allowed values for an unknown municipality type', () => {
    expect(messagesAfter({ 'rekomendacje/r02-diagnoza.md': replace('typy_gmin: [miejsko-wiejska]', 'typy_gmin: [miejsko-wiejskie]') })).toEqual([
      'content/rekomendacje/r02-diagnoza.md · pole „typy_gmin → 1. pozycja”: „miejsko-wiejskie” to nieznany typ gminy; użyj jednej z wartości: wiejska, miejsko-wiejska, miejska',
    ]);
  });

  it('asks for alt text on an image without it', () => {
    expect(messagesAfter({ 'strony/o-projekcie.md': (t) => `${t}\n![](/pliki/logotypy/fundusze-europejskie-power.svg)\n` })).toEqual([
      'content/strony/o-projekcie.md · obraz „/pliki/logotypy/fundusze-europejskie-power.svg” (treść, wiersz 11): brak tekstu alternatywnego; opisz, co przedstawia obraz, w nawiasach kwadratowych: ![Opis obrazu](/pliki/logotypy/fundusze-europejskie-power.svg)',
    ]);
  });

  it('reports an internal link to a page that does not exist', () => {
    expect(messagesAfter({ 'strony/o-projekcie.md': replace('(/modele/gminy-wiejskie/)', '(/modele/gminy-wiejske/)') })).toEqual([
      'content/strony/o-projekcie.md · link „/modele/gminy-wiejske/” (treść, wiersz 9): strona „/modele/gminy-wiejske/” nie istnieje w serwisie; popraw adres (lista stron: /mapa-strony/)',
    ]);
  });

  it('accepts a link to the Atom feed, which is a file of the site but not a page', () => {
    expect(messagesAfter({ 'strony/o-projekcie.md': (t) => `${t}\nNowości: [kanał Atom](/kanal.xml).\n` })).toEqual([]);
    expect(messagesAfter({ 'strony/o-projekcie.md': (t) => `${t}\nNowości: [kanał Atom](/kanal.rss).\n` })).toEqual([
      'content/strony/o-projekcie.md · link „/kanal.rss” (treść, wiersz 11): strona „/kanal.rss” nie istnieje w serwisie; popraw adres (lista stron: /mapa-strony/)',
    ]);
  });

  it('suggests the intended name of a misspelt field', () => {
    expect(messagesAfter({ 'narzedzia/deklaracja.md': replace('kto_wypelnia:', 'kto_wypelna:') })).toEqual([
      'content/narzedzia/deklaracja.md · pole „kto_wypelnia”: brak wymaganego pola; dodaj je, np. kto_wypelnia: kierownik instytucji przystępującej do zespołu',
      'content/narzedzia/deklaracja.md · pole „kto_wypelna”: nieznane pole; czy chodziło o „kto_wypelnia”? dozwolone pola to: tytul, opis, cel, kto_wypelnia, kiedy, etap, typy_gmin, w_zrodlach, kolejnosc, zalacznik, powiazane, zrodla, dodano, zaktualizowano, slug',
    ]);
  });

  it('reports a tool stage that the model of its municipality type does not have', () => {
    expect(messagesAfter({ 'narzedzia/karta-diagnozy.md': replace('etap: diagnoza', 'etap: superwizja') })).toEqual([
      'content/narzedzia/karta-diagnozy.md · pole „etap”: etap „superwizja” (Wsparcie kadr) nie występuje w modelu dla gmin miejskich (content/modele/gminy-miejskie.md); wybierz etap z tego modelu albo dopisz go do modelu',
    ]);
  });

  it('reports a reference to an entry that does not exist', () => {
    expect(messagesAfter({ 'rekomendacje/r01-zespol.md': replace('powiazane: [narzedzia/deklaracja]', 'powiazane: [narzedzia/deklaracja-2]') })).toEqual([
      'content/rekomendacje/r01-zespol.md · pole „powiazane → 1. pozycja”: wpis „narzedzia/deklaracja-2” nie istnieje; wpisz folder i nazwę istniejącego pliku bez „.md”, np. narzedzia/deklaracja-przystapienia',
    ]);
  });

  it('requires exactly one model per municipality type', () => {
    expect(messagesAfter({ 'modele/gminy-miejskie.md': replace('typ_gminy: miejska', 'typ_gminy: wiejska') })).toEqual([
      'content/modele/gminy-wiejskie.md · pole „typ_gminy”: model dla gmin wiejskich jest już opisany w content/modele/gminy-miejskie.md; każdy typ gminy ma dokładnie jeden model, więc zmień „typ_gminy” albo usuń plik',
      'content/modele · folder: brak modelu dla gmin miejskich; dodaj plik content/modele/gminy-miejskie.md z polem „typ_gminy: miejska”',
    ]);
  });

  it('reports a repeated recommendation number', () => {
    expect(messagesAfter({ 'rekomendacje/r02-diagnoza.md': replace('numer: 2', 'numer: 1') })).toEqual([
      'content/rekomendacje/r02-diagnoza.md · pole „numer”: numer 1 ma już content/rekomendacje/r01-zespol.md; nadaj rekomendacji kolejny wolny numer',
    ]);
  });

  it('rejects a level-one heading in the body', () => {
    expect(messagesAfter({ 'strony/o-projekcie.md': (t) => `${t}\n# Drugi tytuł\n` })).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 11: nagłówek pierwszego stopnia („# …”) w treści; tytuł strony jest już takim nagłówkiem, więc zacznij śródtytuły od „## ”',
    ]);
  });

  it('rejects a footnote, whose text the PDF and DOCX would lose', () => {
    expect(messagesAfter({ 'strony/o-projekcie.md': (t) => `${t}\nZdanie z przypisem.[^zrodlo]\n\n[^zrodlo]: Treść przypisu.\n` })).toEqual([
      'content/strony/o-projekcie.md · przypis „[^zrodlo]” (treść, wiersz 13): przypisy nie są obsługiwane – w PDF i DOCX ich treść by zniknęła; wpisz ją w nawiasie w zdaniu albo dodaj na końcu sekcję „## Przypisy” z listą numerowaną i usuń znaczniki [^…]',
    ]);
  });

  it('finds a footnote an editor tucked into a quotation or a list item too', () => {
    const messages = messagesAfter({ 'strony/o-projekcie.md': (t) => `${t}\n> Cytat.[^a]\n>\n> [^a]: Źródło cytatu.\n\n- Punkt.[^b]\n\n  [^b]: Przypis w liście.\n` });
    expect(messages.map((m) => m.split(' (treść')[0])).toEqual(['content/strony/o-projekcie.md · przypis „[^a]”', 'content/strony/o-projekcie.md · przypis „[^b]”']);
  });

  it('reports a logo file that is missing from settings', () => {
    expect(messagesAfter({ 'ustawienia.yaml': replace('fundusze-europejskie-power.svg', 'brak.svg') })).toEqual([
      'content/ustawienia.yaml · pole „logotypy → plik”: plik content/pliki/logotypy/brak.svg nie istnieje; dodaj plik z paskiem logotypów do folderu content/pliki albo popraw ścieżkę',
    ]);
  });

  it('requires a list of barriers when the site is only partly accessible', () => {
    expect(messagesAfter({ 'ustawienia.yaml': replace(/  bariery:\n(    - .*\n)+/, '') })).toEqual([
      'content/ustawienia.yaml · pole „deklaracja → bariery”: przy statusie innym niż „zgodna” lista barier nie może być pusta; wypisz elementy niedostępne',
    ]);
  });

  it('asks for a missing institution sentence with an example of its wording', () => {
    expect(messagesAfter({ 'ustawienia.yaml': replace(/^  wspolfinansowanie: .*\n/m, '') })).toEqual([
      'content/ustawienia.yaml · pole „teksty → wspolfinansowanie”: brak wymaganego pola; dodaj je, np. wspolfinansowanie: Projekt „…” współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014–2020.',
    ]);
  });

  it('rejects an empty institution sentence with an example of its wording', () => {
    expect(messagesAfter({ 'ustawienia.yaml': replace(/^  zastrzezenie_wzoru: .*$/m, '  zastrzezenie_wzoru: ""') })).toEqual([
      'content/ustawienia.yaml · pole „teksty → zastrzezenie_wzoru”: pole jest puste; wpisz tekst, np. zastrzezenie_wzoru: Wzór opracowany na potrzeby serwisu; nie pochodzi z dokumentów projektów i nie jest oficjalnym formularzem.',
    ]);
  });

  it('names the three institution sentences when their whole group is missing', () => {
    expect(messagesAfter({ 'ustawienia.yaml': replace(/^teksty:\n(  .*\n)+/m, '') })).toEqual([
      'content/ustawienia.yaml · pole „teksty”: brak grupy pól; dodaj „teksty:” z polami wspolfinansowanie, zastrzezenie_wzoru i zastrzezenie_wzorow (opis pól w README)',
    ]);
  });

  it('reports every mistake of every file in one run', () => {
    const messages = messagesAfter({
      'spotkania/2021-06-15-spotkanie.md': replace('data: 2021-06-15', 'data: 15.06.21'),
      'rekomendacje/r02-diagnoza.md': replace('obszar: diagnoza-i-plan', 'obszar: diagnoza'),
      'strony/o-projekcie.md': replace('(/modele/gminy-wiejskie/)', '(/nie-ma/)'),
      'narzedzia/deklaracja.md': replace('kolejnosc: 1', 'kolejnosc: pierwsza'),
    });
    expect(messages).toHaveLength(4);
    expect(messages.map((m) => m.split(' · ')[0])).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md',
      'content/rekomendacje/r02-diagnoza.md',
      'content/narzedzia/deklaracja.md',
      'content/strony/o-projekcie.md',
    ]);
  });
});

describe('messages for editors about good practices', () => {
  const PRACTICE = 'dobre-praktyki/zespol-w-gminie.md';

  it('names the file and the unknown field of a good practice, and lists its fields', () => {
    expect(messagesAfter({ [PRACTICE]: replace('miejsce:', 'miejscowosc:') })).toEqual([
      'content/dobre-praktyki/zespol-w-gminie.md · pole „miejscowosc”: nieznane pole; dozwolone pola to: tytul, opis, typy_gmin, miejsce, etapy, powiazane, zrodla, dodano, zaktualizowano, slug',
    ]);
  });

  it('reports a stage of a good practice that the model of its municipality type does not have', () => {
    expect(messagesAfter({ [PRACTICE]: replace('etapy: [porozumienie, diagnoza]', 'etapy: [porozumienie, ewaluacja]') })).toEqual([
      'content/dobre-praktyki/zespol-w-gminie.md · pole „etapy → 2. pozycja”: etap „ewaluacja” (Podsumowanie i ewaluacja) nie występuje w modelu dla gmin wiejskich (content/modele/gminy-wiejskie.md); wybierz etap z tego modelu albo dopisz go do modelu',
    ]);
  });

  it('reports a related entry of a good practice that does not exist', () => {
    expect(messagesAfter({ [PRACTICE]: replace('powiazane: [rekomendacje/r01-zespol]', 'powiazane: [rekomendacje/r09]') })).toEqual([
      'content/dobre-praktyki/zespol-w-gminie.md · pole „powiazane → 1. pozycja”: wpis „rekomendacje/r09” nie istnieje; wpisz folder i nazwę istniejącego pliku bez „.md”, np. narzedzia/deklaracja-przystapienia',
    ]);
  });

  it('requires the sources of a good practice', () => {
    expect(messagesAfter({ [PRACTICE]: replace(/zrodla:\n(  .*\n)+/, '') })).toEqual([
      'content/dobre-praktyki/zespol-w-gminie.md · pole „zrodla”: brak wymaganej listy; dodaj ją, np. [{ tytul: Strona projektu, url: https://… }]',
    ]);
  });
});
