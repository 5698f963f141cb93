/**
 * What a web form (a git-based CMS) writes that the build cannot use, planted
 * one by one into the fixture: each is refused with the file, the field and
 * the fix, and the clean variant of each loads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/index.ts';
import { problemsFromIssue } from '../../src/content/problems.ts';
import { errorsAfter, loadEdited, replace, type Edit } from '../support/edited-fixture.ts';

const MEETING = 'spotkania/2021-06-15-spotkanie.md';
const TOOL = 'narzedzia/deklaracja.md';
const SETTINGS = 'ustawienia.yaml';
const ONLINE = 'forma:\n  rodzaj: online\n  platforma: Cisco Webex Meetings\n';
const SOURCE = '  - tytul: Relacja ze spotkania\n';
const FIELD = 'Nazwa instytucji: ____________________';

/** Adds a line at the top of a front matter. */
const header = (line: string) => replace(/^---\n/, `---\n${line}\n`);

/** Warnings after the edits, for checks that must not also warn. */
const warningsAfter = (edits: Record<string, Edit>) => loadEdited(edits).warnings.map(formatProblem);

describe('a field of another variant left after switching a meeting’s form', () => {
  it('names the variant the in-person field belongs to when the meeting is online', () => {
    expect(errorsAfter({ [MEETING]: replace(ONLINE, `${ONLINE}  miejsce: Uniwersytet Łódzki\n`) })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „forma → miejsce”: to pole należy do „rodzaj: stacjonarna”, a wpisano „rodzaj: online”; usuń wiersz „miejsce: …” (zostaje po zmianie rodzaju) albo popraw „rodzaj: online”',
    ]);
  });

  it('names the online platform left in a meeting switched to in person, and in one whose form is unknown', () => {
    expect(errorsAfter({ [MEETING]: replace(ONLINE, 'forma:\n  rodzaj: stacjonarna\n  platforma: Cisco Webex Meetings\n  miejsce: Łódź\n') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „forma → platforma”: to pole należy do „rodzaj: online”, a wpisano „rodzaj: stacjonarna”; usuń wiersz „platforma: …” (zostaje po zmianie rodzaju) albo popraw „rodzaj: stacjonarna”',
    ]);
    expect(errorsAfter({ [MEETING]: replace(ONLINE, 'forma:\n  rodzaj: nieznana\n  platforma: Cisco Webex Meetings\n') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „forma → platforma”: to pole należy do „rodzaj: online”, a wpisano „rodzaj: nieznana”; usuń wiersz „platforma: …” (zostaje po zmianie rodzaju) albo popraw „rodzaj: nieznana”',
    ]);
  });

  it('accepts a meeting switched cleanly to in person and to unknown', () => {
    expect(errorsAfter({ [MEETING]: replace(ONLINE, 'forma:\n  rodzaj: stacjonarna\n  miejsce: Łódź\n') })).toEqual([]);
    expect(errorsAfter({ [MEETING]: replace(ONLINE, 'forma:\n  rodzaj: nieznana\n') })).toEqual([]);
  });
});

describe('impossible dates', () => {
  /** Every date field of the fixture's kinds and settings: file, how to plant the date, the field and the example of its message. */
  const DATE_FIELDS: [string, (date: string) => Edit, string, string][] = [
    [MEETING, (d) => replace('data: 2021-06-15', `data: ${d}`), 'data', 'użyj formatu RRRR-MM-DD, np. 2021-06-15'],
    [MEETING, (d) => replace('dodano: 2026-11-23', `dodano: ${d}`), 'dodano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    [MEETING, (d) => header(`zaktualizowano: ${d}`), 'zaktualizowano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    [TOOL, (d) => replace('dodano: 2026-11-23', `dodano: ${d}`), 'dodano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    [TOOL, (d) => header(`zaktualizowano: ${d}`), 'zaktualizowano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    ['dobre-praktyki/zespol-w-gminie.md', (d) => replace('dodano: 2026-11-24', `dodano: ${d}`), 'dodano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    ['rekomendacje/r01-zespol.md', (d) => header(`zaktualizowano: ${d}`), 'zaktualizowano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    ['strony/o-projekcie.md', (d) => header(`zaktualizowano: ${d}`), 'zaktualizowano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    ['modele/gminy-wiejskie.md', (d) => header(`zaktualizowano: ${d}`), 'zaktualizowano', 'użyj formatu RRRR-MM-DD, np. 2026-11-23'],
    ['modele/gminy-wiejskie.md', (d) => replace('od: 2018-04-01', `od: ${d}`), 'okres → od', 'użyj formatu RRRR-MM (sam miesiąc, np. 2018-04) albo RRRR-MM-DD (np. 2018-04-01)'],
    ['modele/gminy-wiejskie.md', (d) => replace('do: 2021-03-31', `do: ${d}`), 'okres → do', 'użyj formatu RRRR-MM (sam miesiąc, np. 2018-04) albo RRRR-MM-DD (np. 2018-04-01)'],
    ...(['data_publikacji', 'data_aktualizacji', 'data_sporzadzenia'] as const).map(
      (f): [string, (date: string) => Edit, string, string] => [SETTINGS, (d) => replace(`${f}: 2026-11-23`, `${f}: ${d}`), `deklaracja → ${f}`, 'użyj formatu RRRR-MM-DD, np. 2021-06-15'],
    ),
    [SETTINGS, (d) => replace('  status: czesciowo', `  data_przegladu: ${d}\n  status: czesciowo`), 'deklaracja → data_przegladu', 'użyj formatu RRRR-MM-DD, np. 2021-06-15'],
    [SETTINGS, (d) => replace('data_wydania: 2026-11-23', `data_wydania: ${d}`), 'pakiety → data_wydania', 'użyj formatu RRRR-MM-DD, np. 2021-06-15'],
  ];

  // One test per field: each loads the fixture twice, and a build may be sharing the cores.
  it.each(DATE_FIELDS.map(([file, plant, field, fix]) => ({ file, plant, field, fix })))(
    'refuses 31 February in $file · $field, written with quotes and without, and accepts 29 February 2024',
    ({ file, plant, field, fix }) => {
      for (const written of ['2026-02-31', '"2026-02-31"']) {
        expect(errorsAfter({ [file]: plant(written) }), written).toEqual([`content/${file} · pole „${field}”: „2026-02-31” nie jest datą; ${fix}`]);
      }
      for (const written of ['2024-02-29', '"2024-02-29"']) expect(errorsAfter({ [file]: plant(written) }), written).toEqual([]);
    },
  );

  it('refuses a date with a time of day, as a date-time picker writes it', () => {
    expect(errorsAfter({ [MEETING]: replace('dodano: 2026-11-23', 'dodano: 2026-11-23T10:00:00.000Z') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „dodano”: „2026-11-23T10:00:00.000Z” nie jest datą; użyj formatu RRRR-MM-DD, np. 2026-11-23',
    ]);
  });
});

describe('empty addresses', () => {
  it('asks to delete an empty address of a source, or to fill it in', () => {
    expect(errorsAfter({ [MEETING]: replace(SOURCE, `${SOURCE}    url: ""\n`) })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „zrodla → 1. pozycja → url”: pole jest puste; usuń cały wiersz „url: ""” (pole nie jest wymagane) albo wpisz wartość',
    ]);
  });

  it('calls an empty required address empty, not „”, and says what to write', () => {
    expect(errorsAfter({ [SETTINGS]: replace('www: https://example.org/', 'www: ""') })).toEqual([
      'content/ustawienia.yaml · pole „instytucja → www”: pusta wartość nie jest adresem strony; podaj pełny adres z https://, np. https://www.przyklad.pl/',
    ]);
  });

  it('names a link and an image without an address in a body instead of calling them relative or external', () => {
    expect(errorsAfter({ [TOOL]: replace('Wypełnij pola.', 'Wypełnij [pola]().') })).toEqual([
      'content/narzedzia/deklaracja.md · link bez adresu (treść, wiersz 15): w nawiasie okrągłym po tekście odnośnika nie ma adresu; wpisz adres strony serwisu od ukośnika, np. [tekst](/narzedzia/deklaracja-przystapienia/), albo pełny adres z https://, albo usuń nawiasy i zostaw sam tekst',
    ]);
    expect(errorsAfter({ [TOOL]: replace('(/pliki/schemat.png)', '()') })).toEqual([
      'content/narzedzia/deklaracja.md · obraz bez pliku (treść, wiersz 17): w nawiasie okrągłym po opisie obrazu nie ma ścieżki pliku; wpisz ją, np. ![Schemat zespołu](/pliki/schemat.png), albo usuń obraz',
    ]);
  });

  it('refuses a film card with an empty address', () => {
    const page = (adres: string) => `---\ntytul: Film\nopis: Strona z filmem.\n---\n\n<Film tytul="Nagranie" adres="${adres}">\nTranskrypcja.\n</Film>\n`;
    expect(errorsAfter({ 'strony/film.mdx': page('') })).toEqual([
      'content/strony/film.mdx · treść, wiersz 6: komponent <Film> wymaga pola „adres”; dopisz je, np. adres="https://www.youtube.com/watch?v=…"',
    ]);
    expect(errorsAfter({ 'strony/film.mdx': page('https://vimeo.com/1') })).toEqual([]);
  });
});

describe('optional fields written empty', () => {
  it('asks to delete an optional text, date or yes/no field written as "" or left without a value', () => {
    expect(errorsAfter({ [MEETING]: header('uczestnicy: ""') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „uczestnicy”: pole jest puste; usuń cały wiersz „uczestnicy: ""” (pole nie jest wymagane) albo wpisz wartość',
    ]);
    expect(errorsAfter({ [MEETING]: header('zaktualizowano:') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „zaktualizowano”: pole jest puste; usuń cały wiersz „zaktualizowano:” (pole nie jest wymagane) albo wpisz wartość',
    ]);
    expect(errorsAfter({ [MEETING]: replace('rola: p.o. dyrektora', 'rola: "  "') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „prelegenci → 1. pozycja → rola”: pole jest puste; usuń cały wiersz „rola: "  "” (pole nie jest wymagane) albo wpisz wartość',
    ]);
    expect(errorsAfter({ [MEETING]: replace(SOURCE, `${SOURCE}    do_sprawdzenia:\n`) })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „zrodla → 1. pozycja → do_sprawdzenia”: pole jest puste; usuń cały wiersz „do_sprawdzenia:” (pole nie jest wymagane) albo wpisz wartość',
    ]);
    expect(errorsAfter({ [SETTINGS]: replace('  ocena: samoocena', '  ocena: samoocena\n  audytor: ""') })).toEqual([
      'content/ustawienia.yaml · pole „deklaracja → audytor”: pole jest puste; usuń cały wiersz „audytor: ""” (pole nie jest wymagane) albo wpisz wartość',
    ]);
  });

  it('asks to delete an optional list left without a value, or to add its items', () => {
    expect(errorsAfter({ [MEETING]: replace('tematy: [Model Kooperacji]', 'tematy:') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „tematy”: pole jest puste; usuń cały wiersz „tematy:” (pole nie jest wymagane) albo dopisz pozycje listy',
    ]);
  });

  it('names an empty item of any list, written as "" or as a bare dash', () => {
    expect(errorsAfter({ [MEETING]: replace('tematy: [Model Kooperacji]', 'tematy: [Model Kooperacji, ""]') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „tematy → 2. pozycja”: pusta pozycja listy; wpisz ją albo usuń z listy',
    ]);
    expect(errorsAfter({ [MEETING]: replace('odbiorcy: [miejska]', 'odbiorcy:\n  -\n  - miejska') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „odbiorcy → 1. pozycja”: pusta pozycja listy; wpisz ją albo usuń z listy',
    ]);
  });

  it('leaves an empty required field to its own message, with an example', () => {
    expect(errorsAfter({ [MEETING]: replace(/^organizator: .*$/m, 'organizator: ""') })).toEqual([
      'content/spotkania/2021-06-15-spotkanie.md · pole „organizator”: pole jest puste; wpisz tekst, np. organizator: Regionalne Centrum Polityki Społecznej w Łodzi',
    ]);
  });

  it('treats an empty optional list like a list left out: the entry loads with the same data', () => {
    const topics = (edit: Edit) => {
      const result = loadEdited({ [MEETING]: edit });
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return result.content.meetings.find((m) => m.id === '2021-06-15-spotkanie')!.data;
    };
    const empty = topics(replace('tematy: [Model Kooperacji]', 'tematy: []'));
    expect(empty.tematy).toEqual([]);
    expect(empty).toEqual(topics(replace('tematy: [Model Kooperacji]\n', '')));
  });

  it('gives a Polish message for an empty value a field has no message of its own for', () => {
    const issue = { code: 'invalid_type', expected: 'string', path: ['a'], message: 'Invalid input', input: '' } as const;
    expect(problemsFromIssue('content/f.md', issue as never, () => []).map(formatProblem)).toEqual([
      'content/f.md · pole „a”: pole jest puste; wpisz wartość według opisu pól w README',
    ]);
  });
});

describe('form syntax damaged by a rich-text editor', () => {
  it('refuses bold or italic underscores where a line to write on was, naming its label', () => {
    for (const damaged of ['Nazwa instytucji: **__**', 'Nazwa instytucji: *_____*']) {
      expect(errorsAfter({ [TOOL]: replace(FIELD, damaged) }), damaged).toEqual([
        'content/narzedzia/deklaracja.md · treść, wiersz 21: podkreślenia są pogrubione albo pochylone („**__**”), więc wiersz nie stanie się polem do wypełnienia – tak zapisuje je edytor tekstu sformatowanego; wpisz zwykłe podkreślenia: „Nazwa instytucji: __________” (w formularzu redakcji edytuj treść narzędzia w trybie Markdown)',
      ]);
      expect(warningsAfter({ [TOOL]: replace(FIELD, damaged) }).filter((w) => w.includes('deklaracja.md'))).toEqual([]);
    }
  });

  it('refuses a checkbox whose brackets were escaped', () => {
    expect(errorsAfter({ [TOOL]: replace('- [ ] tak', '- \\[ \\] tak') })).toEqual([
      'content/narzedzia/deklaracja.md · treść, wiersz 23: „[ ] tak” jest zwykłym tekstem, a nie polem wyboru, bo nawiasy poprzedzono ukośnikiem („\\[ \\]”) – tak zapisuje je edytor tekstu sformatowanego; wpisz „- [ ] tak” bez ukośników (w formularzu redakcji edytuj treść narzędzia w trybie Markdown)',
    ]);
    expect(warningsAfter({ [TOOL]: replace('- [ ] tak', '- \\[ \\] tak') }).filter((w) => w.includes('deklaracja.md'))).toEqual([]);
  });

  it('accepts escaped underscores, which still make a line to write on', () => {
    const result = loadEdited({ [TOOL]: replace(FIELD, 'Nazwa instytucji: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_') });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('deklaracja.md'))).toEqual([]);
    const tool = result.content.tools.find((t) => t.id === 'deklaracja')!;
    const field = tool.body.children.find((n) => n.type === 'paragraph' && n.children[0]?.type === 'text' && n.children[0].value.startsWith('Nazwa instytucji'));
    expect(field).toMatchObject({ children: [{ type: 'text', value: 'Nazwa instytucji: __________' }] });
  });

  it('accepts the form written the right way, and bold labels stay a warning only', () => {
    expect(errorsAfter({})).toEqual([]);
    expect(errorsAfter({ [TOOL]: replace(FIELD, '**Nazwa instytucji:** ____________________') })).toEqual([]);
  });
});

describe('the editors’ guide', () => {
  it('quotes, word for word, what the check says about each mistake it lists', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const guide = readme.slice(readme.indexOf('### Redakcja w przeglądarce'), readme.indexOf('## Publikacja na serwerze'));
    const quoted = [
      errorsAfter({ [MEETING]: replace(ONLINE, 'forma:\n  rodzaj: stacjonarna\n  platforma: Cisco Webex Meetings\n  miejsce: Łódź\n') }),
      errorsAfter({ [MEETING]: replace('data: 2021-06-15', 'data: 2026-02-31') }),
      errorsAfter({ [MEETING]: replace(SOURCE, `${SOURCE}    url: ""\n`) }),
      errorsAfter({ [MEETING]: replace('tematy: [Model Kooperacji]', 'tematy: [Model Kooperacji, ""]') }),
      errorsAfter({ [SETTINGS]: replace('www: https://example.org/', 'www: ""') }),
      errorsAfter({ [TOOL]: replace('Wypełnij pola.', 'Wypełnij [pola]().') }),
      errorsAfter({ [TOOL]: replace(FIELD, 'Nazwa instytucji: **__**') }),
    ];
    for (const messages of quoted) {
      expect(messages).toHaveLength(1);
      expect(guide).toContain(`\`${messages[0]}\``);
    }
  });
});
