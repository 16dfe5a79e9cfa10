/**
 * The HTML pages of a built site, for the build benchmark: how many, the
 * largest one and how many exceed the page budget (issue 18, point 5: no page
 * over 300 KB at province scale). Sizes and the budget are src/lib/page-budget/'s.
 */
import { largestPages, overBudget } from '../src/lib/page-budget/budget.ts';
import { htmlPageSizes } from '../src/lib/page-budget/sizes-fs.ts';

export interface HtmlPages {
  count: number;
  /** The largest page: its address (`/chi-so/1-4/`) and size in bytes. */
  largest?: { path: string; bytes: number };
  /** Pages over the 300 KB budget. */
  overBudget: number;
}

/** `chi-so/1-4/index.html` → `/chi-so/1-4/`; `404.html` → `/404.html`. */
export const pageAddress = (file: string) => `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Counts the `.html` files under `siteDir`, finds the largest and those over the budget. */
export function htmlPages(siteDir: string): HtmlPages {
  const sizes = htmlPageSizes(siteDir);
  const [largest] = largestPages(sizes);
  return { count: sizes.length, largest: largest && { path: pageAddress(largest.file), bytes: largest.bytes }, overBudget: overBudget(sizes).length };
}
