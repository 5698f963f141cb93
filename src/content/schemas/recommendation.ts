/** Front matter of `content/rekomendacje/*.md`. */
import { z } from 'zod';
import { ADDRESSEES, AREAS, ids } from '../../domain/vocabulary.ts';
import { entryRef, listOf, municipalityTypes, oneOf, optionalListOf, positiveInt, shortText, slug, sources, stage, text, updatedOn } from './fields.ts';

export const recommendationSchema = z.strictObject({
  /** Number, unique among recommendations; sets their order. */
  numer: positiveInt('numer: 7'),
  /** The recommendation in one sentence. */
  tytul: text('tytul: Powołajcie partnerski zespół kooperacyjny'),
  /** One or two sentences for lists and search results (max 200 characters). */
  opis: shortText('opis: Dlaczego i jak to zrobić.', 200),
  /** Municipality types it applies to. */
  typy_gmin: municipalityTypes(),
  /** Area from the controlled list. */
  obszar: oneOf(ids(AREAS), 'obszar'),
  /** Institutions that should act on it. */
  adresaci: listOf(oneOf(ids(ADDRESSEES), 'adresat'), '[ops, pcpr]'),
  /** Stages of the model it serves. */
  etapy: optionalListOf(stage(), '[diagnoza, plan-wsparcia]'),
  /** Related entries: tools, reports, other recommendations. */
  powiazane: optionalListOf(entryRef(), '[narzedzia/deklaracja-przystapienia]'),
  zrodla: sources(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type RecommendationData = z.output<typeof recommendationSchema>;
