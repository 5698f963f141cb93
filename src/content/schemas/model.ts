/** Front matter of `content/modele/*.md`: one model per municipality type. */
import { z } from 'zod';
import { MUNICIPALITY_TYPE_IDS } from '../../domain/municipalities.ts';
import { SECTORS, TIERS, VOIVODESHIPS, ids } from '../../domain/vocabulary.ts';
import { isoMonthOrDate, listOf, oneOf, optionalListOf, shortText, slug, sources, stage, text, updatedOn } from './fields.ts';

const named = () =>
  z.strictObject({
    /** Name of the level, team or role, e.g. „Partnerski Zespół Kooperacyjny”. */
    nazwa: text('nazwa: Partnerski Zespół Kooperacyjny').meta({ title: 'Nazwa', description: 'Np. Partnerski Zespół Kooperacyjny.' }),
    /** Its acronym, if it has one (PZK). */
    skrot: z.string().optional().meta({ title: 'Skrót', description: 'Jeśli jest, np. PZK.' }),
    /** What it is and does, in one or two sentences. */
    opis: text('opis: Lokalne partnerstwo instytucji z różnych sektorów.').meta({ title: 'Opis', description: 'Czym jest i co robi, w jednym–dwóch zdaniach.' }),
  });

export const modelSchema = z.strictObject({
  /** Which municipality type the model is for: wiejska, miejsko-wiejska or miejska. */
  typ_gminy: oneOf(MUNICIPALITY_TYPE_IDS, 'typ gminy').meta({ title: 'Typ gminy', description: 'Dla którego typu gminy jest model.' }),
  /** Page title, e.g. „Model Kooperacji dla gmin wiejskich”. */
  tytul: text('tytul: Model Kooperacji dla gmin wiejskich').meta({ title: 'Tytuł', description: 'Np. Model Kooperacji dla gmin wiejskich.' }),
  /** One or two sentences for search results and link previews (max 200 characters). */
  opis: shortText('opis: Jak gminy wiejskie organizują współpracę instytucji.', 200).meta({ title: 'Krótki opis', description: 'Jedno–dwa zdania do wyników wyszukiwania i podglądu odnośnika (najwyżej 200 znaków).' }),
  /** The project that built the model. */
  projekt: z.strictObject({
    /** Project name without quotes. */
    nazwa: text('nazwa: Liderzy kooperacji').meta({ title: 'Nazwa projektu', description: 'Bez cudzysłowu.' }),
    /** Makroregion number in Roman numerals. */
    makroregion: oneOf(['I', 'II', 'III'], 'makroregion').meta({ title: 'Makroregion', description: 'Numer rzymski: I, II albo III.' }),
    /** Lead institution. */
    lider: text('lider: Regionalny Ośrodek Polityki Społecznej w Rzeszowie').meta({ title: 'Lider', description: 'Instytucja prowadząca projekt.' }),
    /** Partner institutions. */
    partnerzy: listOf(z.string().min(1), '[ROPS w Białymstoku, ROPS w Lublinie]').meta({ title: 'Partnerzy', description: 'Instytucje partnerskie.' }),
  }).meta({ title: 'Projekt', description: 'Projekt, który opracował model.' }),
  /** Voivodeships of the makroregion, lower case: [lubelskie, podlaskie]. */
  wojewodztwa: listOf(z.enum(VOIVODESHIPS, {
    error: (iss) => `„${String(iss.input)}” to nieznane województwo; wpisz nazwę małymi literami, np. świętokrzyskie`,
  }), '[lubelskie, podlaskie]').meta({ title: 'Województwa', description: 'Województwa makroregionu.' }),
  /**
   * The project's regional centre in each voivodeship (the lead and partners by
   * their seat); the page „Gdzie szukać wsparcia” is built from it.
   */
  osrodki: optionalListOf(
    z.strictObject({
      wojewodztwo: z.enum(VOIVODESHIPS, {
        error: (iss) => `„${String(iss.input)}” to nieznane województwo; wpisz nazwę małymi literami, np. świętokrzyskie`,
      }).meta({ title: 'Województwo' }),
      nazwa: text('nazwa: Regionalny Ośrodek Polityki Społecznej w Kielcach').meta({ title: 'Nazwa ośrodka', description: 'Np. Regionalny Ośrodek Polityki Społecznej w Kielcach.' }),
    }),
    '[{ wojewodztwo: świętokrzyskie, nazwa: Regionalny Ośrodek Polityki Społecznej w Kielcach }]',
  ).meta({ title: 'Ośrodki w województwach', description: 'Ośrodek projektu w każdym województwie; z tego powstaje strona „Gdzie szukać wsparcia”.' }),
  /** The project period, to the day or the month the sources give; leave out what is unknown. */
  okres: z.strictObject({
    od: isoMonthOrDate().optional().meta({ title: 'Od', description: 'RRRR-MM (sam miesiąc, np. 2018-04) albo RRRR-MM-DD.' }),
    do: isoMonthOrDate().optional().meta({ title: 'Do', description: 'RRRR-MM (sam miesiąc, np. 2020-12) albo RRRR-MM-DD.' }),
    /** A note on the period, e.g. that sources give two end dates. */
    uwagi: z.string().optional().meta({ title: 'Uwagi o okresie', description: 'Np. że źródła podają dwie daty zakończenia.' }),
  }).meta({ title: 'Okres realizacji', description: 'Z dokładnością do dnia albo miesiąca, jak podają źródła; czego nie wiadomo, nie wpisuj.' }),
  /** Phases of the project in order. */
  fazy: optionalListOf(
    z.strictObject({
      nazwa: text('nazwa: Faza pilotażu').meta({ title: 'Nazwa fazy' }),
      /** Duration as the source gives it, e.g. „18 miesięcy”. */
      czas: z.string().optional().meta({ title: 'Czas trwania', description: 'Tak jak podaje źródło, np. „18 miesięcy”.' }),
      opis: z.string().optional().meta({ title: 'Opis' }),
    }),
    '[{ nazwa: Faza pilotażu, czas: 18 miesięcy }]',
  ).meta({ title: 'Fazy projektu', description: 'Po kolei.' }),
  /** The aim of the model, in a few sentences. */
  cel: text('cel: Wszystkie instytucje gminy i powiatu wspólnie rozwiązują problem rodziny.').meta({ title: 'Cel modelu', multiline: true, description: 'W kilku zdaniach.' }),
  /** Levels on which the model works. */
  poziomy: optionalListOf(named(), '[{ nazwa: poziom instytucji, opis: … }]').meta({ title: 'Poziomy', description: 'Poziomy, na których działa model.' }),
  /** Teams, structures and roles (PZK, ZZK, WZK, animators, the lead institution). */
  struktury: listOf(
    named().extend({
      /** Where it works: projekt, wojewodztwo, powiat or gmina. Drives the structure diagram. */
      szczebel: oneOf(ids(TIERS), 'szczebel').meta({ title: 'Szczebel', description: 'Gdzie działa: projekt, województwo, powiat albo gmina; według niego rysuje się schemat struktury.' }),
    }),
    '[{ nazwa: Partnerski Zespół Kooperacyjny, skrot: PZK, szczebel: gmina, opis: … }]',
  ).meta({ title: 'Zespoły, struktury i role', description: 'PZK, ZZK, WZK, animatorzy, instytucja wiodąca.' }),
  /** Stages of putting the model into practice, each with its steps. */
  etapy: listOf(
    z.strictObject({
      /** Stage id from the controlled list. */
      etap: stage().meta({ title: 'Etap' }),
      /** The stage's heading in this model, in its sources' words; defaults to the shared label. */
      nazwa: z.string().trim().min(1, { error: 'pole jest puste; wpisz nazwę etapu albo usuń pole, np. nazwa: Partnerski Zespół Kooperacji' }).optional().meta({ title: 'Nazwa etapu w tym modelu', description: 'Słowami źródeł; bez tego pola strona pokazuje wspólną nazwę etapu.' }),
      /** Steps within the stage. */
      kroki: listOf(z.string().min(1), '[Zawarcie porozumienia z ROPS]').meta({ title: 'Kroki', description: 'Kroki w ramach etapu.' }),
    }),
    '[{ etap: porozumienie, kroki: [Zawarcie porozumienia] }]',
  ).meta({ title: 'Etapy', description: 'Etapy wdrażania modelu, każdy z krokami.' }),
  /** Whether the order of stages is documented in sources or inferred from pilot practice. */
  kolejnosc_etapow: oneOf(['udokumentowana', 'wywnioskowana'], 'rodzaj kolejności').meta({ title: 'Kolejność etapów', description: 'udokumentowana (w źródłach) albo wywnioskowana (z praktyki pilotaży).' }),
  /** Sectors taking part. */
  sektory: listOf(oneOf(ids(SECTORS), 'sektor'), '[pomoc-spoleczna, edukacja, policja]').meta({ title: 'Sektory', description: 'Sektory biorące udział we współpracy.' }),
  /** Benefits seen in the pilots. */
  korzysci: listOf(z.string().min(1), '[Lepsze wykorzystanie lokalnych zasobów]').meta({ title: 'Korzyści', description: 'Korzyści zaobserwowane w pilotażach.' }),
  /** Public sources of the facts on the page. */
  zrodla: sources(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type ModelData = z.output<typeof modelSchema>;
