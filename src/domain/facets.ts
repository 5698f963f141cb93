/**
 * Search filters: municipality type, content kind and recommendation area.
 * Their values are the Polish display forms from the domain module; the URL
 * of the search page carries the slugs.
 */
import { CONTENT_KINDS, type ContentKindId } from './kinds.ts';
import { MUNICIPALITY_TYPES, municipalityType, type MunicipalityTypeId } from './municipalities.ts';
import { AREAS, label, type AreaId } from './vocabulary.ts';

export interface FacetValue {
  readonly slug: string;
  readonly label: string;
}

export interface Facet {
  /** Pagefind filter name and URL parameter. */
  readonly key: 'typ' | 'rodzaj' | 'obszar';
  readonly label: string;
  readonly values: readonly FacetValue[];
}

/** The kind of a downloadable PDF, next to the content kinds. */
export const PDF_KIND: FacetValue = { slug: 'pdf', label: 'plik PDF' };

export const FACETS: readonly Facet[] = [
  { key: 'typ', label: 'Typ gminy', values: MUNICIPALITY_TYPES.map((t) => ({ slug: t.slug, label: t.plural })) },
  { key: 'rodzaj', label: 'Rodzaj treści', values: [...CONTENT_KINDS.map((k) => ({ slug: k.id, label: k.singular })), PDF_KIND] },
  { key: 'obszar', label: 'Obszar rekomendacji', values: AREAS.map((a) => ({ slug: a.id, label: a.label })) },
];

export type FilterValues = Partial<Record<Facet['key'], string[]>>;

/** The filter values of an entry, as Pagefind stores them (display forms). */
export function filtersFor(kind: ContentKindId | 'pdf', types: readonly MunicipalityTypeId[], area?: AreaId): FilterValues {
  return {
    typ: types.map((t) => municipalityType(t).plural),
    rodzaj: [kind === 'pdf' ? PDF_KIND.label : CONTENT_KINDS.find((k) => k.id === kind)!.singular],
    ...(area ? { obszar: [label(AREAS, area)] } : {}),
  };
}
