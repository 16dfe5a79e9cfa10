/** File sizes in Vietnamese notation. */
import { formatNumberVi } from '../format/number.ts';

/**
 * A size in bytes as "842 byte", "6,6 kB" or "1,2 MB" (decimal units).
 * @throws {TypeError} For a negative or non-integer size.
 * @example
 * formatBytesVi(6602) // '6,6 kB'
 * formatBytesVi(183354) // '183,4 kB'
 */
export function formatBytesVi(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new TypeError(`formatBytesVi: cần một số byte nguyên không âm, nhưng nhận được ${bytes}.`);
  if (bytes < 1000) return `${formatNumberVi(bytes)} byte`;
  if (bytes < 1_000_000) return `${formatNumberVi(bytes / 1000, { maximumFractionDigits: 1 })} kB`;
  return `${formatNumberVi(bytes / 1_000_000, { maximumFractionDigits: 1 })} MB`;
}
