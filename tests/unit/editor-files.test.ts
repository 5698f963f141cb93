import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import { problemsFromIssue } from '../../src/content/problems.ts';
import { FIXTURE, append, errorsAfter, replace } from '../support/edited-fixture.ts';
import { CONTENT_KINDS } from '../../src/content/kinds.ts';

/** The entry folders of the registry, in its order, as the messages list them. */
const FOLDERS = CONTENT_KINDS.map((k) => k.folder).join(', ');

const PAGE = 'strony/o-projekcie.md';
const pageText = () => readFileSync(join(FIXTURE, PAGE), 'utf8');
/** „Zajęcia” as Notepad's „ANSI” (Windows-1250) writes it: ę is the single byte 0xEA. */
const ansi = (before: string, after: string) => Buffer.concat([Buffer.from(before, 'latin1'), Buffer.from([0xea]), Buffer.from(after, 'latin1')]);

describe('files in content/: encoding', () => {
  it('refuses a file saved as Windows-1250 „ANSI”, naming the line and how to save it as UTF-8', () => {
    expect(errorsAfter({ 'strony/ansi.md': ansi('---\ntytul: Zaj', 'cia\nopis: Opis.\n---\n\nTekst.\n') })).toEqual([
      'content/strony/ansi.md · plik, wiersz 2: tekst nie jest zapisany w kodowaniu UTF-8 (np. „ANSI” z Notatnika), więc polskie litery byłyby zniekształcone; zapisz plik ponownie w UTF-8: w Notatniku Plik → Zapisz jako → Kodowanie: UTF-8',
    ]);
  });

  it('refuses settings that are not UTF-8', () => {
    const settings = readFileSync(join(FIXTURE, 'ustawienia.yaml'), 'utf8').replace('Projekt – Kooperacje 3D', 'Projekt Kooperacje');
    const [before, after] = settings.split('nazwa: Projekt Kooperacje');
    expect(errorsAfter({ 'ustawienia.yaml': ansi(`${before}nazwa: Zaj`, `cia${after}`) })).toEqual([
      'content/ustawienia.yaml · plik, wiersz 6: tekst nie jest zapisany w kodowaniu UTF-8 (np. „ANSI” z Notatnika), więc polskie litery byłyby zniekształcone; zapisz plik ponownie w UTF-8: w Notatniku Plik → Zapisz jako → Kodowanie: UTF-8',
    ]);
  });

  it('accepts UTF-8 with a byte-order mark and Windows line ends', () => {
    expect(errorsAfter({ [PAGE]: `\uFEFF${pageText().replace(/\n/g, '\r\n')}` })).toEqual([]);
  });
});

