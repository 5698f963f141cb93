/** Front matter of `content/modele/*.md`: one model per municipality type. */
import { z } from 'zod';
import { MUNICIPALITY_TYPE_IDS } from '../../domain/municipalities.ts';
import { SECTORS, TIERS, VOIVODESHIPS, ids } from '../../domain/vocabulary.ts';
import { isoMonthOrDate, listOf, oneOf, optionalListOf, shortText, slug, sources, stage, text, updatedOn } from './fields.ts';

const named = () =>
  z.strictObject({
    /** Name of the level, team or role, e.g. „Partnerski Zespół Kooperacyjny”. */
    nazwa: text('nazwa: Partnerski Zespół Kooperacyjny'),
    /** Its acronym, if it has one (PZK). */
    skrot: z.string().optional(),
    /** What it is and does, in one or two sentences. */
    opis: text('opis: Lokalne partnerstwo instytucji z różnych sektorów.'),
  });

export const modelSchema = z.strictObject({
  /** Which municipality type the model is for: wiejska, miejsko-wiejska or miejska. */
  typ_gminy: oneOf(MUNICIPALITY_TYPE_IDS, 'typ gminy'),
  /** Page title, e.g. „Model Kooperacji dla gmin wiejskich”. */
  tytul: text('tytul: Model Kooperacji dla gmin wiejskich'),
  /** One or two sentences for search results and link previews (max 200 characters). */
  opis: shortText('opis: Jak gminy wiejskie organizują współpracę instytucji.', 200),
  /** The project that built the model. */
  projekt: z.strictObject({
    /** Project name without quotes. */
    nazwa: text('nazwa: Liderzy kooperacji'),
    /** Makroregion number in Roman numerals. */
    makroregion: oneOf(['I', 'II', 'III'], 'makroregion'),
    /** Lead institution. */
    lider: text('lider: Regionalny Ośrodek Polityki Społecznej w Rzeszowie'),
    /** Partner institutions. */
    partnerzy: listOf(z.string().min(1), '[ROPS w Białymstoku, ROPS w Lublinie]'),
  }),
  /** Voivodeships of the makroregion, lower case: [lubelskie, podlaskie]. */
  wojewodztwa: listOf(z.enum(VOIVODESHIPS, {
    error: (iss) => `„${String(iss.input)}” to nieznane województwo; wpisz nazwę małymi literami, np. świętokrzyskie`,
  }), '[lubelskie, podlaskie]'),
  /**
   * The project's regional centre in each voivodeship (the lead and partners by
   * their seat); the page „Gdzie szukać wsparcia” is built from it.
   */
  osrodki: optionalListOf(
    z.strictObject({
      wojewodztwo: z.enum(VOIVODESHIPS, {
        error: (iss) => `„${String(iss.input)}” to nieznane województwo; wpisz nazwę małymi literami, np. świętokrzyskie`,
      }),
      nazwa: text('nazwa: Regionalny Ośrodek Polityki Społecznej w Kielcach'),
    }),
    '[{ wojewodztwo: świętokrzyskie, nazwa: Regionalny Ośrodek Polityki Społecznej w Kielcach }]',
  ),
  /** The project period, to the day or the month the sources give; leave out what is unknown. */
  okres: z.strictObject({
    od: isoMonthOrDate().optional(),
    do: isoMonthOrDate().optional(),
    /** A note on the period, e.g. that sources give two end dates. */
    uwagi: z.string().optional(),
  }),
  /** Phases of the project in order. */
  fazy: optionalListOf(
    z.strictObject({
      nazwa: text('nazwa: Faza pilotażu'),
      /** Duration as the source gives it, e.g. „18 miesięcy”. */
      czas: z.string().optional(),
      opis: z.string().optional(),
    }),
    '[{ nazwa: Faza pilotażu, czas: 18 miesięcy }]',
  ),
  /** The aim of the model, in a few sentences. */
  cel: text('cel: Wszystkie instytucje gminy i powiatu wspólnie rozwiązują problem rodziny.'),
  /** Levels on which the model works. */
  poziomy: optionalListOf(named(), '[{ nazwa: poziom instytucji, opis: … }]'),
  /** Teams, structures and roles (PZK, ZZK, WZK, animators, the lead institution). */
  struktury: listOf(
    named().extend({
      /** Where it works: projekt, wojewodztwo, powiat or gmina. Drives the structure diagram. */
      szczebel: oneOf(ids(TIERS), 'szczebel'),
    }),
    '[{ nazwa: Partnerski Zespół Kooperacyjny, skrot: PZK, szczebel: gmina, opis: … }]',
  ),
  /** Stages of putting the model into practice, each with its steps. */
  etapy: listOf(
    z.strictObject({
      /** Stage id from the controlled list. */
      etap: stage(),
      /** The stage's heading in this model, in its sources' words; defaults to the shared label. */
      nazwa: z.string().trim().min(1, { error: 'pole jest puste; wpisz nazwę etapu albo usuń pole, np. nazwa: Partnerski Zespół Kooperacji' }).optional(),
      /** Steps within the stage. */
      kroki: listOf(z.string().min(1), '[Zawarcie porozumienia z ROPS]'),
    }),
    '[{ etap: porozumienie, kroki: [Zawarcie porozumienia] }]',
  ),
  /** Whether the order of stages is documented in sources or inferred from pilot practice. */
  kolejnosc_etapow: oneOf(['udokumentowana', 'wywnioskowana'], 'rodzaj kolejności'),
  /** Sectors taking part. */
  sektory: listOf(oneOf(ids(SECTORS), 'sektor'), '[pomoc-spoleczna, edukacja, policja]'),
  /** Benefits seen in the pilots. */
  korzysci: listOf(z.string().min(1), '[Lepsze wykorzystanie lokalnych zasobów]'),
  /** Public sources of the facts on the page. */
  zrodla: sources(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type ModelData = z.output<typeof modelSchema>;
