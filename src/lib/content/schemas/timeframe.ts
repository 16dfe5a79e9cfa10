/**
 * Structured deadlines from the appendix's free-text timeframes
 * ("Thời gian thực hiện"). The text stays verbatim in content; this module adds
 * the structure beside it: a due date, a window, a cadence, "done" or "on demand".
 *
 * Matching works on a folded key (no diacritics, lower-case, the seed's `<i>…</i>`
 * and Markdown's `*…*` removed), so "QUÝ I/2024", "quý I/2024" and an NFD
 * "Quý I/2024" read the same.
 */
import { daysInMonth, lastDayOfMonth, lastDayOfQuarter, toIsoDate } from '../../format/date.ts';
import { normalizeForMatch } from '../../text/fold.ts';

/** Kinds of timeframe, declared once for schemas, filters and labels. */
export const TIMEFRAME_KINDS = ['deadline', 'window', 'recurring', 'done', 'on-demand'] as const;
/** One of {@link TIMEFRAME_KINDS}. */
export type TimeframeKind = (typeof TIMEFRAME_KINDS)[number];
/** Periods a cadence can be counted per. */
export const CADENCE_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
/** One of {@link CADENCE_PERIODS}. */
export type CadencePeriod = (typeof CADENCE_PERIODS)[number];
/** "count times per period", e.g. `{ count: 1, per: 'week' }` for "1 lần/tuần". */
export interface Cadence {
  count: number;
  per: CadencePeriod;
}
/** Dates are ISO calendar dates 'YYYY-MM-DD' (strings, never Date, to avoid time zones). */
export interface ParsedTimeframe {
  kind: TimeframeKind;
  start?: string;
  due?: string;
  cadence?: Cadence;
}

/** Calendar helpers the timeframes use, re-exported from `format/date.ts`. */
export { lastDayOfMonth, lastDayOfQuarter };

const NUMBER_WORDS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4 };
const PERIOD_WORDS: Readonly<Record<string, CadencePeriod>> = {
  tuan: 'week',
  thang: 'month',
  quy: 'quarter',
  nam: 'year',
};
const MONTHS_PER: Readonly<Record<string, number>> = { thang: 1, quy: 3, nam: 12 };
const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

const NUM = String.raw`(\d{1,3}|mot|hai|ba|bon)`;
const PERIOD = '(tuan|thang|quy|nam)';
const AT_LEAST = '(?:(?:it nhat|toi thieu|tu|khoang) )?';
const NOUN = '(?: [a-z]+){1,3}';
/** "1 lần/1 tuần", "ít nhất 1 cuộc/quý", "2 lần mỗi tháng": count, interval, period. */
const TIMES_PER = `${AT_LEAST}${NUM}${NOUN}(?:/| moi | trong | tren )(?:${NUM} )?${PERIOD}`;
/** "1 tuần/1 lần", the seed's inverted form: interval, period, count. */
const PER_TIMES = `${AT_LEAST}(?:${NUM} )?${PERIOD}/${NUM}${NOUN}`;
/** "hàng tuần", "hằng năm", "mỗi quý", "định kỳ hàng tháng": period. */
const EVERY = `(?:dinh ky )?(?:hang|moi) ${PERIOD}(?! ?\\d)`;
const CADENCE_SOURCES = [TIMES_PER, PER_TIMES, EVERY] as const;
const cadenceSearch = CADENCE_SOURCES.map((s) => new RegExp(`(?<![a-z0-9])${s}(?![a-z0-9])`));
const cadenceExact = CADENCE_SOURCES.map((s) => new RegExp(`^${s}$`));

function toNumber(word: string | undefined, fallback: number): number {
  return word === undefined ? fallback : (NUMBER_WORDS[word] ?? Number(word));
}

/** Turns "count per interval×period" into a Cadence, if the model can say it. */
function toCadence(count: number, interval: number, period: string): Cadence | undefined {
  const per = PERIOD_WORDS[period];
  if (per === undefined || count < 1 || interval < 1) return undefined;
  if (interval === 1) return { count, per };
  const months = (MONTHS_PER[period] ?? 0) * interval;
  if (months === 3) return { count, per: 'quarter' };
  // "1 lần/6 tháng" becomes twice a year; weeks and odd spans have no exact equivalent.
  if (months > 0 && 12 % months === 0) return { count: (count * 12) / months, per: 'year' };
  return undefined;
}

function cadenceFromMatch(index: number, m: RegExpExecArray): Cadence | undefined {
  if (index === 0) return toCadence(toNumber(m[1], 1), toNumber(m[2], 1), m[3] ?? '');
  if (index === 1) return toCadence(toNumber(m[3], 1), toNumber(m[1], 1), m[2] ?? '');
  return toCadence(1, 1, m[1] ?? '');
}

