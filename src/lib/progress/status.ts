import type { Indicator, IndicatorTarget } from '../content/schemas/indicator.ts';
import type { Report } from '../content/schemas/progress.ts';
import type { EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { attainment, isFrequency, yearlyRate, type Attainment } from './target.ts';

/** Days before a due date when an open item counts as "sắp đến hạn". */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;
const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Share of the plan year elapsed on `asOf`, 0–1. */
export function yearElapsed(asOf: string, year: number): number {
  const start = `${year}-01-01`;
  const total = daysBetween(start, `${year + 1}-01-01`);
  return Math.min(1, Math.max(0, (daysBetween(start, asOf) + 1) / total));
}

/** The outcome of judging one unit's report on one indicator. */
export interface Judgement {
  status: EffectiveStatus;
  attainment?: Attainment;
  /** Whether a recurring indicator keeps up with its cadence or its pace over the year. */
  onPace?: boolean;
}

/**
 * The status as of `asOf`:
 * - no report: overdue once the due date has passed, otherwise not reported;
 * - "hoàn thành" counts as done only if the value meets the target and cadence;
 * - recurring indicators are judged against their cadence ("1 lần/tuần"), and
 *   yearly counts against the pace the year so far requires;
 * - open items past their due date are overdue, within 30 days due soon.
 * @example
 * judgeReport({ indicator, report: undefined, asOf: '2024-04-01', year: 2024 }).status // 'overdue' if due 2024-03-31
 */
export function judgeReport(input: {
  indicator: Pick<Indicator, 'timeframe'>;
  report: Pick<Report, 'status' | 'value'> | undefined;
  target?: IndicatorTarget;
  asOf: string;
  year: number;
}): Judgement {
  const { indicator, report, target, asOf, year } = input;
  const timeframe = indicator.timeframe;
  const due = timeframe?.kind === 'deadline' || timeframe?.kind === 'window' ? timeframe.due : undefined;
  if (!report) return { status: due && due < asOf ? 'overdue' : 'not-reported' };
  if (report.status === 'khong-ap-dung') return { status: 'not-applicable' };

  const reached = target && report.value !== undefined ? attainment(target, report.value) : undefined;
  const cadence = timeframe?.cadence;
  const keepsCadence = cadence && isFrequency(report.value) ? yearlyRate(report.value) >= yearlyRate(cadence) : undefined;
  const targetHolds = (reached?.met ?? true) && (keepsCadence ?? true);
  if (report.status === 'hoan-thanh' && targetHolds) return { status: 'done', attainment: reached, onPace: keepsCadence };

  if (timeframe?.kind === 'recurring') {
    // A yearly count (e.g. "trên 20 tin, bài") is on pace if it is ahead of its share of the year.
    // At the end of the year only meeting the target itself counts ("trên 20" needs 21).
    const elapsed = yearElapsed(asOf, year);
    const paceByCount =
      target && target.measure !== 'frequency' && typeof report.value === 'number'
        ? reached?.met === true || (elapsed < 1 && report.value >= target.value * elapsed)
        : undefined;
    const onPace = keepsCadence ?? paceByCount ?? report.status !== 'chua-bat-dau';
    return { status: onPace ? 'on-track' : 'overdue', attainment: reached, onPace };
  }
  if (due && due < asOf) return { status: 'overdue', attainment: reached };
  if (due && daysBetween(asOf, due) <= DUE_SOON_DAYS) return { status: 'due-soon', attainment: reached };
  return { status: 'on-track', attainment: reached };
}

/**
 * The share of an item that is done, 0–1, or undefined when not applicable.
 * Done is 1; a measured value counts by its attainment; otherwise the report's
 * own status gives a conventional figure: chưa bắt đầu 0, đang thực hiện 0,5.
 * @example completionOf({ status: 'on-track' }, { status: 'dang-thuc-hien' }) // 0.5
 */
export function completionOf(judgement: Judgement, report: Pick<Report, 'status'> | undefined): number | undefined {
  if (judgement.status === 'not-applicable') return undefined;
  if (judgement.status === 'done') return 1;
  // Only a done item counts in full: a met target with the task still open stays below 100%.
  if (judgement.attainment) return Math.min(judgement.attainment.ratio, 0.99);
  if (!report || report.status === 'chua-bat-dau') return 0;
  return report.status === 'dang-thuc-hien' ? 0.5 : 0.99;
}

/**
 * One status for many: not applicable if all are, done if all are, otherwise
 * the most urgent of overdue, due soon, on track, not reported.
 * @example aggregateStatus(['done', 'overdue', 'on-track']) // 'overdue'
 */
export function aggregateStatus(statuses: readonly EffectiveStatus[]): EffectiveStatus {
  const relevant = statuses.filter((status) => status !== 'not-applicable');
  if (relevant.length === 0) return 'not-applicable';
  if (relevant.every((status) => status === 'done')) return 'done';
  for (const status of ['overdue', 'due-soon', 'on-track'] as const) if (relevant.includes(status)) return status;
  return relevant.includes('done') ? 'on-track' : 'not-reported';
}
