/**
 * The ward and commune ranking at any scale (issue 18): up to {@link FULL_TABLE_MAX_ROWS} units the
 * home page ranks them all; above it, the home page shows the first and the last
 * {@link RANKING_EXCERPT_ROWS} and links to the full ranking, {@link RANKING_PAGE_SIZE} units a page.
 * Same ranks everywhere: every list is cut from one `rankUnits` result.
 */
import type { RankedUnit } from '../dashboard/ranking.ts';
import { paginate, type ListPage } from '../posts/paginate.ts';
import { FULL_TABLE_MAX_ROWS, listsEveryLeadUnit } from './lead-units.ts';

export { FULL_TABLE_MAX_ROWS };

/** Units at the top and at the bottom of the ranking on the home page when it does not rank them all. */
export const RANKING_EXCERPT_ROWS = 10;

/** Units on one page of the full ranking: a row weighs about 1.2 KB of HTML, so a page stays near 150 KB. */
export const RANKING_PAGE_SIZE = 100;

/** What the home page shows of the ranking. */
export interface RankingExcerpt {
  total: number;
  /** The home page ranks every unit. */
  fullTable: boolean;
  /** When cut: the first and the last rows of the ranking (the last include those with no completion, unranked). */
  top: RankedUnit[];
  bottom: RankedUnit[];
  /** When cut: the full ranking's first page and its page count. */
  list: { href: string; pageCount: number } | undefined;
}

/**
 * @example rankingExcerpt(ranked, (n) => `/xep-hang/`).fullTable // true with the shipped 16 wards and communes
 */
export function rankingExcerpt(ranked: readonly RankedUnit[], urlOf: (page: number) => string): RankingExcerpt {
  const fullTable = listsEveryLeadUnit(ranked.length);
  if (fullTable) return { total: ranked.length, fullTable, top: [...ranked], bottom: [], list: undefined };
  return {
    total: ranked.length,
    fullTable,
    top: ranked.slice(0, RANKING_EXCERPT_ROWS),
    bottom: ranked.slice(-RANKING_EXCERPT_ROWS),
    list: { href: urlOf(1), pageCount: Math.ceil(ranked.length / RANKING_PAGE_SIZE) },
  };
}

/**
 * The full ranking page by page; built only when the home page does not rank every unit.
 * @example rankingPages(ranked, urlOf).length // 16 at 1,600 wards and communes; 0 with 16
 */
export function rankingPages(ranked: readonly RankedUnit[], urlOf: (page: number) => string): ListPage<RankedUnit>[] {
  return listsEveryLeadUnit(ranked.length) ? [] : paginate(ranked, RANKING_PAGE_SIZE, urlOf);
}
