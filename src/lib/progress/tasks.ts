/**
 * The one definition of a task (nhiệm vụ) and of "chỉ số chủ trì", the lead count
 * (docs/adr/0003): a task is one leaf indicator × one unit that leads it in the plan year.
 * - a parent row with sub-indicators (1.2, 5.5) is not a task: its children are;
 * - a group ("UBND các phường, xã") stands for each of its members in the plan year;
 * - a unit that does not exist during the plan year leads nothing.
 * Every count of lead indicators (unit pages, /don-vi/, social images, open data) comes from here.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { getParentId } from '../plan/indicator-id.ts';
import { isUnitActiveInYear } from '../units/membership.ts';
import { memoized } from '../memo.ts';

/** One unit's part of one leaf indicator. */
export interface PlanTask {
  indicator: Indicator;
  unit: Unit;
}

/** What the definition needs: the appendix rows and who leads each (groups already expanded). */
export interface TaskSource {
  year: number;
  /** In appendix order. */
  indicators: readonly Indicator[];
  leadUnitsOf(indicator: Indicator): readonly Unit[];
}

/**
 * The leaf indicators: rows without sub-indicators.
 * @example leafIndicators(indicators).map((i) => i.id) // […, '1.1', '1.2.1', '1.2.2', '1.3', …] (no '1.2')
 */
export function leafIndicators(indicators: readonly Indicator[]): Indicator[] {
  const parentIds = new Set(indicators.map((indicator) => getParentId(indicator.id)).filter(Boolean));
  return indicators.filter((indicator) => !parentIds.has(indicator.id));
}

/**
 * Every task of the plan, in appendix order, each lead unit once per indicator.
 * @example planTasks(source).filter((task) => task.indicator.id === '1.2') // [] — a parent
 */
export function planTasks(source: TaskSource): PlanTask[] {
  return leafIndicators(source.indicators).flatMap((indicator) => {
    const seen = new Set<string>();
    return source.leadUnitsOf(indicator).flatMap((unit) => {
      if (seen.has(unit.id) || !isUnitActiveInYear(unit, source.year)) return [];
      seen.add(unit.id);
      return [{ indicator, unit }];
    });
  });
}

/**
 * The indicators a unit leads ("chỉ số chủ trì"), by the one definition above.
 * @example leadTasksOf(source, tranPhu).length // 17 in the 2024 plan: 1.2 counts as 1.2.1 and 1.2.2
 */
export function leadTasksOf(source: TaskSource, unit: Pick<Unit, 'id'>): PlanTask[] {
  return [...(tasksByUnit(source).get(unit.id) ?? [])];
}

const tasksByUnit = memoized((source: TaskSource) => Map.groupBy(planTasks(source), (task) => task.unit.id));
