/**
 * Numbers, percentages and dates on the English page, in English notation ("56.8%", "15 October 2024"),
 * from the same roundings as the Vietnamese pages, so both state the same figures.
 */
import { PERCENT_DECIMALS, toPercent } from '../dashboard/percent.ts';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const percentFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: PERCENT_DECIMALS, maximumFractionDigits: PERCENT_DECIMALS });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** @example formatNumberEn(18250); // '18,250' */
export const formatNumberEn = (value: number): string => numberFormat.format(value);

/**
 * A completion ratio as the Vietnamese pages round it ({@link toPercent}), in English notation.
 * @example
 * percentLabelEn(0.5677); // '56.8%'
 * percentLabelEn(1); // '100.0%'
 * percentLabelEn(undefined); // 'Not applicable'
 */
export function percentLabelEn(ratio: number | undefined): string {
  const percent = toPercent(ratio);
  return percent === undefined ? 'Not applicable' : `${percentFormat.format(percent)}%`;
}

/** @example formatDateEn('2024-10-15'); // '15 October 2024' */
export function formatDateEn(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`formatDateEn: cần ngày dạng YYYY-MM-DD, nhưng nhận được ${JSON.stringify(isoDate)}.`);
  return dateFormat.format(date);
}
