/**
 * Agency scorecards (issue 16 §4): whether each task was done by its deadline, read from the report's
 * own dates, and a unit's on-time rate. The deadline of a task, by timeframe kind:
 * - deadline and window: its due date (`dueDateOf`);
 * - recurring (cadence or yearly count): the end of the plan year, when the year's target is judged;
 * - done ("đã ban hành"), on demand, or no timeframe: none, so a done task is "done, no deadline" and
 *   counts in no rate.
 * A task's done date is the first date of the last unbroken run of "hoàn thành" in its history and its
 * current report (a task reopened and done again is dated by the second time).
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { HistoryEntry } from '../content/schemas/progress.ts';
import type { EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { dueDateOf } from '../progress/status.ts';

/** Where a task stands against its deadline. */
export const DELIVERY_OUTCOMES = ['on-time', 'late', 'open-overdue', 'open', 'done-no-deadline'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

export const DELIVERY_LABELS: Record<DeliveryOutcome, string> = {
  'on-time': 'Hoàn thành đúng hạn',
  late: 'Hoàn thành trễ hạn',
  'open-overdue': 'Chưa hoàn thành, đã quá hạn',
  open: 'Chưa hoàn thành, chưa đến hạn',
  'done-no-deadline': 'Hoàn thành, không có hạn',
};

/** What the rule reads of a task: its timeframe, its computed status and its report's dates. */
export interface DeliveryInput {
  indicator: Pick<Indicator, 'timeframe'>;
  status: EffectiveStatus;
  report?: { status: string; updated?: string | undefined; history: readonly Pick<HistoryEntry, 'date' | 'status'>[] } | undefined;
}

/**
 * The deadline the on-time rule holds a task to.
 * @example deliveryDeadline({ text: 'Thường xuyên', kind: 'recurring' }, 2024) // '2024-12-31'
 */
export function deliveryDeadline(timeframe: Indicator['timeframe'], year: number): string | undefined {
  if (timeframe?.kind === 'recurring') return `${year}-12-31`;
  return dueDateOf(timeframe);
}

/**
 * When the task became done: the first date of the last run of "hoàn thành".
 * @example doneDateOf({ status: 'hoan-thanh', updated: '2024-05-02', history: [{ date: '2024-03-01', status: 'dang-thuc-hien' }, { date: '2024-04-10', status: 'hoan-thanh' }] }) // '2024-04-10'
 */
export function doneDateOf(report: NonNullable<DeliveryInput['report']>): string | undefined {
  if (report.status !== 'hoan-thanh') return undefined;
  const entries = [...report.history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let first = report.updated;
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]!;
    if (report.updated && entry.date > report.updated) continue;
    if (entry.status !== 'hoan-thanh') break;
    first = entry.date;
  }
  return first;
}

/**
 * A task's outcome against its deadline; undefined when it does not apply.
 * @example deliveryOf({ indicator: { timeframe: { text: 'Trước 31/03/2024', kind: 'deadline', due: '2024-03-31' } }, status: 'done', report: { status: 'hoan-thanh', updated: '2024-04-05', history: [] } }, 2024) // 'late'
 */
export function deliveryOf(task: DeliveryInput, year: number): DeliveryOutcome | undefined {
  if (task.status === 'not-applicable') return undefined;
  const deadline = deliveryDeadline(task.indicator.timeframe, year);
  if (task.status === 'done') {
    const done = task.report ? doneDateOf(task.report) : undefined;
    if (!deadline) return 'done-no-deadline';
    // A done task without any date (a count with no post yet cannot be done) is taken at its word.
    return done === undefined || done <= deadline ? 'on-time' : 'late';
  }
  return task.status === 'overdue' ? 'open-overdue' : 'open';
}
