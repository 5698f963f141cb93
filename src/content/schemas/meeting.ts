/** Front matter of `content/spotkania/*.md`: reports from meetings, conferences and trainings. */
import { z } from 'zod';
import { addedOn, describeInput, isoDate, municipalityTypes, optionalListOf, shortText, slug, sources, text, updatedOn } from './fields.ts';

const format = z.discriminatedUnion(
  'rodzaj',
  [
    z.strictObject({
      rodzaj: z.literal('online'),
      /** The platform, e.g. Cisco Webex Meetings. */
      platforma: text('platforma: Cisco Webex Meetings'),
    }),
    z.strictObject({
      rodzaj: z.literal('stacjonarna'),
      /** The venue, e.g. „Uniwersytet Łódzki”. */
      miejsce: text('miejsce: Uniwersytet Łódzki'),
    }),
    z.strictObject({
      /** The sources do not say how the meeting was held. */
      rodzaj: z.literal('nieznana'),
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
  tytul: text('tytul: Spotkanie edukacyjne dla gmin miejskich'),
  /** One or two sentences for lists and search results (max 200 characters). */
  opis: shortText('opis: Relacja ze spotkania o Modelu Kooperacji.', 200),
  /** Date of the meeting as RRRR-MM-DD, or `nieznana` when no source gives it. */
  data: z.union([z.literal('nieznana'), isoDate()], {
    error: (iss) =>
      `${describeInput(iss.input)} nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15, albo wpisz nieznana`,
  }),
  /** Who organised it. */
  organizator: text('organizator: Regionalne Centrum Polityki Społecznej w Łodzi'),
  /** Online with a platform, in person with a place, or unknown. */
  forma: format,
  /** Municipality types the meeting was for. */
  odbiorcy: municipalityTypes(),
  /** Who took part, as the source puts it, e.g. „przedstawiciele JST i pracownicy socjalni”. */
  uczestnicy: z.string().optional(),
  /** Speakers with their roles where known. */
  prelegenci: optionalListOf(
    z.strictObject({
      imie_nazwisko: text('imie_nazwisko: Katarzyna Maciołek'),
      /** Role or title as the source gives it. */
      rola: z.string().optional(),
    }),
    '[{ imie_nazwisko: Jan Kowalski, rola: dyrektor }]',
  ),
  /** Topics discussed. */
  tematy: optionalListOf(z.string().min(1), '[Założenia Modelu Kooperacji]'),
  zrodla: sources(),
  /** Day the report was put on the site (RRRR-MM-DD); the feed lists newest first by it. */
  dodano: addedOn(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type MeetingData = z.output<typeof meetingSchema>;
