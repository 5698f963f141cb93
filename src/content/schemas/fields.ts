/**
 * Field builders shared by the collection schemas. Every builder carries a
 * Polish message made of „what is wrong; how to fix it”, so that
 * `formatIssue` only has to prepend the file and the field.
 *
 * Every schema field carries its Polish label and hint for the editors' form
 * as zod metadata, `.meta({ title, description })`, written next to the field;
 * the CMS configuration (src/cms/config.ts) reads them from there. Three more
 * keys tell the form what a plain string is: `format: 'date'` (a RRRR-MM-DD
 * date, a date picker), `multiline: true` (several lines, a text area) and
 * `reference: true` (the path of another entry, a choice of entries).
 */
import { z } from 'zod';
import { MUNICIPALITY_TYPE_IDS } from '../../domain/municipalities.ts';
import { STAGES, ids } from '../../domain/vocabulary.ts';
import { SLUG_RULE } from '../../typography/slug.ts';

/** Marks a value the editor still has to supply; the site renders it as a visible gap. */
export const PLACEHOLDER_PREFIX = '[DO UZUPEŁNIENIA';

const quote = (value: unknown) => `„${typeof value === 'string' ? value : JSON.stringify(value)}”`;

/** How `describeInput` names a value left empty (`pole:` or `pole: ""`). */
export const EMPTY = 'pusta wartość';

/** Polish description of what an editor wrote, for messages. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'brak wartości';
  if (input === null || (typeof input === 'string' && input.trim() === '')) return EMPTY;
  if (Array.isArray(input)) return 'lista';
  if (typeof input === 'object') return 'zagnieżdżone pola';
  return quote(input);
}

/** Required, non-empty text. */
export function text(example: string) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? `brak wymaganego pola; dodaj je, np. ${example}`
          : `${describeInput(iss.input)} nie jest tekstem; wpisz tekst, np. ${example}`,
    })
    .trim()
    .min(1, { error: `pole jest puste; wpisz tekst, np. ${example}` });
}

/** Text with an upper length bound (descriptions shown in search results and meta tags). */
export function shortText(example: string, max: number) {
  return text(example).max(max, {
    error: (iss) =>
      `tekst ma ${String(iss.input).length} znaków, a może mieć najwyżej ${max}; skróć go`,
  }).meta({ multiline: true });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as RRRR-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A calendar date written as RRRR-MM-DD, kept as that string. `example` is
 * shown in the hint; `missing` replaces the message for a date left out.
 */
export function isoDate({ example = '2021-06-15', missing }: { example?: string; missing?: string } = {}) {
  const fix = `użyj formatu RRRR-MM-DD, np. ${example}`;
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? (missing ?? `brak daty; ${fix}`) : `${describeInput(iss.input)} nie jest datą; ${fix}`,
    })
    .refine(isIsoDate, { error: (iss) => `${describeInput(iss.input)} nie jest datą; ${fix}` })
    .meta({ format: 'date' });
}

/** The day an entry was put on the site; the Atom feed orders entries by it. */
export const addedOn = () =>
  isoDate({
    example: '2026-11-23',
    missing: 'brak daty dodania wpisu do serwisu; dopisz ją w formacie RRRR-MM-DD, np. dodano: 2026-11-23',
  }).meta({ title: 'Data dodania do serwisu', description: 'Dzień, w którym wpis trafia do serwisu (nie data spotkania); przy nowym wpisie dzisiejsza data. Kanał Atom pokazuje najnowsze wpisy na początku.' });

/** The day an entry's text last changed in a way readers should know of (RRRR-MM-DD); shown on the page and in the sitemap. */
export const updatedOn = () =>
  isoDate({ example: '2026-11-23' }).optional().meta({ title: 'Ostatnia aktualizacja', description: 'Dzień ostatniej istotnej zmiany wpisu; strona pokazuje go jako „Ostatnia aktualizacja”. Bez zmian wpisu zostaw puste.' });

/** One value of a controlled list; the message lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `brak wartości; wpisz ${noun}: ${values.join(', ')}`
        : `${describeInput(iss.input)} to nieznany ${noun}; użyj jednej z wartości: ${values.join(', ')}`,
  });
}

/** A non-empty list. */
export function listOf<T extends z.ZodType>(item: T, example: string) {
  return z
    .array(item, {
      error: (iss) =>
        iss.input === undefined
          ? `brak wymaganej listy; dodaj ją, np. ${example}`
          : `${describeInput(iss.input)} nie jest listą; wpisz listę, np. ${example}`,
    })
    .min(1, { error: `lista jest pusta; dodaj co najmniej jedną pozycję, np. ${example}` });
}

/** A list that may be empty or left out. */
export function optionalListOf<T extends z.ZodType>(item: T, example: string) {
  return z
    .array(item, {
      error: (iss) => `${describeInput(iss.input)} nie jest listą; wpisz listę, np. ${example}`,
    })
    .default([]);
}

