/**
 * Options for Pagefind's search API, shared by the search page and the Node
 * tests so both rank the same way.
 */

/** Words around the match shown in a result. */
export const EXCERPT_LENGTH = 28;

/**
 * Ranking, tuned on the shipped content (BENCHMARKS.md, "Ranking"):
 * - `metaWeights`: Pagefind 1.6 also searches the metadata fields and boosts
 *   pages whose metadata matches. Only the title should count; a date such as
 *   14/10/2024 or a list of units must not lift a page for "14" or "xã".
 * - `termFrequency: 0`: rank by which words a page has and where (title,
 *   headings), not by how often. Indicator pages repeat words such as "đang"
 *   and "kỳ" once per unit in their progress tables; with frequency counted,
 *   "dang ky" listed those before the posts about "đăng ký", and "Song Mai"
 *   listed posts before the commune's own page.
 */
export const PAGEFIND_RANKING = {
  termFrequency: 0,
  metaWeights: { title: 5, type: 0, units: 0, date: 0, status: 0, demo: 0 },
} as const;

/** Options set once, before the first search. */
export const PAGEFIND_SEARCH_OPTIONS = { excerptLength: EXCERPT_LENGTH, ranking: PAGEFIND_RANKING } as const;
