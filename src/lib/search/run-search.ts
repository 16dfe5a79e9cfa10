/**
 * Runs one search state against Pagefind's search API. The browser passes the
 * module loaded from /pagefind/pagefind.js; the Node tests pass the same
 * module loaded from a built fixture, so both exercise this code.
 */
import { SEARCH_FILTER_KEYS } from './page-types.ts';
import { hasDiacritics, toPagefindTerm } from './query.ts';
import type { PagefindResultData } from './result.ts';
import { hasFilters, planSearches, toPagefindSort, type SearchState } from './url-state.ts';

/** Counts per filter value: `{ unit: { 'phuong-tran-phu': 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One result before its data is fetched; fetching costs one fragment request. */
export interface LazyResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/**
 * The part of Pagefind's JS API (pagefind.js) the portal uses. Call
 * `options()` with the shared options, then `init()`, before searching:
 * before init, each `options()` call replaces the previous one.
 */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: LazyResult[]; filters: FilterCounts; totalFilters?: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

export interface SearchOptions {
  /**
   * Count every filter's values. Costs every filter file of the index (67 KB
   * at 10,000 pages, BENCHMARKS.md), so the page asks for counts only once the
   * reader opens the filters or has chosen one.
   */
  counts?: boolean;
}

export interface SearchOutcome {
  /** In display order; fetch each one's data when it is shown. */
  results: LazyResult[];
  /** For each filter, how many results each of its values would give with the other filters kept; empty without `counts`. */
  counts: FilterCounts;
  /** How many results match the words with their diacritics exactly (listed first); undefined when typed without diacritics. */
  exact?: number;
}

/**
 * Searches for a state: the words (spelled as the index is), the filters, the
 * order, and the counts for every filter. Words are optional: filters alone
 * list every page that has them, newest first.
 *
 * Words typed with diacritics are searched twice: loosely (any diacritics,
 * which finds everything and gives the counts), then with the diacritics
 * matched exactly; the exact matches come first, the rest follow in their own
 * order. A half-typed query ("chuyen đổi so") has no exact match and simply
 * gets the loose results.
 *
 * @example
 * const { results, counts } = await runSearch(pagefind, parseSearchState('?q=duong&don-vi=phuong-tran-phu'));
 * (await results[0].data()).url; // '/chuyen-doi-so/…/'
 * counts.unit['phuong-tran-phu']; // 4
 */
export async function runSearch(api: PagefindApi, state: SearchState, { counts = true }: SearchOptions = {}): Promise<SearchOutcome> {
  const term = toPagefindTerm(state.q) || null;
  // Pagefind counts only the filters whose data it has loaded; filters() loads them all (once).
  const totals = counts ? await api.filters() : {};
  if (term === null && !hasFilters(state)) return { results: [], counts: totals };
  const loose = await searchOnce(api, term, state, false, counts);
  if (term === null || !hasDiacritics(state.q) || state.sort !== 'relevance') return loose;
  const exact = await searchOnce(api, term, state, true, false);
  const first = new Set(exact.results.map((result) => result.id));
  return {
    results: [...exact.results, ...loose.results.filter((result) => !first.has(result.id))],
    counts: loose.counts,
    exact: exact.results.length,
  };
}

async function searchOnce(api: PagefindApi, term: string | null, state: SearchState, exactDiacritics: boolean, counts: boolean): Promise<SearchOutcome> {
  await api.options({ exactDiacritics });
  const sort = toPagefindSort(term === null && state.sort === 'relevance' ? 'newest' : state.sort);
  const planned = counts ? planSearches(state) : planSearches(state).slice(0, 1);
  const responses = await Promise.all(planned.map((search) => api.search(term, { filters: search.filters, sort })));
  const main = responses[0];
  const found: FilterCounts = {};
  if (counts) {
    for (const key of SEARCH_FILTER_KEYS) found[key] = main?.filters[key] ?? {};
    planned.forEach((search, index) => {
      if (search.facet) found[search.facet] = responses[index]?.filters[search.facet] ?? {};
    });
  }
  return { results: main?.results ?? [], counts: found };
}
