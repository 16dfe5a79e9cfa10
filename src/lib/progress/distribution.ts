/**
 * Counts by status and the sentences that state them, for every figure the portal shows: pages,
 * social images and open data call these, so they use the same numbers and the same words.
 */
import {
  COMPUTED_STATUS_TERMS,
  EFFECTIVE_STATUSES,
  REPORTED_STATES,
  type EffectiveStatus,
  type ReportedState,
} from '../content/schemas/taxonomies.ts';
import { formatNumberVi } from '../format/number.ts';
import { URGENCY_ORDER } from './status.ts';

export type StatusCounts = Record<EffectiveStatus, number>;
export type ReportedCounts = Record<ReportedState, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(EFFECTIVE_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/**
 * @example countStatuses(['done', 'overdue', 'done']).done // 2
 */
export function countStatuses(statuses: Iterable<EffectiveStatus>): StatusCounts {
  const counts = emptyCounts();
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * @example countReported(['chua-bat-dau', 'chua-bao-cao'])['chua-bao-cao'] // 1
 */
export function countReported(states: Iterable<ReportedState>): ReportedCounts {
  const counts = Object.fromEntries(REPORTED_STATES.map((state) => [state, 0])) as ReportedCounts;
  for (const state of states) counts[state] += 1;
  return counts;
}

/** Tasks in a set of counts, with the denominator every "done of total" figure uses. */
export interface Tally {
  /** Every task, "không áp dụng" included. */
  total: number;
  /** The denominator: every task except "không áp dụng". */
  applicable: number;
  notApplicable: number;
  done: number;
}

/**
 * @example tallyOf({ ...emptyCounts(), done: 5, overdue: 11, 'not-applicable': 1 }) // { total: 17, applicable: 16, notApplicable: 1, done: 5 }
 */
export function tallyOf(counts: StatusCounts): Tally {
  const total = EFFECTIVE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const notApplicable = counts['not-applicable'];
  return { total, applicable: total - notApplicable, notApplicable, done: counts.done };
}

/** "(không tính 1 chỉ số không áp dụng)", or nothing when every task applies. */
function notApplicableClause(tally: Tally, noun: string): string {
  return tally.notApplicable > 0 ? ` (không tính ${formatNumberVi(tally.notApplicable)} ${noun} không áp dụng)` : '';
}

/** The distribution of a set of tasks: its counts and the sentence that states them. */
export interface Distribution extends Tally {
  counts: StatusCounts;
  /** e.g. "15/17 đơn vị hoàn thành, 2 quá hạn". */
  sentence: string;
}

/**
 * An indicator's (or pillar's, or the city's) overall line: done of applicable, then every other
 * status present, most urgent first, and what the denominator leaves out.
 * @example
 * statusDistribution({ ...emptyCounts(), done: 15, overdue: 2 }, 'đơn vị').sentence // '15/17 đơn vị hoàn thành, 2 quá hạn'
 * statusDistribution({ ...emptyCounts(), done: 3, behind: 1, 'not-applicable': 1 }, 'đơn vị').sentence
 * // '3/4 đơn vị hoàn thành, 1 chậm tiến độ (không tính 1 đơn vị không áp dụng)'
 */
export function statusDistribution(counts: StatusCounts, noun = 'nhiệm vụ'): Distribution {
  const tally = tallyOf(counts);
  const base = { ...tally, counts };
  if (tally.total === 0) return { ...base, sentence: `Chưa có ${noun} nào được giao` };
  if (tally.applicable === 0) return { ...base, sentence: `Cả ${formatNumberVi(tally.total)} ${noun} đều không áp dụng` };
  const rest = URGENCY_ORDER.filter((status) => counts[status] > 0).map(
    (status) => `${formatNumberVi(counts[status])} ${COMPUTED_STATUS_TERMS[status].phrase}`,
  );
  const head = `${formatNumberVi(tally.done)}/${formatNumberVi(tally.applicable)} ${noun} hoàn thành`;
  return { ...base, sentence: [head, ...rest].join(', ') + notApplicableClause(tally, noun) };
}

/**
 * The lead count of a unit ("chủ trì 17 chỉ số"), from its tasks' counts.
 * @example leadCountSentence({ ...emptyCounts(), done: 5, overdue: 11, 'not-applicable': 1 }) // 'Chủ trì 17 chỉ số'
 */
export function leadCountSentence(counts: StatusCounts): string {
  return `Chủ trì ${formatNumberVi(tallyOf(counts).total)} chỉ số`;
}

/** A unit's done figure in parts, so a page can set the figure in bold without changing the words. */
export interface LeadDone extends Tally {
  /** "5/16". */
  figure: string;
  /** "Hoàn thành 5/16 chỉ số được giao chủ trì (không tính 1 chỉ số không áp dụng)". */
  sentence: string;
  /** The words before and after the figure. */
  before: string;
  after: string;
}

/**
 * A unit's done figure, saying which denominator it uses.
 * @example
 * leadDone({ ...emptyCounts(), done: 5, overdue: 11, 'not-applicable': 1 }).sentence
 * // 'Hoàn thành 5/16 chỉ số được giao chủ trì (không tính 1 chỉ số không áp dụng)'
 */
export function leadDone(counts: StatusCounts): LeadDone {
  const tally = tallyOf(counts);
  const figure = `${formatNumberVi(tally.done)}/${formatNumberVi(tally.applicable)}`;
  const before = 'Hoàn thành';
  const after = ` chỉ số được giao chủ trì${notApplicableClause(tally, 'chỉ số')}`;
  return { ...tally, figure, before, after, sentence: `${before} ${figure}${after}` };
}

/**
 * @example leadDoneSentence({ ...emptyCounts(), done: 5, overdue: 11 }) // 'Hoàn thành 5/16 chỉ số được giao chủ trì'
 */
export function leadDoneSentence(counts: StatusCounts): string {
  return leadDone(counts).sentence;
}

/**
 * An indicator's overall line: its lead units' statuses, or for a parent its children's tasks.
 * @example indicatorDistribution(summary.indicators.get('6.13')!).sentence // '15/17 đơn vị hoàn thành, 2 chậm tiến độ'
 */
export function indicatorDistribution(progress: { counts: StatusCounts; children: readonly unknown[] }): Distribution {
  return statusDistribution(progress.counts, progress.children.length > 0 ? 'nhiệm vụ' : 'đơn vị');
}
