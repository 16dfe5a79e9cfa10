/**
 * The words of a task's row that depend on its timeframe and its report: the "Hạn" cell and
 * the "Cập nhật" cell. Pure, so the pages and the tests read the same words.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import { cadenceLabel } from '../plan/labels.ts';
import type { Assignment } from '../progress/rollup.ts';
import { dueDateOf } from '../progress/status.ts';

/** A cell that is a date, or words in its place. */
export type DateCell = { date: string } | { text: string };

/** Shown in the "Hạn" cell of a task with no date: on demand, or no timeframe given. */
export const NO_FIXED_DEADLINE = 'Không có hạn cụ thể';

/**
 * The "Hạn" cell: the due date of a deadline or window; otherwise words that fit the timeframe.
 * Only dated tasks can be "Quá hạn", so "Không có hạn cụ thể" never stands next to it.
 * @example
 * dueCell({ timeframe: { text: 'Trước 31/3/2024', kind: 'deadline', due: '2024-03-31' } }) // { date: '2024-03-31' }
 * dueCell({ timeframe: { text: 'Hằng tuần', kind: 'recurring', cadence: { count: 1, per: 'week' } } }) // { text: 'Thường xuyên, 1 lần/tuần' }
 * dueCell({ timeframe: { text: 'Khi có yêu cầu', kind: 'on-demand' } }) // { text: 'Không có hạn cụ thể' }
 */
export function dueCell(indicator: Pick<Indicator, 'timeframe'>): DateCell {
  const timeframe = indicator.timeframe;
  const due = dueDateOf(timeframe);
  if (due) return { date: due };
  if (timeframe?.kind === 'recurring') return { text: timeframe.cadence ? `Thường xuyên, ${cadenceLabel(timeframe.cadence)}` : 'Thường xuyên' };
  if (timeframe?.kind === 'done') return { text: 'Đã ban hành' };
  return { text: NO_FIXED_DEADLINE };
}

/**
 * The "Cập nhật" cell: the report's update date; a count from posts with no post has none.
 * @example
 * updatedCell({ indicator: { progressSource: 'posts' }, report: { value: 0 } }) // { text: 'Chưa có tin, bài' }
 * updatedCell({ indicator: {}, report: undefined }) // { text: 'Chưa báo cáo' }
 */
export function updatedCell(assignment: { indicator: Pick<Indicator, 'progressSource'>; report?: Pick<NonNullable<Assignment['report']>, 'updated'> }): DateCell {
  const updated = assignment.report?.updated;
  if (updated) return { date: updated };
  return { text: assignment.indicator.progressSource === 'posts' ? 'Chưa có tin, bài' : 'Chưa báo cáo' };
}
