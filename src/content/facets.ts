/**
 * Search filters, declared once as data: each facet's key (Pagefind filter
 * name and URL parameter), label, values (slug in the URL, Polish display form
 * in the index) and how a page gets its values. The search page, the indexer,
 * the page tags and the share cards iterate this list; the browser reads the
 * keys from the page, so a new filter is a new item here.
 */
import { MUNICIPALITY_TYPES, municipalityType, type MunicipalityTypeId } from '../domain/municipalities.ts';
import { ADDRESSEES, AREAS } from '../domain/vocabulary.ts';
import type { AnyEntry } from './entries.ts';
import { KINDS, typesOf, type ContentKindId } from './kinds.ts';

export interface FacetValue {
  readonly slug: string;
  readonly label: string;
}

/** What a facet reads its values from: an entry page, or a PDF (of a tool, or a bundle of one municipality type). */
export interface FacetSubject {
  readonly kind: ContentKindId | 'pdf';
  readonly types: readonly MunicipalityTypeId[];
  /** The entry of the page, or the tool of a PDF. */
  readonly entry?: AnyEntry | undefined;
}

export interface Facet {
  /** Pagefind filter name and URL parameter. */
  readonly key: string;
  readonly label: string;
  /** The facet after „według” (genitive): „typu gminy”. */
  readonly by: string;
  readonly values: readonly FacetValue[];
  /** The slugs of the values a page has, in the order they are shown. */
  valuesOf(subject: FacetSubject): readonly string[];
}

/** The kind of a downloadable PDF, next to the content kinds. */
export const PDF_KIND: FacetValue = { slug: 'pdf', label: 'plik PDF' };

export const FACETS: readonly Facet[] = [
  {
    key: 'typ',
    label: 'Typ gminy',
    by: 'typu gminy',
    values: MUNICIPALITY_TYPES.map((t) => ({ slug: t.slug, label: t.plural })),
    valuesOf: (s) => s.types.map((t) => municipalityType(t).slug),
  },
  {
    key: 'rodzaj',
    label: 'Rodzaj treści',
    by: 'rodzaju treści',
    values: [...KINDS.map((k) => ({ slug: k.id, label: k.searchLabel })), PDF_KIND],
    valuesOf: (s) => [s.kind],
  },
  {
    key: 'obszar',
    label: 'Obszar rekomendacji',
    by: 'obszaru',
    values: AREAS.map((a) => ({ slug: a.id, label: a.label })),
    valuesOf: (s) => (s.kind === 'rekomendacja' && s.entry?.kind === 'rekomendacja' ? [s.entry.data.obszar] : []),
  },
  {
    key: 'adresat',
    label: 'Adresat rekomendacji',
    by: 'adresata',
    values: ADDRESSEES.map((a) => ({ slug: a.id, label: a.label })),
    valuesOf: (s) => (s.kind === 'rekomendacja' && s.entry?.kind === 'rekomendacja' ? s.entry.data.adresaci : []),
  },
];

/** Selected or stored values by facet key. */
export type FilterValues = Partial<Record<string, string[]>>;

/** An entry page as the facets see it. */
export const subjectOf = (entry: AnyEntry): FacetSubject => ({ kind: entry.kind, types: typesOf(entry), entry });

/** The filter values of a page or PDF, as Pagefind stores them (display forms); facets without a value are left out. */
export function filtersFor(subject: FacetSubject, facets: readonly Facet[] = FACETS): FilterValues {
  return Object.fromEntries(
    facets.flatMap((f) => {
      const labels = f.valuesOf(subject).map((slug) => f.values.find((v) => v.slug === slug)?.label ?? slug);
      return labels.length > 0 ? [[f.key, labels]] : [];
    }),
  );
}
