/**
 * The search state lives in the URL, so a journalist can share a search:
 * `/tim-kiem/?q=đường&don-vi=phuong-tran-phu&trang-thai=overdue&sap-xep=moi-nhat`.
 * Pure: parsing never throws, and values that are not ids are dropped.
 */
import { normalizeQueryText } from './query.ts';
import { SEARCH_FILTERS, SEARCH_SORT_KEY, SEARCH_SORTS, type SearchFilterKey, type SearchSort } from './page-types.ts';

export interface SearchState {
  /** What the reader typed, tidied (normalizeQueryText). */
  q: string;
  /** At most one value per filter: a unit id, a pillar slug, a status id, a year. */
  filters: Partial<Record<SearchFilterKey, string>>;
  sort: SearchSort;
}

/** Filter values are ids: lower-case ASCII letters, digits and hyphens. */
const FILTER_VALUE = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * Reads the state from a query string or URLSearchParams. Unknown parameters,
 * unknown sorts and values that are not ids are ignored.
 *
 * @example
 * parseSearchState('?q=Tran+Phu&don-vi=phuong-tran-phu&sap-xep=moi-nhat');
 * // { q: 'Tran Phu', filters: { unit: 'phuong-tran-phu' }, sort: 'newest' }
 * parseSearchState('?don-vi=<script>'); // { q: '', filters: {}, sort: 'relevance' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter.param)?.trim().toLowerCase();
    if (value && FILTER_VALUE.test(value)) filters[filter.key] = value;
  }
  const sortParam = params.get('sap-xep');
  const sort = SEARCH_SORTS.find((candidate) => candidate.param === sortParam)?.id ?? 'relevance';
  return { q: normalizeQueryText(params.get('q') ?? ''), filters, sort };
}

/**
 * Writes the state as URL parameters, in a fixed order, leaving out empty
 * values and the default sort, so equal searches share one address.
 *
 * @example
 * searchStateToParams({ q: 'đường', filters: { unit: 'phuong-tran-phu' }, sort: 'relevance' }).toString();
 * // 'q=%C4%91%C6%B0%E1%BB%9Dng&don-vi=phuong-tran-phu'
 */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const filter of SEARCH_FILTERS) {
    const value = state.filters[filter.key];
    if (value) params.set(filter.param, value);
  }
  const sort = SEARCH_SORTS.find((candidate) => candidate.id === state.sort);
  if (sort && sort.id !== 'relevance') params.set('sap-xep', sort.param);
  return params;
}

/**
 * The address of a search, on the search page at `base`.
 * @example searchStateToHref({ q: '1.4', filters: {}, sort: 'relevance' }, '/tim-kiem/'); // '/tim-kiem/?q=1.4'
 */
export function searchStateToHref(state: SearchState, base: string): string {
  const query = searchStateToParams(state).toString();
  return query ? `${base}?${query}` : base;
}

/** Whether there is anything to search for: words, or at least one filter. */
export function hasSearchInput(state: SearchState): boolean {
  return state.q.length > 0 || Object.keys(state.filters).length > 0;
}

/** Whether any filter is set. */
export function hasFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0;
}

/**
 * Pagefind's `filters` option for the state, optionally leaving one filter
 * out (to count the values of that filter: see facetQueries).
 *
 * @example toPagefindFilters({ q: '', filters: { unit: 'a', status: 'overdue' }, sort: 'relevance' }, 'unit');
 * // { status: 'overdue' }
 */
export function toPagefindFilters(state: SearchState, except?: SearchFilterKey): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(state.filters)) {
    if (key !== except && value) filters[key] = value;
  }
  return filters;
}

/**
 * Pagefind's `sort` option for the state; relevance is Pagefind's default.
 * @example toPagefindSort('newest'); // { date: 'desc' }
 */
export function toPagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  if (sort === 'newest') return { [SEARCH_SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [SEARCH_SORT_KEY]: 'asc' };
  return {};
}

/** One Pagefind search the page runs for a state. */
export interface PlannedSearch {
  /** The filter whose counts this search provides; undefined for the main search (results and the other counts). */
  facet?: SearchFilterKey;
  filters: Record<string, string>;
}

/**
 * The searches that give the results and correct counts for every filter.
 * A filter's counts must ignore its own selection (choosing another unit
 * replaces the one chosen), so each filter that is set gets a search without
 * it; the main search gives the results and the counts of the filters not set.
 *
 * @example
 * planSearches({ q: 'a', filters: { unit: 'x' }, sort: 'relevance' });
 * // [{ filters: { unit: 'x' } }, { facet: 'unit', filters: {} }]
 */
export function planSearches(state: SearchState): PlannedSearch[] {
  const main: PlannedSearch = { filters: toPagefindFilters(state) };
  const facets = SEARCH_FILTERS.filter((filter) => state.filters[filter.key]).map(
    (filter): PlannedSearch => ({ facet: filter.key, filters: toPagefindFilters(state, filter.key) }),
  );
  return [main, ...facets];
}
