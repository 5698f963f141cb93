/**
 * The search page's state in its address: the query (`q`), for every facet
 * the page offers the selected value slugs under the facet's key, and how
 * many pages of results are shown (`strona`, after „Pokaż więcej”). The facet
 * keys come from the page (its filter fieldsets), never from a list written
 * here, so a new facet is carried in shared addresses as soon as it is shown.
 */
import type { FilterValues } from '../content/facets.ts';

/** Results shown at first and added by each „Pokaż więcej”. */
export const PAGE_SIZE = 20;
/** The address parameter of the number of result pages shown. */
export const PAGES_PARAM = 'strona';
/** More pages than anyone clicks through; an address asking for more is read as this. */
const MAX_PAGES = 50;

export interface SearchState {
  readonly query: string;
  readonly filters: FilterValues;
  /** Pages of results shown, 1 or more. */
  readonly pages: number;
}

/** Reads the query, the values of the given facet keys and the pages shown from `?q=…&typ=…&strona=2`. */
export function readState(search: string, facetKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterValues = {};
  for (const key of facetKeys) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  const pages = Number(params.get(PAGES_PARAM));
  return { query: params.get('q') ?? '', filters, pages: Number.isInteger(pages) && pages > 1 ? Math.min(pages, MAX_PAGES) : 1 };
}

/** „?q=…&typ=…&strona=2” for a query, filters (slugs) and pages shown, or '' when there is nothing to keep. */
export function queryString(query: string, filters: FilterValues = {}, pages = 1): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, values] of Object.entries(filters)) for (const v of values ?? []) params.append(key, v);
  if (pages > 1 && params.size > 0) params.set(PAGES_PARAM, String(pages));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}
