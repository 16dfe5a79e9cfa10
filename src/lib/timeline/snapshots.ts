/**
 * Snapshots of the roll-up (issue 15): the city, every pillar, unit and indicator at each month end of
 * the plan year up to `asOf`, and at `asOf`. Each is read from a ProgressSummary computed by the same
 * roll-up as model.progress (computeProgress over the reports as they stood that day), so the `asOf`
 * snapshot and model.progress agree (test/unit/timeline-model.test.ts).
 */
import { anyDemo, assignmentsUnder } from '../dashboard/demo.ts';
import { RANKED_KINDS, rankUnits } from '../dashboard/ranking.ts';
import { tallyOf } from '../progress/distribution.ts';
import type { Assignment, ProgressSummary } from '../progress/rollup.ts';
import { isUnitActiveInYear } from '../units/membership.ts';
import { previousQuarterEnd, snapshotDates } from './dates.ts';

/** One entity's figures on one day. */
export interface SnapshotFigures {
  /** 0–1; undefined when nothing applies. */
  completion?: number;
  done: number;
  /** Tasks that count (all but "không áp dụng"). */
  applicable: number;
  /** Whether any report behind the figures is demonstration data. */
  demo: boolean;
}

export interface UnitSnapshot extends SnapshotFigures {
  /** Among the wards and communes, as the home ranking ranks them; undefined for other kinds or without a completion. */
  rank?: number;
}

export interface IndicatorSnapshot extends SnapshotFigures {
  /** The reported number, when one unit leads the indicator and reports a number. */
  value?: number;
}

export interface Snapshot {
  date: string;
  city: SnapshotFigures;
  pillars: Map<number, SnapshotFigures>;
  units: Map<string, UnitSnapshot>;
  indicators: Map<string, IndicatorSnapshot>;
}

export interface Timeline {
  /** Oldest first; the last is `asOf`. */
  snapshots: Snapshot[];
  /** The snapshot on `asOf`. */
  current: Snapshot;
  /** The snapshot at the last quarter end before `asOf`, when it falls in the plan year. */
  previousQuarter?: Snapshot;
}

const figuresOf = (entry: Pick<ProgressSummary, 'completion' | 'counts'>, assignments: Iterable<Pick<Assignment, 'report'>>): SnapshotFigures => {
  const tally = tallyOf(entry.counts);
  return { ...(entry.completion !== undefined ? { completion: entry.completion } : {}), done: tally.done, applicable: tally.applicable, demo: anyDemo(assignments) };
};

/**
 * The figures of one roll-up, as a snapshot dated `date`.
 * @example snapshotOf('2024-06-30', summary, 2024).city.completion // 0.31
 */
export function snapshotOf(date: string, summary: ProgressSummary, year: number): Snapshot {
  const ranked = rankUnits([...summary.units.values()].filter((entry) => RANKED_KINDS.includes(entry.unit.kind) && isUnitActiveInYear(entry.unit, year)));
  const rankOf = new Map(ranked.map((row) => [row.progress.unit.id, row.rank]));
  const units = new Map<string, UnitSnapshot>();
  for (const [id, entry] of summary.units) {
    const rank = rankOf.get(id);
    units.set(id, { ...figuresOf(entry, entry.assignments), ...(rank !== undefined ? { rank } : {}) });
  }
  const indicators = new Map<string, IndicatorSnapshot>();
  for (const [id, entry] of summary.indicators) {
    const only = entry.assignments.length === 1 ? entry.assignments[0]?.report?.value : undefined;
    indicators.set(id, { ...figuresOf(entry, assignmentsUnder(entry)), ...(typeof only === 'number' ? { value: only } : {}) });
  }
  return {
    date,
    city: figuresOf(summary, [...summary.units.values()].flatMap((entry) => entry.assignments)),
    pillars: new Map(summary.pillars.map((entry) => [entry.pillar.id, figuresOf(entry, entry.indicators.flatMap(assignmentsUnder))])),
    units,
    indicators,
  };
}

/**
 * Snapshots at every month end of the plan year up to `asOf`, and at `asOf`, each from `progressAt(date)`.
 * @example buildTimeline(2024, '2024-10-15', progressAt).snapshots.map((s) => s.date) // ['2024-01-31', …, '2024-09-30', '2024-10-15']
 */
export function buildTimeline(year: number, asOf: string, progressAt: (date: string) => ProgressSummary): Timeline {
  const snapshots = snapshotDates(year, asOf).map((date) => snapshotOf(date, progressAt(date), year));
  const quarterEnd = previousQuarterEnd(asOf);
  const previousQuarter = snapshots.find((snapshot) => snapshot.date === quarterEnd);
  return { snapshots, current: snapshots.at(-1)!, ...(previousQuarter ? { previousQuarter } : {}) };
}
