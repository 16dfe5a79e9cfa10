import type { Indicator, IndicatorTarget } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Report } from '../content/schemas/progress.ts';
import type { EffectiveStatus, ReportedState } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { getParentId, getPillarNumber } from '../plan/indicator-id.ts';
import { countReported, countStatuses, type ReportedCounts, type StatusCounts } from './distribution.ts';
import { aggregateStatus, completionOf, dueDateOf, judgeReport, type Judgement } from './status.ts';
import { targetForUnit } from './target.ts';
import { indicatorPoints } from '../priorities/weights.ts';
import { planTasks } from './tasks.ts';

export { emptyCounts, type ReportedCounts, type StatusCounts } from './distribution.ts';

/**
 * A report as the roll-up reads it. Reports counted from posts (1.4) have no update date when
 * the unit has posted nothing: the cut-off date is not an update.
 */
export type ProgressReport = Omit<Report, 'updated'> & { updated?: string };

/**
 * The reported state of a task: the report's own status, or "chưa báo cáo" without one.
 * @example reportedStateOf(undefined) // 'chua-bao-cao'
 */
export function reportedStateOf(report: Pick<Report, 'status'> | undefined): ReportedState {
  return report?.status ?? 'chua-bao-cao';
}

/** One responsible unit's standing on one indicator. */
export interface Assignment extends Judgement {
  indicator: Indicator;
  unit: Unit;
  report?: ProgressReport;
  /** What the unit reported, always shown beside the computed `status`. */
  reported: ReportedState;
  target?: IndicatorTarget;
  /** 0–1; undefined when not applicable. */
  completion?: number;
  /** The due date, for deadlines and windows. */
  due?: string;
}

export interface IndicatorProgress {
  indicator: Indicator;
  /** Leaf indicators: one per lead unit. Parents have none: they roll up their children. */
  assignments: Assignment[];
  children: IndicatorProgress[];
  status: EffectiveStatus;
  completion?: number;
  counts: StatusCounts;
  reportedCounts: ReportedCounts;
}

export interface PillarProgress {
  pillar: Pillar;
  /** Top-level indicators of the pillar, in appendix order. */
  indicators: IndicatorProgress[];
  completion?: number;
  counts: StatusCounts;
  reportedCounts: ReportedCounts;
}

export interface UnitProgress {
  unit: Unit;
  /** The unit's lead tasks ("chỉ số chủ trì"), by the one definition in tasks.ts. */
  assignments: Assignment[];
  byPillar: { pillar: Pillar; completion?: number; assignments: Assignment[] }[];
  /** Weighted by the pillars' DTI points. */
  completion?: number;
  counts: StatusCounts;
  reportedCounts: ReportedCounts;
  /** Overdue tasks: a dated deadline passed. */
  late: Assignment[];
}

export interface ProgressSummary {
  indicators: Map<string, IndicatorProgress>;
  pillars: PillarProgress[];
  units: Map<string, UnitProgress>;
  /** The city: pillars weighted by their DTI points. */
  completion?: number;
  counts: StatusCounts;
  reportedCounts: ReportedCounts;
  overdue: Assignment[];
}

/** What the roll-up needs; the model provides it, tests build it by hand. */
export interface ProgressInput {
  year: number;
  asOf: string;
  pillars: readonly Pillar[];
  /** In appendix order. */
  indicators: readonly Indicator[];
  units: readonly Unit[];
  leadUnitsOf(indicator: Indicator): Unit[];
  /** The report of a unit on an indicator, keyed `${unitId} ${indicatorId}`. */
  reports: ReadonlyMap<string, ProgressReport>;
}

export const reportKey = (unitId: string, indicatorId: string) => `${unitId} ${indicatorId}`;

/**
 * Mean of the defined values, or a weighted mean when weights are given.
 * @example mean([1, undefined, 0]) // 0.5
 */
export function mean(values: readonly (number | undefined)[], weights?: readonly number[]): number | undefined {
  let sum = 0;
  let total = 0;
  values.forEach((value, index) => {
    if (value === undefined) return;
    const weight = weights?.[index] ?? 1;
    sum += value * weight;
    total += weight;
  });
  return total === 0 ? undefined : sum / total;
}

/**
 * Judges every assignment as of `asOf` and rolls the results up: children
 * into parents, indicators into pillars, pillars into units and the city,
 * weighting pillars by their DTI points.
 * @example
 * const summary = computeProgress(input);
 * summary.completion; // e.g. 0.62
 */