describe('files in content/: names and extensions', () => {
  it('refuses a file name that cannot be an address and suggests the name', () => {
    expect(errorsAfter({ 'spotkania/Spotkanie w Łodzi.md': readFileSync(join(FIXTURE, 'spotkania/liderzy.md'), 'utf8').replace(/^---\n/, '---\nslug: lodz\n') })).toEqual([
      'content/spotkania/Spotkanie w Łodzi.md · nazwa pliku: nazwa pliku staje się adresem strony, a „Spotkanie w Łodzi.md” ma znaki, których w adresie być nie może (dozwolone są małe litery bez polskich znaków, cyfry i pojedyncze myślniki); zmień nazwę pliku na spotkanie-w-lodzi.md',
    ]);
  });

  it('says what to do with every file in an entry folder that is not read', () => {
    const text = pageText().replace('slug', 'x');
    expect(
      errorsAfter({
        'strony/notatka.md.txt': text,
        'strony/notatka.txt': text,
        'strony/Notatka.markdown': text,
        'strony/WAZNE.MD': text,
        'strony/umowa.docx': 'PK',
        'strony/zdjecie.jpg': 'x',
        'strony/ulotka.pdf': '%PDF',
        'strony/dane.csv': 'a,b',
        'strony/.DS_Store': 'x',
        'strony/~$umowa.docx': 'x',
      }),
    ).toEqual([
      'content/strony/Notatka.markdown · nazwa pliku: plik z rozszerzeniem „.markdown” jest pomijany, wczytywane są tylko pliki .md; zmień nazwę pliku na notatka.md (w Windows włącz w Eksploratorze: Widok → Pokaż → Rozszerzenia nazw plików, aby widzieć pełną nazwę)',
      'content/strony/WAZNE.MD · nazwa pliku: rozszerzenie „.MD” trzeba pisać małymi literami, inaczej plik jest pomijany; zmień nazwę pliku na wazne.md',
      'content/strony/dane.csv · nazwa pliku: plik „dane.csv” nie jest wpisem i jest pomijany (wpisy to pliki .md); usuń go albo przenieś do folderu content/pliki, jeśli ma być do pobrania',
      'content/strony/notatka.md.txt · nazwa pliku: plik z rozszerzeniem „.txt” jest pomijany, wczytywane są tylko pliki .md; zmień nazwę pliku na notatka.md (w Windows włącz w Eksploratorze: Widok → Pokaż → Rozszerzenia nazw plików, aby widzieć pełną nazwę)',
      'content/strony/notatka.txt · nazwa pliku: plik z rozszerzeniem „.txt” jest pomijany, wczytywane są tylko pliki .md; zmień nazwę pliku na notatka.md (w Windows włącz w Eksploratorze: Widok → Pokaż → Rozszerzenia nazw plików, aby widzieć pełną nazwę)',
      'content/strony/ulotka.pdf · nazwa pliku: plik PDF w folderze wpisów jest pomijany; przenieś go do folderu content/pliki i wskaż w narzędziu polem „zalacznik” albo linkiem /pliki/ulotka.pdf',
      'content/strony/umowa.docx · nazwa pliku: dokument „.docx” nie jest wpisem i jest pomijany; przepisz treść do pliku umowa.md (wzór pliku jest w README), a gotowy dokument do pobrania zapisz jako PDF w folderze content/pliki',
      'content/strony/zdjecie.jpg · nazwa pliku: obraz w folderze wpisów jest pomijany; przenieś go do folderu content/pliki i wstaw w treści jako ![Opis obrazu](/pliki/zdjecie.jpg)',
    ]);
  });

  it('reports folders and files at the top of content/ that nothing reads', () => {
    expect(errorsAfter({ 'Spotkania/relacja.md': pageText(), 'ustawienia.yml': 'x: 1' })).toEqual([
      `content/Spotkania · folder: folder „Spotkania” nie jest wczytywany; czy chodziło o „spotkania”? wpisy umieść w jednym z folderów: ${FOLDERS}, a pliki do pobrania i obrazy w folderze pliki`,
      `content/ustawienia.yml · nazwa pliku: plik „ustawienia.yml” w folderze content nie jest wczytywany; czy chodziło o „ustawienia.yaml”? w folderze content czytane są tylko pliki ustawienia.yaml i terminologia.yaml, wpisy w folderach ${FOLDERS}, a pliki do pobrania w folderze pliki`,
    ]);
  });
});

describe('raw HTML in a body', () => {
  it('refuses a block of HTML, whose text would vanish, with the line and what to write instead', () => {
    expect(errorsAfter({ [PAGE]: append('<div class="uwaga">Ważne: zapisy do 30 czerwca</div>') })).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 11: kod HTML „<div>” nie jest publikowany (znika razem ze swoim tekstem na stronie i w PDF); zapisz ten fragment zwykłym tekstem w Markdown (pogrubienie: **tekst**, odnośnik: [tekst](/adres/))',
    ]);
  });

  it('refuses tags inside a paragraph once per line, with the Markdown for the tag', () => {
    expect(errorsAfter({ [PAGE]: append('Zapisy <b>do 30 czerwca</b>, <i>koniecznie</i>.') })).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 11: kod HTML „<b>” nie jest publikowany (znacznik znika na stronie i w PDF, a tekst traci formatowanie); pogrubienie zapisz jako **tekst**',
    ]);
  });

  it('refuses an embedded player and suggests a plain link', () => {
    expect(errorsAfter({ [PAGE]: append('<iframe src="https://www.youtube.com/embed/x"></iframe>') })).toEqual([
      'content/strony/o-projekcie.md · treść, wiersz 11: kod HTML „<iframe>” nie jest publikowany (znika razem ze swoim tekstem na stronie i w PDF); materiałów z innych serwisów nie osadzamy; wstaw zwykły odnośnik [tytuł filmu](https://…)',
    ]);
  });

  it('allows an HTML comment, an editor’s note that is not published', () => {
    expect(errorsAfter({ [PAGE]: append('<!-- do sprawdzenia z koordynatorem -->') })).toEqual([]);
  });
});

