/** A unit's scorecard: its tasks by outcome against their deadlines, its on-time rate, completion and points at stake. */
import type { TaskStake } from '../priorities/points.ts';
import type { UnitProgress } from '../progress/rollup.ts';
import { DELIVERY_OUTCOMES, deliveryOf, type DeliveryOutcome } from './on-time.ts';
import { memoized } from '../memo.ts';

export interface Scorecard {
  unit: UnitProgress['unit'];
  counts: Record<DeliveryOutcome, number>;
  /** Tasks that apply. */
  tasks: number;
  /** On time ÷ (on time + late + open past due); undefined when no task has reached its deadline or been done against one. */
  onTimeRate: number | undefined;
  /** The unit's completion, as its page and du-lieu/don-vi.csv state it. */
  completion: number | undefined;
  /** Σ points at stake of its tasks, of the 1.000. */
  pointsAtStake: number;
}

/** Σ points at stake per task, once per list of stakes (a unit's card must not scan every task of the city). */
const pointsByAssignment = memoized((stakes: readonly TaskStake[]) => {
  const points = new Map<TaskStake['assignment'], number>();
  for (const stake of stakes) points.set(stake.assignment, (points.get(stake.assignment) ?? 0) + stake.points);
  return points;
});

/**
 * @example scorecardOf(model.progress.units.get('phong-vhtt')!, stakes, 2024).onTimeRate // 0.6
 */
export function scorecardOf(progress: UnitProgress, stakes: readonly TaskStake[], year: number): Scorecard {
  const counts = Object.fromEntries(DELIVERY_OUTCOMES.map((outcome) => [outcome, 0])) as Record<DeliveryOutcome, number>;
  let tasks = 0;
  for (const assignment of progress.assignments) {
    const outcome = deliveryOf(assignment, year);
    if (!outcome) continue;
    counts[outcome] += 1;
    tasks += 1;
  }
  const judged = counts['on-time'] + counts.late + counts['open-overdue'];
  const points = pointsByAssignment(stakes);
  return {
    unit: progress.unit,
    counts,
    tasks,
    onTimeRate: judged === 0 ? undefined : counts['on-time'] / judged,
    completion: progress.completion,
    pointsAtStake: [...new Set(progress.assignments)].reduce((sum, assignment) => sum + (points.get(assignment) ?? 0), 0),
  };
}
