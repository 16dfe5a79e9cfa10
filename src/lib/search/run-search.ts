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
  /** Loads the index chunks a term needs, without searching; the page calls it while the reader types. */
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
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
 * The quoted form of an unquoted query of two words or more, for Pagefind's
 * phrase search (its words next to each other, in order); undefined for one
 * word or a query already quoted. Pagefind matches the phrase on the words
 * with their marks stripped, so "dang ky" finds "đăng ký" as a phrase but not
 * "định dạng … ký" or "Người ký … Đặng".
 *
 * @example phraseOf('dang ky'); // '"dang ky"'
 * @example phraseOf('"dang ky"'); // undefined (already a phrase)
 * @example phraseOf('1\u20244'); // undefined (one word)
 */
export function phraseOf(term: string): string | undefined {
  const words = term.trim().split(/\s+/);
  if (words.length < 2 || /^".*"$/.test(term.trim()) || term.includes('"')) return undefined;
  return `"${words.join(' ')}"`;
}

/**
 * The pages of `phrase` in the order `words` ranks them. Pagefind scores a
 * phrase search without its metadata weights (the title), so the phrase
 * matches all tie; the words' own ranking orders them ("ha tang so" lists the
 * pillar "Hạ tầng số" first among the pages with the phrase).
 */
function inRankingOf(words: readonly LazyResult[], phrase: readonly LazyResult[] | undefined): LazyResult[] {
  if (!phrase) return [];
  // The phrase's own results are kept: their match positions are the phrase's, so the snippet shows it.
  const rank = new Map(words.map((result, index) => [result.id, index]));
  const at = (result: LazyResult) => rank.get(result.id) ?? Number.MAX_SAFE_INTEGER;
  return [...phrase].sort((a, b) => at(a) - at(b));
}

/** Results of several searches, best tier first, each page once (in its first tier). */
function mergeTiers(tiers: readonly LazyResult[][]): LazyResult[] {
  const seen = new Set<string>();
  const merged: LazyResult[] = [];
  for (const tier of tiers) {
    for (const result of tier) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return merged;
}

/**
 * Searches for a state: the words (spelled as the index is), the filters, the
 * order, and the counts for every filter. Words are optional: filters alone
 * list every page that has them, newest first.
 *
 * Ranked by relevance, results come in tiers, each in Pagefind's own order:
 * 1. Words typed with diacritics are also searched with the diacritics matched
 *    exactly (Pagefind's `exactDiacritics`); those matches come first. A
 *    half-typed query ("chuyen đổi so") has no exact match and simply gets
 *    the loose results.
 * 2. Within each of those, a query of two words or more is also searched as a
 *    phrase (phraseOf): pages where the words stand next to each other come
 *    before pages where they are scattered. "dang ky" lists the pages with
 *    "đăng ký" before "Dữ liệu mở" (which has "định dạng") and the plan
 *    (which has "Người ký" and "Đặng").
 * The phrase passes read the same index chunks as the loose one: no extra bytes.
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
  const byRelevance = term !== null && state.sort === 'relevance';
  const phrase = byRelevance ? phraseOf(term) : undefined;
  const [loose, loosePhrase] = await searchPass(api, term, phrase, state, false, counts);
  if (!byRelevance || !hasDiacritics(state.q)) return { ...loose, results: mergeTiers([inRankingOf(loose.results, loosePhrase?.results), loose.results]) };
  const [exact, exactPhrase] = await searchPass(api, term, phrase, state, true, false);
  return {
    results: mergeTiers([inRankingOf(exact.results, exactPhrase?.results), exact.results, inRankingOf(loose.results, loosePhrase?.results), loose.results]),
    counts: loose.counts,
    exact: exact.results.length,
  };
}

/**
 * The words, and their phrase when there is one, with one setting of
 * `exactDiacritics`. Pagefind reads that option when a search runs, so both
 * searches of a pass finish before the option changes.
 */
async function searchPass(
  api: PagefindApi,
  term: string | null,
  phrase: string | undefined,
  state: SearchState,
  exactDiacritics: boolean,
  counts: boolean,
): Promise<[SearchOutcome, SearchOutcome | undefined]> {
  await api.options({ exactDiacritics });
  return Promise.all([searchOnce(api, term, state, counts), phrase === undefined ? undefined : searchOnce(api, phrase, state, false)]);
}

async function searchOnce(api: PagefindApi, term: string | null, state: SearchState, counts: boolean): Promise<SearchOutcome> {
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
