/**
 * Whether figures on a page come from demonstration data, so the page shows
 * the "Số liệu minh họa" notice.
 */
import type { Assignment, IndicatorProgress } from '../progress/rollup.ts';

/**
 * Whether an assignment's report is demonstration data.
 * @example isDemoAssignment({ report: { demo: true } }) // true
 */
export function isDemoAssignment(assignment: Pick<Assignment, 'report'>): boolean {
  return assignment.report?.demo === true;
}

/**
 * Whether any of these assignments is demonstration data.
 * @example anyDemo(unitProgress.assignments) // true
 */
export function anyDemo(assignments: Iterable<Pick<Assignment, 'report'>>): boolean {
  for (const assignment of assignments) if (isDemoAssignment(assignment)) return true;
  return false;
}

/**
 * An indicator's assignments, or for a parent those of its children, recursively.
 * @example assignmentsUnder(summary.indicators.get('1.2')!).length // 34
 */
export function assignmentsUnder(progress: IndicatorProgress): Assignment[] {
  return [...progress.assignments, ...progress.children.flatMap(assignmentsUnder)];
}

/**
 * Whether any assignment under these indicators (children included) is demonstration data.
 * @example anyDemoUnder(pillarProgress.indicators) // true
 */
export function anyDemoUnder(indicators: readonly IndicatorProgress[]): boolean {
  return indicators.some((progress) => anyDemo(assignmentsUnder(progress)));
}