/** Municipality types an entry applies to. */
export const municipalityTypes = () =>
  listOf(oneOf(MUNICIPALITY_TYPE_IDS, 'typ gminy'), '[wiejska, miejska]');

/** A stage of model implementation. */
export const stage = () => oneOf(ids(STAGES), 'etap');

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month (RRRR-MM) or a day (RRRR-MM-DD): sources often give only the month. */
export function isoMonthOrDate() {
  const fix = 'użyj formatu RRRR-MM (sam miesiąc, np. 2018-04) albo RRRR-MM-DD (np. 2018-04-01)';
  return z
    .string({ error: (iss) => `${describeInput(iss.input)} nie jest datą; ${fix}` })
    .refine((v) => ISO_MONTH.test(v) || isIsoDate(v), { error: (iss) => `${describeInput(iss.input)} nie jest datą; ${fix}` });
}

/** A whole number counted from 1. */
export function positiveInt(example: string) {
  return z
    .number({
      error: (iss) =>
        iss.input === undefined
          ? `brak wymaganej liczby; wpisz ją, np. ${example}`
          : `${describeInput(iss.input)} nie jest liczbą; wpisz liczbę całkowitą, np. ${example}`,
    })
    .int({ error: `wpisz liczbę całkowitą bez przecinka, np. ${example}` })
    .min(1, { error: `liczba musi być większa od zera, np. ${example}` });
}

/** An absolute http(s) address. */
export function url(example = 'https://www.przyklad.pl/strona') {
  return z
    .string({ error: `podaj adres strony, np. ${example}` })
    .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v), {
      error: (iss) => `${describeInput(iss.input)} nie jest adresem strony; podaj pełny adres z https://, np. ${example}`,
    });
}

/** A public source of facts: a title and, where it is online, its address. */
export const source = () =>
  z.strictObject({
    /** What the source is, e.g. „Strona projektu Kooperacje 3D – O projekcie”. */
    tytul: text('tytul: Strona projektu – O projekcie').meta({ title: 'Tytuł źródła', description: 'Np. Strona projektu Kooperacje 3D – O projekcie.' }),
    /** Where to read it. */
    url: url().optional().meta({ title: 'Adres źródła', description: 'Pełny adres z https://; puste, jeśli źródła nie ma w sieci.' }),
    /** A note on the source for readers (a cut-off name, a guess, two conflicting dates); shown in the sources section. */
    uwagi: z.string().trim().min(1, { error: 'pole jest puste; wpisz uwagę o źródle albo usuń pole' }).optional().meta({ title: 'Uwagi o źródle', description: 'Pokazywane w sekcji „Źródła”, np. „strona nie podaje daty”.' }),
    /** True while nobody has confirmed the address (or the article) in a copy of the page; `npm run check` lists it. */
    do_sprawdzenia: z.boolean({ error: 'wpisz true albo usuń pole' }).optional().meta({ title: 'Adres do sprawdzenia', description: 'Zaznacz, gdy adresu nie potwierdzono w kopii strony; npm run check wypisuje takie źródła. Po sprawdzeniu odznacz.' }),
  }).meta({ title: 'Źródło' });

/** A list of sources; factual entries need at least one. */
export const sources = () =>
  listOf(source(), '[{ tytul: Strona projektu, url: https://… }]').meta({ title: 'Źródła', description: 'Publiczne źródła faktów na stronie; co najmniej jedno.' });

/** A reference to another entry, written as its path: `narzedzia/deklaracja-przystapienia`. */
export const entryRef = () =>
  z
    .string({ error: 'wpisz ścieżkę wpisu, np. narzedzia/deklaracja-przystapienia' })
    .regex(/^(modele|spotkania|rekomendacje|narzedzia|strony)\/[a-z0-9-]+$/, {
      error: (iss) =>
        `${describeInput(iss.input)} nie jest ścieżką wpisu; wpisz folder i nazwę pliku bez rozszerzenia, np. narzedzia/deklaracja-przystapienia`,
    })
    .meta({ reference: true });

/** Optional override of the URL segment (otherwise the file name). */
export const slug = () =>
  z
    .string({ error: 'wpisz adres z małych liter, cyfr i myślników, np. spotkanie-edukacyjne' })
    .regex(SLUG_RULE, {
      error: (iss) =>
        `${describeInput(iss.input)} nie nadaje się na adres; użyj tylko małych liter bez polskich znaków, cyfr i myślników, np. spotkanie-edukacyjne`,
    })
    .optional()
    .meta({ title: 'Inny adres strony', description: 'Zwykle puste: adresem jest nazwa pliku. Tylko małe litery bez polskich znaków, cyfry i myślniki, np. spotkanie-edukacyjne.' });
