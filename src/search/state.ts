/**
 * The search page's state in its address: the query (`q`) and, for every
 * facet the page offers, the selected value slugs under the facet's key. The
 * keys come from the page (its filter fieldsets), never from a list written
 * here, so a new facet is carried in shared addresses as soon as it is shown.
 */
import type { FilterValues } from '../content/facets.ts';

export interface SearchState {
  readonly query: string;
  readonly filters: FilterValues;
}

/** Reads the query and the values of the given facet keys from `?q=…&typ=…`. */
export function readState(search: string, facetKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterValues = {};
  for (const key of facetKeys) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

/** „?q=…&typ=…” for a query and filters (slugs), or '' when there is neither. */
export function queryString(query: string, filters: FilterValues = {}): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, values] of Object.entries(filters)) for (const v of values ?? []) params.append(key, v);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}
