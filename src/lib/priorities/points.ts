/**
 * Points at stake (issue 16): what each unfinished task is worth to the city's completion figure.
 *
 * The city figure (`ProgressSummary.completion`, the one the home page shows) is a weighted mean of
 * task completions: pillars by their DTI points, a pillar's top-level indicators by their points
 * (weights.ts), a parent's children equally, an indicator's lead units equally, each mean over the
 * items that apply. A task's **share** is the product of those weights, so Σ share × completion is
 * the city figure exactly. Its **weight** is that share of the DTI total (1.000 points), its
 * **points at stake** weight × (1 − completion), and completing it raises the city figure by
 * share × (1 − completion) — exactly, since a task that becomes done still applies and no
 * denominator changes. This estimates the city's own completion score, not the official DTI.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Assignment, IndicatorProgress, ProgressSummary, UnitProgress } from '../progress/rollup.ts';
import { compareIndicatorIds } from '../plan/indicator-id.ts';
import { compareVietnamese } from '../text/fold.ts';
import { indicatorPoints } from './weights.ts';
import { memoized } from '../memo.ts';

/** One task's worth to the city figure. */
export interface TaskStake {
  assignment: Assignment;
  pillar: Pillar;
  /** Share of the city's completion this task carries, 0–1; the shares of all tasks add up to 1. */
  share: number;
  /** The share in DTI points (of the pillars' total, 1.000 in the 2024 framework). */
  weight: number;
  /** Weight × (1 − completion). */
  points: number;
  /** What completing it adds to the city's completion, as a 0–1 ratio (0,018 = "+1,8 điểm %"). */
  gain: number;
}

const defined = <T extends { completion?: number }>(items: readonly T[]) => items.filter((item) => item.completion !== undefined);

/** Shares an indicator's part among its children (equally), or its lead units' tasks (equally). */
function shareOut(progress: IndicatorProgress, share: number, into: Map<Assignment, number>): void {
  if (progress.children.length > 0) {
    const children = defined(progress.children);
    for (const child of children) shareOut(child, share / children.length, into);
    return;
  }
  const tasks = defined(progress.assignments);
  for (const task of tasks) into.set(task, share / tasks.length);
}

const memo = new WeakMap<ProgressSummary, TaskStake[]>();

/**
 * Every task that applies, with its share, weight, points at stake and gain, the most points at
 * stake first (then appendix order, then unit name). Done tasks are included with 0 at stake.
 * @example
 * const stakes = taskStakes(model.progress, model.indicators);
 * stakes.reduce((sum, s) => sum + s.share * s.assignment.completion!, 0) // === model.progress.completion
 */
export function taskStakes(summary: ProgressSummary, indicators: readonly Indicator[]): TaskStake[] {
  const cached = memo.get(summary);
  if (cached) return cached;
  const pillars = defined(summary.pillars);
  const totalPoints = summary.pillars.reduce((sum, entry) => sum + entry.pillar.maxPoints, 0);
  const cityPoints = pillars.reduce((sum, entry) => sum + entry.pillar.maxPoints, 0);
  const stakes: TaskStake[] = [];
  for (const entry of pillars) {
    const points = indicatorPoints(entry.pillar, indicators);
    const top = defined(entry.indicators);
    const pillarPoints = top.reduce((sum, progress) => sum + (points.get(progress.indicator.id) ?? 0), 0);
    const shares = new Map<Assignment, number>();
    for (const progress of top) {
      shareOut(progress, (entry.pillar.maxPoints / cityPoints) * ((points.get(progress.indicator.id) ?? 0) / pillarPoints), shares);
    }
    for (const [assignment, share] of shares) {
      const open = 1 - (assignment.completion ?? 1);
      stakes.push({ assignment, pillar: entry.pillar, share, weight: share * totalPoints, points: share * totalPoints * open, gain: share * open });
    }
  }
  stakes.sort(
    (a, b) =>
      b.points - a.points ||
      compareIndicatorIds(a.assignment.indicator.id, b.assignment.indicator.id) ||
      compareVietnamese(a.assignment.unit.name, b.assignment.unit.name),
  );
  memo.set(summary, stakes);
  return stakes;
}

/** The tasks still worth something: not done, with points at stake. */
export function openStakes(stakes: readonly TaskStake[]): TaskStake[] {
  return [...openOf(stakes)];
}

const openOf = memoized((stakes: readonly TaskStake[]) => stakes.filter((stake) => stake.assignment.status !== 'done' && stake.points > 0));

/**
 * One unit's open tasks, in the order of {@link openStakes}.
 * @example openStakesOfUnit(taskStakes(model.progress, model.indicators), 'phuong-tran-phu').length // 12
 */
export function openStakesOfUnit(stakes: readonly TaskStake[], unitId: string): TaskStake[] {
  return [...(openByUnit(openOf(stakes)).get(unitId) ?? [])];
}

const openByUnit = memoized((open: readonly TaskStake[]) => Map.groupBy(open, (stake) => stake.assignment.unit.id));

/**
 * The city's completion if the given tasks were completed: the current figure plus their gains.
 * @example whatIf(model.progress, openStakes(stakes).slice(0, 5)) // { from: 0.412, to: 0.468 }
 */
export function whatIf(summary: Pick<ProgressSummary, 'completion'>, stakes: readonly TaskStake[]): { from: number; to: number } {
  const from = summary.completion ?? 0;
  return { from, to: from + stakes.reduce((sum, stake) => sum + stake.gain, 0) };
}

/**
 * What completing a task adds to its unit's own completion (the unit's figure weighs its pillars by
 * their DTI points and its tasks within a pillar equally), as a 0–1 ratio.
 * @example unitGain(model.progress.units.get('phuong-tran-phu')!, assignment) // 0.021
 */
export function unitGain(unit: UnitProgress, assignment: Assignment): number {
  if (assignment.completion === undefined) return 0;
  const pillars = unit.byPillar.filter((entry) => entry.completion !== undefined);
  const total = pillars.reduce((sum, entry) => sum + entry.pillar.maxPoints, 0);
  const entry = pillars.find((candidate) => candidate.assignments.includes(assignment));
  if (!entry || total === 0) return 0;
  const tasks = defined(entry.assignments).length;
  return (entry.pillar.maxPoints / total / tasks) * (1 - assignment.completion);
}
