/**
 * An indicator's lead units at any scale (issue 18, point 5): up to
 * {@link FULL_TABLE_MAX_ROWS} units, the indicator page keeps its table of every unit; above it (an
 * indicator led by "UBND các phường, xã" at 1,600 wards), the page shows the distribution instead —
 * counts by status, the spread of the units' completion, the {@link MOST_BEHIND_COUNT} most behind —
 * and links to the full list, {@link UNIT_LIST_PAGE_SIZE} units a page, and to its CSV.
 *
 * Every figure is read from the roll-up's assignments (`model.progress`), the ones the unit pages and
 * du-lieu/bao-cao.csv show; completions are the rounded percentages of the CSV's `completion_percent`.
 */
import { toPercent } from '../dashboard/percent.ts';
import type { ListPage } from '../posts/paginate.ts';
import { paginate } from '../posts/paginate.ts';
import type { Assignment } from '../progress/rollup.ts';
import { URGENCY_ORDER } from '../progress/status.ts';
import { compareVietnamese } from '../text/fold.ts';

/**
 * The one rule: an indicator page lists every lead unit in its table up to this many (the shipped
 * content's 16 wards and communes fit); above it the page shows the distribution and links to the list.
 */
export const FULL_TABLE_MAX_ROWS = 30;

/**
 * Units on one page of the full list. A row with its report's history weighs about 2.6 KB of HTML,
 * so 50 rows keep a page near 160 KB, well under the 300 KB budget of every page.
 */
export const UNIT_LIST_PAGE_SIZE = 50;

/** The units named on the indicator page when the table is replaced by the distribution. */
export const MOST_BEHIND_COUNT = 10;

/**
 * Whether an indicator page shows the table of all its lead units (else the distribution).
 * @example listsEveryLeadUnit(16) // true
 * @example listsEveryLeadUnit(1_600) // false
 */
export function listsEveryLeadUnit(count: number): boolean {
  return count <= FULL_TABLE_MAX_ROWS;
}

/** Five figures of a set of completions, in percent with one decimal, as the CSV writes them. */
export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The quartiles of a list of numbers, by linear interpolation between the closest ranks (the method
 * of spreadsheets' QUARTILE.INC and R's default), rounded to one decimal; undefined for an empty list.
 * @example quartilesOf([0, 50, 50, 100]) // { min: 0, q1: 37.5, median: 50, q3: 62.5, max: 100 }
 */
export function quartilesOf(values: readonly number[]): Quartiles | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => {
    const position = (sorted.length - 1) * share;
    const below = Math.floor(position);
    const lower = sorted[below] as number;
    const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
    return oneDecimal(lower + (upper - lower) * (position - below));
  };
  return { min: at(0), q1: at(0.25), median: at(0.5), q3: at(0.75), max: at(1) };
}

/** One band of completion, for the chart and its table. */
export interface CompletionBand {
  /** e.g. "Từ 25% đến dưới 50%". */
  label: string;
  count: number;
}

/** The bands, as [label, lowest percent included, highest percent excluded]; 100% is "hoàn thành". */
const BANDS: readonly (readonly [string, number, number])[] = [
  ['0% (chưa có tiến độ)', 0, Number.MIN_VALUE],
  ['Trên 0% đến dưới 25%', Number.MIN_VALUE, 25],
  ['Từ 25% đến dưới 50%', 25, 50],
  ['Từ 50% đến dưới 75%', 50, 75],
  ['Từ 75% đến dưới 100%', 75, 100],
  ['100% (hoàn thành)', 100, Infinity],
];

/** The completion of each unit that applies, in percent as the CSV writes it. */
export function completionPercents(assignments: readonly Assignment[]): number[] {
  return assignments.flatMap((assignment) => (assignment.completion === undefined ? [] : [toPercent(assignment.completion)]));
}

/**
 * How many units fall in each band of completion (units for which the indicator does not apply are not counted).
 * @example completionBands(assignments).map((band) => band.count) // [3, 0, 1, 5, 0, 7]
 */
