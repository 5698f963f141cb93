/** Front matter of `content/rekomendacje/*.md`. */
import { z } from 'zod';
import { ADDRESSEES, AREAS, ids } from '../../domain/vocabulary.ts';
import { entryRef, listOf, municipalityTypes, oneOf, optionalListOf, positiveInt, shortText, slug, sources, stage, text, updatedOn } from './fields.ts';

export const recommendationSchema = z.strictObject({
  /** Number, unique among recommendations; sets their order. */
  numer: positiveInt('numer: 7').meta({ title: 'Numer', description: 'Niepowtarzalny wśród rekomendacji; ustala ich kolejność.' }),
  /** The recommendation in one sentence. */
  tytul: text('tytul: Powołajcie partnerski zespół kooperacyjny').meta({ title: 'Rekomendacja', description: 'W jednym zdaniu.' }),
  /** One or two sentences for lists and search results (max 200 characters). */
  opis: shortText('opis: Dlaczego i jak to zrobić.', 200).meta({ title: 'Krótki opis', description: 'Jedno–dwa zdania do list i wyników wyszukiwania (najwyżej 200 znaków).' }),
  /** Municipality types it applies to. */
  typy_gmin: municipalityTypes().meta({ title: 'Typy gmin', description: 'Typy gmin, których dotyczy.' }),
  /** Area from the controlled list. */
  obszar: oneOf(ids(AREAS), 'obszar').meta({ title: 'Obszar' }),
  /** Institutions that should act on it. */
  adresaci: listOf(oneOf(ids(ADDRESSEES), 'adresat'), '[ops, pcpr]').meta({ title: 'Adresaci', description: 'Instytucje, które powinny działać.' }),
  /** Stages of the model it serves. */
  etapy: optionalListOf(stage(), '[diagnoza, plan-wsparcia]').meta({ title: 'Etapy modelu', description: 'Etapy, którym służy.' }),
  /** Related entries: tools, reports, other recommendations. */
  powiazane: optionalListOf(entryRef(), '[narzedzia/deklaracja-przystapienia]').meta({ title: 'Powiązane wpisy', description: 'Narzędzia, relacje, inne rekomendacje.' }),
  zrodla: sources(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type RecommendationData = z.output<typeof recommendationSchema>;
