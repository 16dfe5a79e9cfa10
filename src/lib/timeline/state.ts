/**
 * A report as it stood on a given day. A report is its current state, dated `updated`, plus earlier
 * states in `history` (date, status, value, note), oldest first (progress/validate.ts refuses any other
 * order). On a day D the report reads as the last state dated on or before D; before its first state the
 * unit had not reported yet. Evidence dated after D is left out; evidence without a date belongs to the
 * current state, so it counts from `updated`.
 */
import type { Evidence, HistoryEntry, Report } from '../content/schemas/progress.ts';

/** The fields stateAsOf reads; progress/rollup.ts's ProgressReport fits. */
type Dated = Omit<Report, 'updated'> & { updated?: string };

/**
 * The report as it stood on `date`, or undefined when its first state is later (not reported yet).
 * @example
 * stateAsOf({ status: 'hoan-thanh', updated: '2024-09-25', history: [{ date: '2024-05-01', status: 'chua-bat-dau', note: '' }], … }, '2024-06-30')
 * // { status: 'chua-bat-dau', updated: '2024-05-01', history: [], value: undefined, … }
 */
export function stateAsOf<T extends Dated>(report: T, date: string): T | undefined {
  const current = report.updated;
  if (current === undefined || current <= date) {
    const evidence = evidenceAsOf(report.evidence, date, current);
    return evidence.length === report.evidence.length ? report : { ...report, evidence };
  }
  const earlier = report.history.filter((entry) => entry.date <= date);
  const last: HistoryEntry | undefined = earlier.at(-1);
  if (!last) return undefined;
  const { value: _value, ...rest } = report;
  return {
    ...rest,
    status: last.status,
    ...(last.value !== undefined ? { value: last.value } : {}),
    note: last.note,
    updated: last.date,
    history: earlier.slice(0, -1),
    evidence: evidenceAsOf(report.evidence, date, current),
  } as T;
}

/**
 * The evidence that existed on `date`: dated on or before it, or undated and attached by a report dated on or before it.
 * @example evidenceAsOf([{ title: 'QĐ', number: '12/QĐ', date: '2024-08-01' }], '2024-06-30', '2024-08-02') // []
 */
export function evidenceAsOf(evidence: readonly Evidence[], date: string, reportDate: string | undefined): Evidence[] {
  return evidence.filter((item) => {
    const dated = item.date ?? reportDate;
    return dated === undefined || dated <= date;
  });
}
