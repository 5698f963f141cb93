/**
 * The three ways to browse recommendations without search: by municipality
 * type, by area and by addressee. Each group has its page, its label and its
 * recommendations (in number order). The recommendations list, the group
 * pages and their links to sibling groups are all drawn from these, so a new
 * value in a vocabulary (src/domain/) gets its page, its link and its count
 * at once.
 */
import { MUNICIPALITY_TYPES } from '../domain/municipalities.ts';
import { ADDRESSEES, AREAS } from '../domain/vocabulary.ts';
import { WORDS as W } from '../domain/words/index.ts';
import type { Content, Recommendation } from './entries.ts';
import { recommendationsFor } from './relations.ts';
import { recommendationsForAddressee, recommendationsForType, recommendationsInArea } from './routes.ts';

export type GroupingId = 'typ' | 'obszar' | 'adresat';

/** One group: the recommendations for one municipality type, in one area or for one addressee. */
export interface RecommendationGroup {
  /** The route parameter of its page: a type's slug, an area's or an addressee's id. */
  readonly param: string;
  /** Site path of its page. */
  readonly path: string;
  /** Link text: „gminy wiejskie”, „Kompetencje i wsparcie kadr”, „policja”. */
  readonly label: string;
  readonly items: readonly Recommendation[];
}

export interface Grouping {
  readonly id: GroupingId;
  /** Lead-in of the list of groups on the recommendations page: „Według obszaru:”. */
  readonly by: string;
  /** Heading of the links to the other groups on a group page: „Inne obszary”. */
  readonly others: string;
  /** How the groups overlap, for a group page's introduction. */
  readonly note: string;
  readonly groups: readonly RecommendationGroup[];
}

/** The groupings in the order the recommendations page lists them. */
export function recommendationGroupings(content: Content): Grouping[] {
  const recs = content.recommendations;
  const R = W.pages.recommendations;
  return [
    {
      id: 'typ',
      by: R.byType,
      others: R.otherTypes,
      note: R.typeNote,
      groups: MUNICIPALITY_TYPES.map((t) => ({ param: t.slug, path: recommendationsForType(t.slug), label: t.plural, items: recommendationsFor(content, t.id) })),
    },
    {
      id: 'obszar',
      by: R.byArea,
      others: R.otherAreas,
      note: R.areaNote,
      groups: AREAS.map((a) => ({ param: a.id, path: recommendationsInArea(a.id), label: a.label, items: recs.filter((r) => r.data.obszar === a.id) })),
    },
    {
      id: 'adresat',
      by: R.byAddressee,
      others: R.otherAddressees,
      note: R.addresseeNote,
      groups: ADDRESSEES.map((a) => ({ param: a.id, path: recommendationsForAddressee(a.id), label: a.label, items: recs.filter((r) => r.data.adresaci.includes(a.id)) })),
    },
  ];
}

/** A grouping and one of its groups, by the group page's route parameter; throws for an unknown one. */
export function recommendationGroup(content: Content, grouping: GroupingId, param: string): { grouping: Grouping; group: RecommendationGroup } {
  const found = recommendationGroupings(content).find((g) => g.id === grouping);
  const group = found?.groups.find((g) => g.param === param);
  if (!found || !group) throw new Error(`No recommendation group ${grouping}/${param}`);
  return { grouping: found, group };
}
