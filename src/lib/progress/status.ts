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

type Timeframe = NonNullable<Indicator['timeframe']>;

/** The due date of a dated timeframe (deadline, window); the only kinds that can be "quá hạn". */
export function dueDateOf(timeframe: Timeframe | undefined): string | undefined {
  return timeframe?.kind === 'deadline' || timeframe?.kind === 'window' ? timeframe.due : undefined;
}

/** Whether a yearly count is ahead of the share of the year elapsed ("trên 20" by 30/06 needs 10). */
function keepsYearlyPace(target: IndicatorTarget, value: number, reached: Attainment | undefined, asOf: string, year: number): boolean {
  if (reached?.met) return true;
  // Only "at least" targets accumulate over the year; a ceiling ("tối đa 5%") is judged by itself.
  if (target.comparator !== '>' && target.comparator !== '>=') return false;
  const elapsed = yearElapsed(asOf, year);
  // At the end of the year only meeting the target itself counts ("trên 20" needs 21).
  return elapsed < 1 && value >= target.value * elapsed;
}

/**
 * The computed judgement as of `asOf`, in words that fit the timeframe (docs/adr/0003):
 * - "không áp dụng" and "hoàn thành" (only if the value meets the target and cadence) first;
 * - dated deadlines and windows: *overdue* once the due date has passed, *due soon* within
 *   30 days; before that, not started (or at 0%) is *behind* once a window has started, else
 *   *within deadline*; in progress is *on track*;
 * - recurring tasks are never overdue (they have no date): a reported frequency below the
 *   cadence is *below cadence*; a yearly count behind the pace the year so far requires, or
 *   a task not started after the plan year began, is *behind*;
 * - on demand, already issued, or no timeframe: nothing to judge against, *no deadline*;
 * - no report: *overdue* past a due date, otherwise *not reported*.
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
  const due = dueDateOf(timeframe);
  if (!report) return { status: due && due < asOf ? 'overdue' : 'not-reported' };
  if (report.status === 'khong-ap-dung') return { status: 'not-applicable' };

  const reached = target && report.value !== undefined ? attainment(target, report.value) : undefined;
  const cadence = timeframe?.cadence;
  const keepsCadence = cadence && isFrequency(report.value) ? yearlyRate(report.value) >= yearlyRate(cadence) : undefined;
  const targetHolds = (reached?.met ?? true) && (keepsCadence ?? true);
  if (report.status === 'hoan-thanh' && targetHolds) return { status: 'done', attainment: reached, onPace: keepsCadence };
  const atZero = report.status === 'chua-bat-dau' || reached?.ratio === 0;

  if (due) {
    if (due < asOf) return { status: 'overdue', attainment: reached };
    if (daysBetween(asOf, due) <= DUE_SOON_DAYS) return { status: 'due-soon', attainment: reached };
    const started = timeframe?.start !== undefined && timeframe.start <= asOf;
    if (atZero) return { status: started ? 'behind' : 'within-deadline', attainment: reached };
    return { status: 'on-track', attainment: reached };
  }

  if (timeframe?.kind === 'recurring') {
    // Before the plan year begins, nothing is late yet.
    if (asOf < `${year}-01-01`) return { status: atZero ? 'within-deadline' : 'on-track', attainment: reached };
    if (keepsCadence !== undefined) return { status: keepsCadence ? 'on-track' : 'below-cadence', attainment: reached, onPace: keepsCadence };
    const pace =
      target && target.measure !== 'frequency' && typeof report.value === 'number'
        ? keepsYearlyPace(target, report.value, reached, asOf, year)
        : undefined;
    const onPace = pace ?? !atZero;
    return { status: onPace ? 'on-track' : 'behind', attainment: reached, onPace };
  }
  return { status: 'no-deadline', attainment: reached };
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

/** From most to least urgent: the status a group shows when its members differ. */
export const URGENCY_ORDER: readonly EffectiveStatus[] = [
  'overdue',
  'behind',
  'below-cadence',
  'due-soon',
  'on-track',
  'within-deadline',
  'no-deadline',
  'not-reported',
];

/**
 * One status for many (search filters, the CSV's `status` column, the social image): not
 * applicable if all are, done if all are, otherwise the most urgent one. Pages state the whole
 * distribution beside it (`statusDistribution` in distribution.ts).
 * @example aggregateStatus(['done', 'overdue', 'on-track']) // 'overdue'
 */
export function aggregateStatus(statuses: readonly EffectiveStatus[]): EffectiveStatus {
  const relevant: readonly EffectiveStatus[] = statuses.filter((status) => status !== 'not-applicable');
  if (relevant.length === 0) return 'not-applicable';
  if (relevant.every((status) => status === 'done')) return 'done';
  return URGENCY_ORDER.find((status) => relevant.includes(status)) ?? 'not-reported';
}