describe('full-address links', () => {
  it('refuses a link copied from the preview on this computer and gives the path to write', () => {
    expect(errorsAfter({ [PAGE]: append('[model](http://localhost:4321/modele/gminy-wiejskie/) i [ten sam](http://127.0.0.1:4321/projekt-kooperacje-3d/spotkania/#lista)') })).toEqual([
      'content/strony/o-projekcie.md · link „http://localhost:4321/modele/gminy-wiejskie/” (treść, wiersz 11): link do podglądu na tym komputerze nie zadziała u czytelników; wpisz sam adres strony od ukośnika: /modele/gminy-wiejskie/',
      'content/strony/o-projekcie.md · link „http://127.0.0.1:4321/projekt-kooperacje-3d/spotkania/#lista” (treść, wiersz 11): link do podglądu na tym komputerze nie zadziała u czytelników; wpisz sam adres strony od ukośnika: /spotkania/#lista',
    ]);
  });

  it('checks a link to the site’s own full address, with http or https and with or without www, like an internal one', () => {
    expect(errorsAfter({ [PAGE]: append('[a](https://example.org/projekt-kooperacje-3d/modele/gminy-wiejske/) [b](http://www.example.org/projekt-kooperacje-3d/modele/gminy-wiejskie/)') })).toEqual([
      'content/strony/o-projekcie.md · link „https://example.org/projekt-kooperacje-3d/modele/gminy-wiejske/” (treść, wiersz 11): strona „/modele/gminy-wiejske/” nie istnieje w serwisie; popraw adres (lista stron: /mapa-strony/)',
    ]);
  });

  it('leaves other pages of the same domain, outside the site’s folder, alone', () => {
    expect(errorsAfter({ [PAGE]: append('[BIP](https://example.org/bip/) [strona główna](https://example.org/projekt-kooperacje-3d/)') })).toEqual([]);
  });
});

describe('errors of one file reported together', () => {
  it('lists body errors of a file whose header has an error', () => {
    expect(errorsAfter({ [PAGE]: (t) => replace('tytul: O projekcie', 'tytul: O projekcie: cele')(t) + '\n# Drugi tytuł\n' })).toEqual([
      'content/strony/o-projekcie.md · nagłówek, wiersz 2: błąd składni YAML: po nazwie pola brakuje dwukropka i spacji albo wartość zawiera dwukropek; zapisz „pole: wartość”, a wartość z dwukropkiem weź w cudzysłów prosty "…" (polskie „…” nie wystarczą), np. tytul: "Spotkanie: relacja"',
      'content/strony/o-projekcie.md · treść, wiersz 11: nagłówek pierwszego stopnia („# …”) w treści; tytuł strony jest już takim nagłówkiem, więc zacznij śródtytuły od „## ”',
    ]);
    expect(errorsAfter({ [PAGE]: (t) => replace('stopka: 1', 'stopka: pierwsza')(t) + '\n[model](/modele/nie-ma/)\n' })).toEqual([
      'content/strony/o-projekcie.md · pole „stopka”: „pierwsza” nie jest liczbą; wpisz liczbę całkowitą, np. stopka: 2',
      'content/strony/o-projekcie.md · link „/modele/nie-ma/” (treść, wiersz 11): strona „/modele/nie-ma/” nie istnieje w serwisie; popraw adres (lista stron: /mapa-strony/)',
    ]);
  });
});

