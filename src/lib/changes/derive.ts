/**
 * What changed: every change of status or value in the units' reports, read
 * from each report's dated states (its `history`, then the report itself).
 * Pure: the model computes it once; /cap-nhat/, its feeds and the home page read it.
 *
 * A report's states, oldest first, are its history entries and then its current
 * state (dated `updated`). The first state is "báo cáo lần đầu"; every later
 * state whose status or value differs from the one before is a change. A state
 * that repeats the status and value before it (a new note, the same figures) is
 * not a change. States dated after `asOf` are left out: the portal shows the
 * content as of that day, and says nothing of what comes later.
 */
import type { Evidence, ProgressFile, ReportValue } from '../content/schemas/progress.ts';
import type { ReportStatus } from '../content/schemas/taxonomies.ts';
import { compareIndicatorIds } from '../plan/indicator-id.ts';

/** One dated state of a report. */
export interface ReportState {
  date: string;
  status: ReportStatus;
  value?: ReportValue | undefined;
  note: string;
  /** The report's evidence, on its current state only: history entries carry none. */
  evidence: Evidence[];
  /** Whether this is the report's current state (its top level), not a history entry. */
  current: boolean;
}

/** What kind of change a state is. */
export type ChangeKind = 'first' | 'status' | 'value' | 'status-value';

/** One change of one unit's report on one indicator. */
export interface ReportChange {
  /** Stable across builds: unit, indicator and date (`phuong-tran-phu/1.2.1/2024-08-11`). */
  id: string;
  unit: string;
  indicator: string;
  date: string;
  kind: ChangeKind;
  /** The state before; undefined for the first report. */
  previous?: { status: ReportStatus; value?: ReportValue | undefined } | undefined;
  status: ReportStatus;
  value?: ReportValue | undefined;
  note: string;
  evidence: Evidence[];
  current: boolean;
  demo: boolean;
}

type ReportLike = ProgressFile['reports'][number];

/**
 * A report's states, oldest first (history entries by date, the current state last).
 * @example
 * reportStates({ status: 'hoan-thanh', updated: '2024-09-25', history: [{ date: '2024-05-01', status: 'chua-bat-dau', note: '' }], … })
 *   .map((state) => state.date); // ['2024-05-01', '2024-09-25']
 */
export function reportStates(report: Pick<ReportLike, 'status' | 'value' | 'note' | 'evidence' | 'updated' | 'history'>): ReportState[] {
  const history = report.history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.index - b.index : a.entry.date < b.entry.date ? -1 : 1))
    .map(({ entry }): ReportState => ({ date: entry.date, status: entry.status, value: entry.value, note: entry.note, evidence: [], current: false }));
  return [...history, { date: report.updated, status: report.status, value: report.value, note: report.note, evidence: report.evidence, current: true }];
}

/** Whether two values are the same measurement (numbers, or frequencies such as 1 per week). */
export function sameValue(a: ReportValue | undefined, b: ReportValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.count === b.count && a.per === b.per;
}

/** The changes of one report, oldest first, up to `asOf`. */
export function changesOfReport(unit: string, report: ReportLike, asOf: string): ReportChange[] {
  const changes: ReportChange[] = [];
  let previous: ReportState | undefined;
  for (const state of reportStates(report)) {
    if (state.date > asOf) break;
    const statusChanged = previous !== undefined && previous.status !== state.status;
    const valueChanged = previous !== undefined && !sameValue(previous.value, state.value);
    const kind: ChangeKind | undefined = !previous ? 'first' : statusChanged && valueChanged ? 'status-value' : statusChanged ? 'status' : valueChanged ? 'value' : undefined;
    if (kind) {
      // Two states on one day keep distinct ids: the second is "…/2024-08-11-2".
      const sameDay = changes.filter((change) => change.date === state.date).length;
      changes.push({
        id: `${unit}/${report.indicator}/${state.date}${sameDay > 0 ? `-${sameDay + 1}` : ''}`,
        unit,
        indicator: report.indicator,
        date: state.date,
        kind,
        previous: previous && { status: previous.status, value: previous.value },
        status: state.status,
        value: state.value,
        note: state.note,
        evidence: state.evidence,
        current: state.current,
        demo: report.demo,
      });
    }
    previous = state;
  }
  return changes;
}

/** Newest first; on one day by unit, then by indicator in appendix order. */
export function compareChanges(a: ReportChange, b: ReportChange): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.unit !== b.unit) return a.unit < b.unit ? -1 : 1;
  return compareIndicatorIds(a.indicator, b.indicator);
}

/**
 * Every change in every unit's reports up to `asOf`, newest first.
 * @example
 * deriveChanges(content.progressFiles, '2024-10-15')[0]; // the latest change: { unit, indicator, date, previous, status, … }
 */
export function deriveChanges(files: readonly Pick<ProgressFile, 'unit' | 'reports'>[], asOf: string): ReportChange[] {
  return files.flatMap((file) => file.reports.flatMap((report) => changesOfReport(file.unit, report, asOf))).sort(compareChanges);
}
