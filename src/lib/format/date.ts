/**
 * Calendar dates as ISO strings ('YYYY-MM-DD') and their Vietnamese display
 * form ('29/02/2024').
 *
 * Dates are never turned into `Date` objects: a plan deadline is a calendar
 * day, and going through `Date` shifts it by a day in some time zones.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Gregorian leap-year rule.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * isLeapYear(2000); // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year, or 0 when the month is out of range.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 2); // 28
 * daysInMonth(2024, 13); // 0
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month)) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Builds an ISO date from its parts, or returns `undefined` when the day does
 * not exist (30 February, month 13, year outside 1–9999).
 *
 * @example
 * toIsoDate(2024, 2, 29); // '2024-02-29'
 * toIsoDate(2024, 2, 30); // undefined
 */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}

/**
 * Last day of a month as an ISO date.
 *
 * @throws {RangeError} When the year is not in 1–9999 or the month not in 1–12.
 * @example
 * lastDayOfMonth(2024, 2); // '2024-02-29'
 * lastDayOfMonth(2023, 2); // '2023-02-28'
 */
export function lastDayOfMonth(year: number, month: number): string {
  const iso = toIsoDate(year, month, daysInMonth(year, month));
  if (iso === undefined) {
    throw new RangeError(`lastDayOfMonth: năm ${year} hoặc tháng ${month} không hợp lệ.`);
  }
  return iso;
}

/**
 * Last day of a quarter (1–4) as an ISO date.
 *
 * @throws {RangeError} When the year is not in 1–9999 or the quarter not in 1–4.
 * @example
 * lastDayOfQuarter(2024, 1); // '2024-03-31'
 * lastDayOfQuarter(2024, 2); // '2024-06-30'
 */
export function lastDayOfQuarter(year: number, quarter: number): string {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RangeError(`lastDayOfQuarter: quý phải từ 1 đến 4, nhưng nhận được ${quarter}.`);
  }
  return lastDayOfMonth(year, quarter * 3);
}

/**
 * Tells whether a value is an ISO calendar date 'YYYY-MM-DD' that really
 * exists. Times, time zones and other formats are rejected.
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2024-2-9'); // false
 * isIsoDate('2024-02-29T00:00:00Z'); // false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

function assertIsoDate(value: unknown, fn: string): asserts value is string {
  if (!isIsoDate(value)) {
    throw new TypeError(
      `${fn}: ngày không hợp lệ: ${JSON.stringify(value)}. ` +
        `Cần một ngày có thật theo dạng YYYY-MM-DD, ví dụ "2024-02-29".`,
    );
  }
}

/**
 * Formats an ISO date the Vietnamese way, 'DD/MM/YYYY', without time-zone drift.
 *
 * @throws {TypeError} When `iso` is not a real ISO calendar date.
 * @example
 * formatDateVi('2024-02-29'); // '29/02/2024'
 */
export function formatDateVi(iso: string): string {
  assertIsoDate(iso, 'formatDateVi');
  const [yyyy, mm, dd] = iso.split('-');
  return `${dd}/${mm}/${yyyy}`;
}

/**
 * Formats a month ('YYYY-MM', or a full ISO date whose day is ignored) as
 * 'tháng MM/YYYY'. Capitalise it yourself at the start of a sentence.
 *
 * @throws {TypeError} When `isoMonth` is not a valid month or date.
 * @example
 * formatMonthVi('2024-02'); // 'tháng 02/2024'
 * formatMonthVi('2024-10-31'); // 'tháng 10/2024'
 */
export function formatMonthVi(isoMonth: string): string {
  const match = typeof isoMonth === 'string' ? ISO_MONTH.exec(isoMonth) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const validMonth = match !== null && daysInMonth(year, month) > 0 && year >= 1;
  if (!validMonth || (match[3] !== undefined && !isIsoDate(isoMonth))) {
    throw new TypeError(
      `formatMonthVi: tháng không hợp lệ: ${JSON.stringify(isoMonth)}. ` +
        `Cần dạng YYYY-MM, ví dụ "2024-02".`,
    );
  }
  return `tháng ${match[2]}/${match[1]}`;
}

/**
 * Orders ISO dates chronologically. Use it as an `Array.prototype.sort`
 * comparator.
 *
 * @returns -1, 0 or 1.
 * @throws {TypeError} When an argument is not a real ISO calendar date.
 * @example
 * ['2024-10-31', '2024-02-29'].sort(compareIsoDates); // ['2024-02-29', '2024-10-31']
 */
export function compareIsoDates(a: string, b: string): number {
  assertIsoDate(a, 'compareIsoDates');
  assertIsoDate(b, 'compareIsoDates');
  // Zero-padded ISO dates sort chronologically as plain strings.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