describe('messages that used to mislead', () => {
  const MEETING = 'spotkania/2021-06-15-spotkanie.md';
  const ONLINE = 'forma:\n  rodzaj: online\n  platforma: Cisco Webex Meetings\n';

  it('names the allowed fields of the chosen form of a meeting instead of an empty list', () => {
    expect(errorsAfter({ [MEETING]: replace(ONLINE, `${ONLINE}  sala: 12\n`) })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „forma → sala”: nieznane pole; dozwolone pola to: rodzaj, platforma',
    ]);
  });

  it('falls back to advice instead of an empty list when the allowed fields are unknown', () => {
    const issue = { code: 'unrecognized_keys', keys: ['x'], path: ['a'], message: '', input: {} } as const;
    expect(problemsFromIssue('content/f.md', issue as never, () => []).map(formatProblem)).toEqual([
      'content/f.md · pole „a → x”: nieznane pole; usuń je albo popraw nazwę według opisu pól w README',
    ]);
  });

  it('names an unknown form of a meeting and the allowed values', () => {
    expect(errorsAfter({ [MEETING]: replace(ONLINE, 'forma:\n  rodzaj: hybrydowa\n') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „forma → rodzaj”: „hybrydowa” to nieznany rodzaj formy spotkania; wpisz rodzaj: online (z polem platforma), stacjonarna (z polem miejsce) albo nieznana',
    ]);
    expect(errorsAfter({ [MEETING]: replace(ONLINE, 'forma: online\n') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „forma”: „online” nie opisuje formy spotkania; wpisz rodzaj: online (z polem platforma), stacjonarna (z polem miejsce) albo nieznana, każde pole w nowej linii z wcięciem, np. „  rodzaj: online”',
    ]);
  });

  it('asks for straight quotes around a title with a colon also when typographic quotes were used', () => {
    expect(errorsAfter({ [PAGE]: replace('tytul: O projekcie', 'tytul: „O projekcie: cele”') })).toEqual([
      'content/strony/o-projekcie.md · nagłówek, wiersz 2: błąd składni YAML: po nazwie pola brakuje dwukropka i spacji albo wartość zawiera dwukropek; zapisz „pole: wartość”, a wartość z dwukropkiem weź w cudzysłów prosty "…" (polskie „…” nie wystarczą), np. tytul: "Spotkanie: relacja"',
    ]);
    expect(errorsAfter({ [PAGE]: replace('tytul: O projekcie', 'tytul: "O projekcie: cele"') })).toEqual([]);
  });

  it('asks for quotes around a placeholder written without them', () => {
    expect(errorsAfter({ [PAGE]: replace('opis: Strona testowa o projekcie.', 'opis: [DO UZUPEŁNIENIA: opis strony]') })).toEqual([
      'content/strony/o-projekcie.md · pole „opis”: wartość do uzupełnienia bez cudzysłowu jest odczytywana jako lista, a nie tekst; weź ją w cudzysłów prosty: "[DO UZUPEŁNIENIA: opis strony]"',
    ]);
    expect(errorsAfter({ 'ustawienia.yaml': replace(/bariery:\n    - .*\n/, 'bariery:\n    - [DO UZUPEŁNIENIA: wynik przeglądu]\n') })).toEqual([
      'content/ustawienia.yaml · pole „deklaracja → bariery → 1. pozycja”: wartość do uzupełnienia bez cudzysłowu jest odczytywana jako lista, a nie tekst; weź ją w cudzysłów prosty: "[DO UZUPEŁNIENIA: wynik przeglądu]"',
    ]);
  });
});

describe('checks that do not wait for each other', () => {
  it('checks bodies even when the settings have an error', () => {
    expect(errorsAfter({ 'ustawienia.yaml': replace('data_wydania: 2026-11-23', 'data_wydania: 23.11.2026'), [PAGE]: append('[model](/modele/nie-ma/)') })).toEqual([
      'content/ustawienia.yaml · pole „pakiety → data_wydania”: „23.11.2026” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15',
      'content/strony/o-projekcie.md · link „/modele/nie-ma/” (treść, wiersz 11): strona „/modele/nie-ma/” nie istnieje w serwisie; popraw adres (lista stron: /mapa-strony/)',
    ]);
  });

  it('checks the address of a reference-style link', () => {
    expect(errorsAfter({ [PAGE]: append('Zobacz [model][1].\n\n[1]: http://localhost:4321/modele/gminy-wiejskie/') })).toEqual([
      'content/strony/o-projekcie.md · link „http://localhost:4321/modele/gminy-wiejskie/” (treść, wiersz 13): link do podglądu na tym komputerze nie zadziała u czytelników; wpisz sam adres strony od ukośnika: /modele/gminy-wiejskie/',
    ]);
  });
});

describe('a content folder that is not there', () => {
  it('says so in Polish instead of failing', () => {
    const result = loadContent(join(FIXTURE, '..', 'nie-ma-takiego-folderu'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      'nie-ma-takiego-folderu · folder: nie ma folderu z treścią; uruchom polecenie w folderze projektu (tam, gdzie jest folder content) albo podaj właściwą ścieżkę',
    );
  });
});
