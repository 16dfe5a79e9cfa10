/**
 * The overdue list, grouped by indicator so a task late in many wards takes
 * one row: earliest due date first, then appendix order.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { compareIndicatorIds } from '../plan/indicator-id.ts';
import type { Assignment } from '../progress/rollup.ts';

export interface OverdueGroup {
  indicator: Indicator;
  /** Undefined for recurring tasks, which are late by falling behind their cadence. */
  due: string | undefined;
  units: Unit[];
  /** Whether any of the late reports is demonstration data. */
  demo: boolean;
}

/**
 * Groups overdue assignments by indicator.
 * @example
 * groupOverdue(summary.overdue)[0] // { indicator: 1.1, due: '2024-02-29', units: [Phường Trần Phú, …] }
 */
export function groupOverdue(overdue: readonly Assignment[]): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const assignment of overdue) {
    const id = assignment.indicator.id;
    const group = groups.get(id) ?? { indicator: assignment.indicator, due: assignment.due, units: [], demo: false };
    group.units.push(assignment.unit);
    group.demo ||= assignment.report?.demo === true;
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.due !== b.due) return a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1;
    return compareIndicatorIds(a.indicator.id, b.indicator.id);
  });
}