export function computeProgress(input: ProgressInput): ProgressSummary {
  const { asOf, year } = input;
  const byIndicator = new Map<string, IndicatorProgress>();
  const byUnit = new Map<string, Assignment[]>();
  const tasksByIndicator = new Map<string, Assignment[]>();
  for (const { indicator, unit } of planTasks(input)) {
    const report = input.reports.get(reportKey(unit.id, indicator.id));
    const target = targetForUnit(indicator.targets, unit);
    const judgement = judgeReport({ indicator, report, target, asOf, year });
    const assignment: Assignment = {
      ...judgement,
      indicator,
      unit,
      report,
      reported: reportedStateOf(report),
      target,
      due: dueDateOf(indicator.timeframe),
      completion: completionOf(judgement, report),
    };
    // Appended in place: copying the list on every task made a row led by 1,600 wards quadratic, and the
    // model runs this roll-up once per snapshot (src/lib/timeline/snapshots.ts).
    let ofUnit = byUnit.get(unit.id);
    if (!ofUnit) byUnit.set(unit.id, (ofUnit = []));
    ofUnit.push(assignment);
    let ofIndicator = tasksByIndicator.get(indicator.id);
    if (!ofIndicator) tasksByIndicator.set(indicator.id, (ofIndicator = []));
    ofIndicator.push(assignment);
  }

  for (const indicator of input.indicators) {
    const assignments = tasksByIndicator.get(indicator.id) ?? [];
    byIndicator.set(indicator.id, {
      indicator,
      assignments,
      children: [],
      status: aggregateStatus(assignments.map((assignment) => assignment.status)),
      completion: mean(assignments.map((assignment) => assignment.completion)),
      counts: countStatuses(assignments.map((assignment) => assignment.status)),
      reportedCounts: countReported(assignments.map((assignment) => assignment.reported)),
    });
  }

  // Parents roll up from their children; children come after parents in appendix order.
  for (const indicator of [...input.indicators].reverse()) {
    const progress = byIndicator.get(indicator.id);
    const parent = byIndicator.get(getParentId(indicator.id) ?? '');
    if (progress && parent) parent.children.unshift(progress);
  }
  for (const progress of byIndicator.values()) {
    if (progress.children.length === 0) continue;
    progress.completion = mean(progress.children.map((child) => child.completion));
    progress.status = aggregateStatus(progress.children.map((child) => child.status));
    const under = progress.children.flatMap((child) => child.assignments);
    progress.counts = countStatuses(under.map((a) => a.status));
    progress.reportedCounts = countReported(under.map((a) => a.reported));
  }

  const pillars = input.pillars.map((pillar): PillarProgress => {
    const indicators = input.indicators
      .filter((indicator) => getPillarNumber(indicator.id) === pillar.id && !getParentId(indicator.id))
      .map((indicator) => byIndicator.get(indicator.id))
      .filter((progress): progress is IndicatorProgress => progress !== undefined);
    const statuses = indicators.flatMap((progress) =>
      progress.children.length > 0 ? progress.children.flatMap((child) => child.assignments) : progress.assignments,
    );
    // Weighted by each indicator's share of the pillar's points: equal unless `points:` says otherwise.
    const points = indicatorPoints(pillar, input.indicators);
    return {
      pillar,
      indicators,
      completion: mean(indicators.map((progress) => progress.completion), indicators.map((progress) => points.get(progress.indicator.id) ?? 0)),
      counts: countStatuses(statuses.map((assignment) => assignment.status)),
      reportedCounts: countReported(statuses.map((assignment) => assignment.reported)),
    };
  });

  const units = new Map<string, UnitProgress>();
  // Each indicator's pillar, parsed once: this loop runs for every unit and, in the timeline, every snapshot.
  const pillarOf = new Map(input.indicators.map((indicator) => [indicator.id, getPillarNumber(indicator.id)]));
  for (const unit of input.units) {
    const assignments = byUnit.get(unit.id) ?? [];
    const inPillars = new Map<number, Assignment[]>();
    for (const assignment of assignments) {
      const pillarId = pillarOf.get(assignment.indicator.id) ?? getPillarNumber(assignment.indicator.id);
      let inPillar = inPillars.get(pillarId);
      if (!inPillar) inPillars.set(pillarId, (inPillar = []));
      inPillar.push(assignment);
    }
    const byPillar = input.pillars
      .map((pillar) => {
        const inPillar = inPillars.get(pillar.id) ?? [];
        return { pillar, assignments: inPillar, completion: mean(inPillar.map((assignment) => assignment.completion)) };
      })
      .filter((entry) => entry.assignments.length > 0);
    units.set(unit.id, {
      unit,
      assignments,
      byPillar,
      completion: mean(byPillar.map((entry) => entry.completion), byPillar.map((entry) => entry.pillar.maxPoints)),
      counts: countStatuses(assignments.map((assignment) => assignment.status)),
      reportedCounts: countReported(assignments.map((assignment) => assignment.reported)),
      late: assignments.filter((assignment) => assignment.status === 'overdue'),
    });
  }

  const all = [...byUnit.values()].flat();
  return {
    indicators: byIndicator,
    pillars,
    units,
    completion: mean(pillars.map((entry) => entry.completion), pillars.map((entry) => entry.pillar.maxPoints)),
    counts: countStatuses(all.map((assignment) => assignment.status)),
    reportedCounts: countReported(all.map((assignment) => assignment.reported)),
    overdue: all.filter((assignment) => assignment.status === 'overdue'),
  };
}

/**
 * A unit's lead count ("chỉ số chủ trì"): its tasks by the one definition (tasks.ts), 0 for a
 * unit that leads nothing in the plan year. Pages, /don-vi/, social images and open data use this.
 * @example leadCountOf(summary, 'phuong-tran-phu') // 17: 1.2 counts as 1.2.1 and 1.2.2
 */
export function leadCountOf(summary: Pick<ProgressSummary, 'units'>, unitId: string): number {
  return summary.units.get(unitId)?.assignments.length ?? 0;
}