function matchCadence(key: string, patterns: readonly RegExp[]): Cadence | undefined {
  for (const [index, pattern] of patterns.entries()) {
    const m = pattern.exec(key);
    if (m) return cadenceFromMatch(index, m);
  }
  return undefined;
}

function toKey(text: string, fn: string): string {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: cần một chuỗi văn bản (string), nhưng nhận được ${typeof text}.`);
  }
  const untagged = text
    .replace(/<[^>]*>|[*_]+/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return normalizeForMatch(untagged).replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
}

/**
 * Finds a cadence anywhere in a text, e.g. in the evidence column. Periods
 * other than week, month, quarter and year (e.g. "hàng ngày") are not
 * recognised.
 *
 * @returns The first cadence found, or `undefined`.
 * @throws {TypeError} When `text` is not a string.
 * @example
 * parseCadence('Tần suất phát sóng từ 1 lần/1 tuần'); // { count: 1, per: 'week' }
 * parseCadence('Tần suất phát sóng từ 1 tuần/1 lần'); // { count: 1, per: 'week' }
 * parseCadence('ít nhất 1 cuộc/ Quý'); // { count: 1, per: 'quarter' }
 * parseCadence('Hằng tháng'); // { count: 1, per: 'month' }
 */
export function parseCadence(text: string): Cadence | undefined {
  return matchCadence(toKey(text, 'parseCadence'), cadenceSearch);
}

/** A trailing condition, as in "Trong quý I/2024, khi có chỉ đạo của Trung ương". */
const TAIL = String.raw`(?:, ?(?:khi|theo|neu|tuy)\b.*)?$`;
const FINISH = '(?:(?:xong|hoan thanh) )?';
/** "by": for a day or a quarter, as the plan uses "Trước Quý II/2024" for "by the end of Q2". */
const BY = '(?:truoc|cham nhat(?: la)?|han chot|den het|den|het) ';
/** "by the end of": for a month or a year, where "trước" would be ambiguous, so it is left out. */
const BY_END = '(?:cham nhat(?: la)?(?: het)?|den het|het|den) ';
const DAY_DATE = new RegExp(
  String.raw`^${FINISH}(?:${BY})?(?:ngay )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4})| (?:hang|moi) nam)?${TAIL}`,
);
const QUARTER = new RegExp(
  String.raw`^${FINISH}(?:${BY}|trong )?quy (iv|iii|ii|i|[1-4])(?:(?:/| nam )(\d{4}))?${TAIL}`,
);
const MONTH_RANGE = new RegExp(
  String.raw`^(?:tu )?thang (\d{1,2})(?:/(\d{4}))?(?: den (?:het )?|-)(?:thang )?(\d{1,2})(?:/(\d{4}))?${TAIL}`,
);
const MONTH = new RegExp(
  String.raw`^(${BY_END}|(?:trong|suot) )?thang (\d{1,2})(?:(?:/| nam )(\d{4}))?${TAIL}`,
);
const YEAR = new RegExp(String.raw`^(${BY_END}|(?:ca|trong|suot) )?nam (\d{4})${TAIL}`);
const WHOLE_YEAR = /^(?:ca|trong|suot) nam$/;
const IS_BY_END = new RegExp(`^${BY_END}$`);
const DONE = /^da (?:ban hanh|hoan thanh|thuc hien|xong)\b/;
const RECURRING_PREFIX = /^(?:thuong xuyen|dinh ky|lien tuc)(?:$|[ ,]+)/;
const ON_DEMAND = [
  /^khi\b/,
  /\bkhi (?:co|can|duoc|phat sinh)\b/,
  /^(?:(?:thuc hien|tham gia|trien khai|to chuc) )?theo\b/,
  /^dot xuat\b/,
];

/** A year from the text, or the plan year; `undefined` when out of 1–9999. */
function yearOf(digits: string | undefined, fallback: number): number | undefined {
  const year = digits === undefined ? fallback : Number(digits);
  return year >= 1 && year <= 9999 ? year : undefined;
}

/**
 * Dated phrases. `null` means the phrase has a date's shape but names a day
 * that does not exist, so no other rule may claim it.
 */
function parseDated(key: string, planYear: number): ParsedTimeframe | null | undefined {
  let m = DAY_DATE.exec(key);
  if (m) {
    const year = yearOf(m[3], planYear);
    const due = year === undefined ? undefined : toIsoDate(year, Number(m[2]), Number(m[1]));
    return due === undefined ? null : { kind: 'deadline', due };
  }
  if ((m = QUARTER.exec(key))) {
    const year = yearOf(m[2], planYear);
    const quarter = QUARTERS[m[1] ?? ''] ?? Number(m[1]);
    return year === undefined ? null : { kind: 'deadline', due: lastDayOfQuarter(year, quarter) };
  }
  if ((m = MONTH_RANGE.exec(key))) {
    const endYear = yearOf(m[4], planYear);
    const start = toIsoDate(yearOf(m[2], endYear ?? planYear) ?? 0, Number(m[1]), 1);
    const endMonth = Number(m[3]);
    if (start === undefined || endYear === undefined || daysInMonth(endYear, endMonth) === 0)
      return null;
    const due = lastDayOfMonth(endYear, endMonth);
    return start <= due ? { kind: 'window', start, due } : null;
  }
  if ((m = MONTH.exec(key))) {
    const year = yearOf(m[3], planYear);
    const month = Number(m[2]);
    if (year === undefined || daysInMonth(year, month) === 0) return null;
    const due = lastDayOfMonth(year, month);
    if (m[1] !== undefined && IS_BY_END.test(m[1])) return { kind: 'deadline', due };
    return { kind: 'window', start: `${due.slice(0, 8)}01`, due };
  }
  if ((m = YEAR.exec(key)) || WHOLE_YEAR.test(key)) {
    const year = yearOf(m?.[2], planYear);
    if (year === undefined) return null;
    const due = lastDayOfMonth(year, 12);
    if (m?.[1] !== undefined && IS_BY_END.test(m[1])) return { kind: 'deadline', due };
    return { kind: 'window', start: `${due.slice(0, 5)}01-01`, due };
  }
  return undefined;
}

function parseRecurring(key: string): ParsedTimeframe | undefined {
  const prefix = RECURRING_PREFIX.exec(key);
  const rest = prefix ? key.slice(prefix[0].length) : key;
  if (prefix && rest === '') return { kind: 'recurring' };
  const cadence = matchCadence(rest, cadenceExact);
  return cadence ? { kind: 'recurring', cadence } : undefined;
}

/**
 * Reads a free-text timeframe from the appendix into a structure. Dates
 * without a year take `planYear`. Returns `undefined` when the phrase is not
 * recognised, or names a date that does not exist ("Trước 30/02/2024"): the
 * editor must then give the structure by hand.
 *
 * | text | result |
 * | --- | --- |
 * | "Trước 29/02/2024", "Xong trước 15/10/2024" | deadline, due that day |
 * | "Quý I/2024", "Trước Quý II/2024", "Trong quý I/2024, khi …" | deadline, last day of the quarter |
 * | "Trong tháng 02/2024" | window over the month |
 * | "Từ tháng 3 đến tháng 10/2024" | window 1 March … 31 October |
 * | "Năm 2024", "Cả năm 2024", "Cả năm" | window over the year |
 * | "Thường xuyên", "Thường xuyên hàng tuần", "ít nhất 1 cuộc/ Quý" | recurring, cadence if given |
 * | "Đã ban hành" | done |
 * | "Khi có yêu cầu", "Thực hiện theo tỉnh", "Tham gia khi có triệu tập" | on demand |
 *
 * @param text The timeframe as written; `<i>` tags and `*` emphasis are ignored.
 * @param planYear The plan's year, for phrases without a year ("Cả năm").
 * @throws {TypeError} When `text` is not a string.
 * @throws {RangeError} When `planYear` is not an integer in 1–9999.
 * @example
 * parseTimeframe('Trước 29/02/2024', 2024); // { kind: 'deadline', due: '2024-02-29' }
 * parseTimeframe('<i>Cả năm</i>', 2024); // { kind: 'window', start: '2024-01-01', due: '2024-12-31' }
 * parseTimeframe('Thường xuyên hàng tuần', 2024); // { kind: 'recurring', cadence: { count: 1, per: 'week' } }
 */
export function parseTimeframe(text: string, planYear: number): ParsedTimeframe | undefined {
  const key = toKey(text, 'parseTimeframe');
  if (!Number.isInteger(planYear) || yearOf(undefined, planYear) === undefined) {
    throw new RangeError(
      `parseTimeframe: planYear phải là năm từ 1 đến 9999, nhưng nhận được ${planYear}.`,
    );
  }
  if (key === '') return undefined;
  if (DONE.test(key)) return { kind: 'done' };
  const dated = parseDated(key, planYear);
  if (dated !== undefined) return dated ?? undefined;
  const recurring = parseRecurring(key);
  if (recurring) return recurring;
  if (ON_DEMAND.some((pattern) => pattern.test(key))) return { kind: 'on-demand' };
  return undefined;
}