export function completionBands(assignments: readonly Assignment[]): CompletionBand[] {
  const percents = completionPercents(assignments);
  return BANDS.map(([label, from, to]) => ({ label, count: percents.filter((percent) => percent >= from && percent < to).length }));
}

const urgency = (assignment: Assignment) => URGENCY_ORDER.indexOf(assignment.status);

/**
 * The units furthest behind: not done and applicable, lowest completion first; at the same
 * completion the more urgent status first (quá hạn before chưa báo cáo), then by name.
 * @example mostBehind(assignments, 2).map((a) => a.unit.name) // ['Xã Đồng Sơn', 'Phường Đa Mai']
 */
export function mostBehind(assignments: readonly Assignment[], count = MOST_BEHIND_COUNT): Assignment[] {
  return assignments
    .filter((assignment) => assignment.completion !== undefined && assignment.status !== 'done')
    .sort(
      (a, b) =>
        toPercent(a.completion as number) - toPercent(b.completion as number) ||
        urgency(a) - urgency(b) ||
        compareVietnamese(a.unit.name, b.unit.name),
    )
    .slice(0, count);
}

/** What an indicator page shows of its lead units. */
export interface LeadUnitsSummary {
  /** Lead units, "không áp dụng" included. */
  total: number;
  /** Units whose completion counts (all but "không áp dụng"). */
  measured: number;
  quartiles: Quartiles | undefined;
  bands: CompletionBand[];
  /** The page keeps the table of every unit ({@link listsEveryLeadUnit}). */
  fullTable: boolean;
  /** When the table is replaced: the {@link MOST_BEHIND_COUNT} most behind; otherwise empty (the table shows them all). */
  mostBehind: Assignment[];
  /** When the table is replaced: the first page of the full list, and how many pages it has. */
  list: { href: string; pageCount: number } | undefined;
}

/**
 * The full list of an indicator's lead units, page by page, in the order of the indicator page's table.
 * @example unitListPages(assignments, (n) => `/chi-so/1-3/don-vi/${n > 1 ? `trang/${n}/` : ''}`).length // 32 at 1,600 wards
 */
export function unitListPages(assignments: readonly Assignment[], urlOf: (page: number) => string): ListPage<Assignment>[] {
  return paginate(assignments, UNIT_LIST_PAGE_SIZE, urlOf);
}

/**
 * The summary of an indicator's lead units for its page.
 * @example leadUnitsSummary(progress.assignments, urlOf).fullTable // true with the shipped 16 wards
 */
export function leadUnitsSummary(assignments: readonly Assignment[], urlOf: (page: number) => string): LeadUnitsSummary {
  const fullTable = listsEveryLeadUnit(assignments.length);
  const percents = completionPercents(assignments);
  return {
    total: assignments.length,
    measured: percents.length,
    quartiles: quartilesOf(percents),
    bands: completionBands(assignments),
    fullTable,
    mostBehind: fullTable ? [] : mostBehind(assignments),
    list: fullTable ? undefined : { href: urlOf(1), pageCount: Math.max(1, Math.ceil(assignments.length / UNIT_LIST_PAGE_SIZE)) },
  };
}

/**
 * A list of units named inline (the late units of an overdue indicator): all of them up to
 * {@link FULL_TABLE_MAX_ROWS}, else the first {@link MOST_BEHIND_COUNT} and how many more there are,
 * for a link to the indicator's full list.
 * @example namedUnits(['a', 'b']) // { shown: ['a', 'b'], more: 0 }
 * @example namedUnits(wards1600).more // 1590
 */
export function namedUnits<T>(units: readonly T[]): { shown: T[]; more: number } {
  if (listsEveryLeadUnit(units.length)) return { shown: [...units], more: 0 };
  return { shown: units.slice(0, MOST_BEHIND_COUNT), more: units.length - MOST_BEHIND_COUNT };
}
