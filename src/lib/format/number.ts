/**
 * Numbers and percentages in Vietnamese notation: "." groups thousands and
 * "," marks decimals ("18.250", "12,5", "90,5%").
 */

/** Options for {@link formatNumberVi}. */
export interface NumberFormatOptions {
  /** Fewest digits after the decimal comma (default 0). */
  minimumFractionDigits?: number;
  /** Most digits after the decimal comma (default 3, or the minimum if larger). */
  maximumFractionDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function getFormatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('vi-VN', options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function assertFiniteNumber(value: unknown, fn: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(
      `${fn}: cần một số hữu hạn, nhưng nhận được ${JSON.stringify(value) ?? String(value)}.`,
    );
  }
}

function assertDigits(value: number, fn: string, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw new RangeError(`${fn}: ${name} phải là số nguyên từ 0 đến 20, nhưng nhận được ${value}.`);
  }
}

/**
 * Formats a number in Vietnamese notation (Intl 'vi-VN'): thousands grouped
 * with ".", decimals after ",". Rounds to at most 3 decimals unless told.
 *
 * @throws {TypeError} When `value` is not a finite number.
 * @throws {RangeError} When a digit option is not an integer in 0–20.
 * @example
 * formatNumberVi(18250); // '18.250'
 * formatNumberVi(12.5); // '12,5'
 * formatNumberVi(2, { minimumFractionDigits: 1 }); // '2,0'
 */
export function formatNumberVi(value: number, options: NumberFormatOptions = {}): string {
  assertFiniteNumber(value, 'formatNumberVi');
  const min = options.minimumFractionDigits ?? 0;
  assertDigits(min, 'formatNumberVi', 'minimumFractionDigits');
  const max = options.maximumFractionDigits ?? Math.max(3, min);
  assertDigits(max, 'formatNumberVi', 'maximumFractionDigits');
  if (max < min) {
    throw new RangeError(
      `formatNumberVi: maximumFractionDigits (${max}) nhỏ hơn minimumFractionDigits (${min}).`,
    );
  }
  return getFormatter({
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    signDisplay: 'negative',
  }).format(value);
}

/**
 * Formats a ratio (0.905 means 90.5 %) as a Vietnamese percentage, with up to
 * `digits` decimals and no trailing zeros. Ratios above 1 are allowed (a target
 * can be exceeded); pass a ratio, not a percentage: 90 would print '9.000%'.
 *
 * @param ratio The share, usually between 0 and 1.
 * @param digits Most digits after the decimal comma (default 1).
 * @throws {TypeError} When `ratio` is not a finite number.
 * @throws {RangeError} When `digits` is not an integer in 0–20.
 * @example
 * formatPercentVi(0.905); // '90,5%'
 * formatPercentVi(0.9); // '90%'
 * formatPercentVi(0.12345, 2); // '12,35%'
 */
export function formatPercentVi(ratio: number, digits = 1): string {
  assertFiniteNumber(ratio, 'formatPercentVi');
  assertDigits(digits, 'formatPercentVi', 'digits');
  const text = getFormatter({
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  }).format(ratio);
  // ICU data has changed the space before "%" between releases; pin the output.
  return text.replace(/[\s\u00A0\u202F]+%/u, '%');
}
