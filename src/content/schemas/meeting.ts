/** Front matter of `content/spotkania/*.md`: reports from meetings, conferences and trainings. */
import { z } from 'zod';
import { addedOn, describeInput, isoDate, municipalityTypes, optionalListOf, shortText, slug, sources, text, updatedOn } from './fields.ts';

const format = z.discriminatedUnion(
  'rodzaj',
  [
    z.strictObject({
      rodzaj: z.literal('online').meta({ title: 'Online' }),
      /** The platform, e.g. Cisco Webex Meetings. */
      platforma: text('platforma: Cisco Webex Meetings').meta({ title: 'Platforma', description: 'Np. Cisco Webex Meetings.' }),
    }),
    z.strictObject({
      rodzaj: z.literal('stacjonarna').meta({ title: 'Stacjonarna' }),
      /** The venue, e.g. „Uniwersytet Łódzki”. */
      miejsce: text('miejsce: Uniwersytet Łódzki').meta({ title: 'Miejsce', description: 'Gdzie odbyło się spotkanie, np. Uniwersytet Łódzki.' }),
    }),
    z.strictObject({
      /** The sources do not say how the meeting was held. */
      rodzaj: z.literal('nieznana').meta({ title: 'Nieznana', description: 'Źródła nie podają, jak odbyło się spotkanie.' }),
    }),
  ],
  {
    error: (iss) => {
      const fix = 'wpisz rodzaj: online (z polem platforma), stacjonarna (z polem miejsce) albo nieznana';
      const input = iss.input;
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        const rodzaj = (input as { rodzaj?: unknown }).rodzaj;
        return rodzaj === undefined
          ? `brak pola „rodzaj”; ${fix}`
          : `${describeInput(rodzaj)} to nieznany rodzaj formy spotkania; ${fix}`;
      }
      return `${describeInput(input)} nie opisuje formy spotkania; ${fix}, każde pole w nowej linii z wcięciem, np. „  rodzaj: online”`;
    },
  },
);

export const meetingSchema = z.strictObject({
  /** Title of the report. */
  tytul: text('tytul: Spotkanie edukacyjne dla gmin miejskich').meta({ title: 'Tytuł relacji' }),
  /** One or two sentences for lists and search results (max 200 characters). */
  opis: shortText('opis: Relacja ze spotkania o Modelu Kooperacji.', 200).meta({ title: 'Krótki opis', description: 'Jedno–dwa zdania do list i wyników wyszukiwania (najwyżej 200 znaków).' }),
  /** Date of the meeting as RRRR-MM-DD, or `nieznana` when no source gives it. */
  data: z.union([z.literal('nieznana'), isoDate()], {
    error: (iss) =>
      `${describeInput(iss.input)} nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15, albo wpisz nieznana`,
  }).meta({ title: 'Data spotkania', description: 'RRRR-MM-DD, np. 2021-06-15, albo słowo nieznana, jeśli źródła nie podają daty.' }),
  /** Who organised it. */
  organizator: text('organizator: Regionalne Centrum Polityki Społecznej w Łodzi').meta({ title: 'Organizator', description: 'Np. Regionalne Centrum Polityki Społecznej w Łodzi.' }),
  /** Online with a platform, in person with a place, or unknown. */
  forma: format.meta({ title: 'Forma spotkania', description: 'Online (z platformą), stacjonarna (z miejscem) albo nieznana.' }),
  /** Municipality types the meeting was for. */
  odbiorcy: municipalityTypes().meta({ title: 'Dla jakich gmin', description: 'Typy gmin, do których skierowano spotkanie.' }),
  /** Who took part, as the source puts it, e.g. „przedstawiciele JST i pracownicy socjalni”. */
  uczestnicy: z.string().optional().meta({ title: 'Uczestnicy', description: 'Kto brał udział, tak jak podaje źródło, np. „przedstawiciele JST i pracownicy socjalni”.' }),
  /** Speakers with their roles where known. */
  prelegenci: optionalListOf(
    z.strictObject({
      imie_nazwisko: text('imie_nazwisko: Katarzyna Maciołek').meta({ title: 'Imię i nazwisko' }),
      /** Role or title as the source gives it. */
      rola: z.string().optional().meta({ title: 'Rola', description: 'Funkcja lub stanowisko, tak jak podaje źródło.' }),
    }),
    '[{ imie_nazwisko: Jan Kowalski, rola: dyrektor }]',
  ).meta({ title: 'Prelegenci' }),
  /** Topics discussed. */
  tematy: optionalListOf(z.string().min(1), '[Założenia Modelu Kooperacji]').meta({ title: 'Tematy', description: 'Tematy omawiane na spotkaniu.' }),
  zrodla: sources(),
  /** Day the report was put on the site (RRRR-MM-DD); the feed lists newest first by it. */
  dodano: addedOn(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type MeetingData = z.output<typeof meetingSchema>;
