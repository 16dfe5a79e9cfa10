/**
 * Units ranked by completion, for the home table and the `rank` column of
 * the open data: both call this, so they cannot disagree.
 */
import type { UnitKind } from '../content/schemas/taxonomies.ts';
import { tallyOf } from '../progress/distribution.ts';
import type { UnitProgress } from '../progress/rollup.ts';
import { compareVietnamese } from '../text/fold.ts';
import { toPercent } from './percent.ts';

/** The kinds ranked against each other on the home page. */
export const RANKED_KINDS: readonly UnitKind[] = ['ward', 'commune'];

export interface RankedUnit {
  /** 1-based; units with the same displayed percentage share a rank ("1, 2, 2, 4"); undefined without a completion. */
  rank: number | undefined;
  progress: UnitProgress;
  /** Completion as shown, {@link toPercent}. */
  percent: number | undefined;
  done: number;
  /** Assignments that count: all except "không áp dụng". */
  total: number;
  overdue: number;
}

/**
 * Done and countable lead tasks of a unit: the figures of its page's "Hoàn thành 5/16" ({@link tallyOf}).
 * @example doneOfTotal(unitProgress) // { done: 5, total: 16 }
 */
export function doneOfTotal(progress: Pick<UnitProgress, 'counts'>): { done: number; total: number } {
  const tally = tallyOf(progress.counts);
  return { done: tally.done, total: tally.applicable };
}

/**
 * Ranks units by completion, highest first; ties on the displayed percentage
 * share a rank and are ordered by name; units without a completion come last, unranked.
 * @example
 * rankUnits([...summary.units.values()].filter((u) => u.unit.kind === 'ward')).map((r) => r.rank) // [1, 2, 2, 4, …]
 */
export function rankUnits(units: readonly UnitProgress[]): RankedUnit[] {
  const rows = units.map((progress) => ({
    progress,
    percent: toPercent(progress.completion),
    ...doneOfTotal(progress),
    overdue: progress.counts.overdue,
  }));
  rows.sort((a, b) => {
    if (a.percent !== b.percent) return (b.percent ?? -1) - (a.percent ?? -1);
    return compareVietnamese(a.progress.unit.name, b.progress.unit.name);
  });
  const ranked: RankedUnit[] = [];
  rows.forEach((row, index) => {
    const previous = ranked[index - 1];
    const rank = row.percent === undefined ? undefined : previous && previous.percent === row.percent ? previous.rank : index + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
}
