/**
 * The page-size budget (issue 18): at province scale (1,616 units, 10,000 posts) no HTML page may
 * exceed 300 KB. The benchmark reports the largest page at each scale; the shipped-site test holds
 * every page of the shipped build to the same budget.
 */

/** The most HTML one page may weigh, in bytes (300 KB, decimal as the issue states it). */
export const PAGE_HTML_BUDGET_BYTES = 300_000;

/** A built page and the size of its HTML file. */
export interface PageSize {
  /** The file under dist/, e.g. "chi-so/1-3/index.html". */
  file: string;
  bytes: number;
}

/**
 * The `count` largest pages, largest first (ties by file name, so a report is reproducible).
 * @example largestPages([{ file: 'a.html', bytes: 5 }, { file: 'b.html', bytes: 9 }], 1) // [{ file: 'b.html', bytes: 9 }]
 */
export function largestPages(sizes: readonly PageSize[], count = 1): PageSize[] {
  return [...sizes].sort((a, b) => b.bytes - a.bytes || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).slice(0, count);
}

/**
 * The pages over the budget, largest first.
 * @example overBudget([{ file: 'index.html', bytes: 350_000 }]) // [{ file: 'index.html', bytes: 350000 }]
 */
export function overBudget(sizes: readonly PageSize[], budget = PAGE_HTML_BUDGET_BYTES): PageSize[] {
  return largestPages(sizes.filter((size) => size.bytes > budget), sizes.length);
}

/**
 * A size as the benchmark prints it, in KB (1,000 bytes) with one decimal.
 * @example formatKb(521_082) // '521.1 KB'
 */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
