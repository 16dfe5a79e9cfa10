/**
 * One rounding for every completion figure, so a page, the CSV and the JSON
 * always show the same number: a percentage with one decimal.
 */
import { formatNumberVi } from '../format/number.ts';

/** Decimals kept in a completion percentage, on pages and in open data. */
export const PERCENT_DECIMALS = 1;

/**
 * A 0–1 ratio as a percentage rounded to one decimal; undefined stays undefined.
 * @example
 * toPercent(0.59972) // 60
 * toPercent(0.5944) // 59.4
 * toPercent(undefined) // undefined
 */
export function toPercent(ratio: number): number;
export function toPercent(ratio: number | undefined): number | undefined;
export function toPercent(ratio: number | undefined): number | undefined {
  if (ratio === undefined) return undefined;
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) {
    throw new TypeError(`toPercent: cần một tỷ lệ từ 0 đến 1, nhưng nhận được ${String(ratio)}.`);
  }
  const scale = 10 ** PERCENT_DECIMALS;
  // Rounding the product avoids 0.5944 * 100 = 59.440000000000005 leaking into files.
  return Math.round(ratio * 100 * scale) / scale;
}

/**
 * A completion ratio in Vietnamese notation, built from {@link toPercent} so
 * it equals the figure in the open-data files. Always one decimal, so a
 * ranking never sets "78%" beside "78,8%".
 * @example
 * percentLabel(0.5944) // '59,4%'
 * percentLabel(1) // '100,0%'
 * percentLabel(undefined) // 'Không áp dụng'
 */
export function percentLabel(ratio: number | undefined, fallback = 'Không áp dụng'): string {
  const percent = toPercent(ratio);
  if (percent === undefined) return fallback;
  return `${formatNumberVi(percent, { minimumFractionDigits: PERCENT_DECIMALS, maximumFractionDigits: PERCENT_DECIMALS })}%`;
}
