/**
 * The rows of a pillar chart: completion and done/total per pillar, for the
 * city (all assignments) or for one unit (its own assignments).
 */
import type { Pillar } from '../content/schemas/pillar.ts';
import type { PillarProgress, StatusCounts, UnitProgress } from '../progress/rollup.ts';

export interface PillarChartRow {
  pillar: Pillar;
  completion: number | undefined;
  done: number;
  /** Assignments that count: all except "không áp dụng". */
  total: number;
}

const countable = (counts: StatusCounts) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0) - counts['not-applicable'];

/**
 * One row per pillar of the city.
 * @example cityPillarRows(summary.pillars)[0] // { pillar: Nhận thức số, completion: 0.554, done: 31, total: 116 }
 */
export function cityPillarRows(pillars: readonly PillarProgress[]): PillarChartRow[] {
  return pillars.map((entry) => ({ pillar: entry.pillar, completion: entry.completion, done: entry.counts.done, total: countable(entry.counts) }));
}

/**
 * One row per pillar in which the unit leads at least one indicator.
 * @example unitPillarRows(summary.units.get('phuong-tran-phu')!).map((row) => row.pillar.id) // [1, 2, 4, 6]
 */
export function unitPillarRows(progress: Pick<UnitProgress, 'byPillar'>): PillarChartRow[] {
  return progress.byPillar.map((entry) => ({
    pillar: entry.pillar,
    completion: entry.completion,
    done: entry.assignments.filter((assignment) => assignment.status === 'done').length,
    total: entry.assignments.filter((assignment) => assignment.status !== 'not-applicable').length,
  }));
}
