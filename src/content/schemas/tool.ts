/** Front matter of `content/narzedzia/*.md`: templates municipalities fill in. */
import { z } from 'zod';
import { MUNICIPALITY_TYPE_IDS } from '../../domain/municipalities.ts';
import { addedOn, describeInput, entryRef, municipalityTypes, oneOf, optionalListOf, positiveInt, shortText, slug, source, stage, text, updatedOn } from './fields.ts';

export const toolSchema = z.strictObject({
  /** Name of the template. */
  tytul: text('tytul: Deklaracja przystąpienia do partnerskiego zespołu kooperacyjnego').meta({ title: 'Nazwa wzoru' }),
  /** One or two sentences for lists and search results (max 200 characters). */
  opis: shortText('opis: Wzór deklaracji, którą instytucja przystępuje do PZK.', 200).meta({ title: 'Krótki opis', description: 'Jedno–dwa zdania do list i wyników wyszukiwania (najwyżej 200 znaków).' }),
  /** What the template is for. */
  cel: text('cel: Potwierdza udział instytucji w zespole.').meta({ title: 'Cel', multiline: true, description: 'Do czego służy wzór.' }),
  /** Who fills it in. */
  kto_wypelnia: text('kto_wypelnia: kierownik instytucji przystępującej do zespołu').meta({ title: 'Kto wypełnia' }),
  /** When it is filled in. */
  kiedy: text('kiedy: przed pierwszym posiedzeniem zespołu').meta({ title: 'Kiedy', description: 'Kiedy się go wypełnia.' }),
  /** The stage of the model it serves. */
  etap: stage().meta({ title: 'Etap modelu', description: 'Etap, któremu służy wzór.' }),
  /** Municipality types whose bundle includes it. */
  typy_gmin: municipalityTypes().meta({ title: 'Typy gmin', description: 'Pakiety PDF tych typów gmin zawierają wzór.' }),
  /**
   * Municipality types whose model's sources name this kind of document or tool
   * (e.g. the list of activities and services in the rural model). For the other
   * types in `typy_gmin` the template is the site's own proposal, and pages say so.
   */
  w_zrodlach: optionalListOf(oneOf(MUNICIPALITY_TYPE_IDS, 'typ gminy'), '[wiejska]').meta({ title: 'W źródłach', description: 'Typy gmin, których źródła wymieniają taki dokument lub narzędzie; dla pozostałych wzór jest propozycją serwisu.' }),
  /** Position within each bundle (1 comes first). */
  kolejnosc: positiveInt('kolejnosc: 3').meta({ title: 'Kolejność w pakiecie', description: 'Miejsce wśród narzędzi tego samego etapu (1 – pierwsze).' }),
  /** An existing PDF to append, as a path under content/pliki/, e.g. /pliki/formularz.pdf. */
  zalacznik: z
    .string({ error: 'wpisz ścieżkę pliku PDF, np. /pliki/formularz.pdf' })
    .regex(/^\/pliki\/[^\s]+\.pdf$/i, {
      error: (iss) => `${describeInput(iss.input)} nie jest ścieżką pliku PDF; wpisz ją tak: /pliki/formularz.pdf`,
    })
    .optional().meta({ title: 'Załącznik PDF', description: 'Gotowy PDF z content/pliki dołączany za narzędziem w pakiecie, np. /pliki/formularz.pdf.' }),
  /** Related entries. */
  powiazane: optionalListOf(entryRef(), '[rekomendacje/r01-partnerski-zespol]').meta({ title: 'Powiązane wpisy' }),
  /** Sources the template is based on, if any. */
  zrodla: optionalListOf(source(), '[{ tytul: …, url: https://… }]').meta({ title: 'Źródła', description: 'Źródła, na których oparto wzór, jeśli są.' }),
  /** Day the template was put on the site (RRRR-MM-DD); the feed lists newest first by it. */
  dodano: addedOn(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type ToolData = z.output<typeof toolSchema>;
