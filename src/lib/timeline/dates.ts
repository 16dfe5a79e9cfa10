/** The days the portal takes snapshots on: month ends of the plan year, and `asOf`. */

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The last day of a month (1–12), as YYYY-MM-DD.
 * @example monthEnd(2024, 2) // '2024-02-29'
 */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Every month end of the plan year on or before `asOf`, then `asOf` itself when it is not one of them.
 * @example snapshotDates(2024, '2024-03-15') // ['2024-01-31', '2024-02-29', '2024-03-15']
 */
export function snapshotDates(year: number, asOf: string): string[] {
  const dates: string[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const end = monthEnd(year, month);
    if (end <= asOf) dates.push(end);
  }
  if (dates.at(-1) !== asOf) dates.push(asOf);
  return dates;
}

/**
 * The last quarter end strictly before `date`: what "since the previous quarter end" compares with.
 * @example previousQuarterEnd('2024-10-15') // '2024-09-30'
 * @example previousQuarterEnd('2024-06-30') // '2024-03-31'
 */
export function previousQuarterEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  const ends = [monthEnd(year - 1, 12), monthEnd(year, 3), monthEnd(year, 6), monthEnd(year, 9), monthEnd(year, 12)];
  return ends.filter((end) => end < date).at(-1)!;
}
