/**
 * Recommendations as entries of a list: the number and title, description,
 * and the detail lines (area and municipality types; addressees). One place
 * for what RecommendationList draws and what a page's length estimate counts.
 */
import type { Recommendation } from '../../content/entries.ts';
import { typesLabel } from '../../domain/municipalities.ts';
import { ADDRESSEES, AREAS, label } from '../../domain/vocabulary.ts';
import { WORDS } from '../../domain/words/index.ts';

export interface RecommendationItem {
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly details: readonly string[];
}

export function recommendationItems(items: readonly Recommendation[]): RecommendationItem[] {
  return items.map((r) => ({
    path: r.path,
    title: `${r.data.numer}. ${r.data.tytul}`,
    description: r.data.opis,
    details: [
      `${label(AREAS, r.data.obszar)} · ${typesLabel(r.data.typy_gmin)}`,
      WORDS.pages.recommendations.addresseesLine(r.data.adresaci.map((a) => label(ADDRESSEES, a)).join('; ')),
    ],
  }));
}
