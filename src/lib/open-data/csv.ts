/**
 * CSV as RFC 4180 describes it, made for Excel: UTF-8 with a byte-order mark
 * (so Excel reads the Vietnamese diacritics), CRLF line ends, a header row of
 * column names, and fields quoted when they hold a comma, a quote or a line break.
 */
import type { CellValue } from './columns.ts';

/** The UTF-8 byte-order mark Excel needs to read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
/** RFC 4180 line end. */
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: numbers with a dot decimal, booleans as true/false, null as
 * an empty field, text NFC-normalised and quoted when needed.
 * @throws {TypeError} For a number that is not finite.
 * @example
 * csvField('Phòng TC-KH, UBND') // '"Phòng TC-KH, UBND"'
 * csvField('Cổng "Một cửa"') // '"Cổng ""Một cửa"""'
 * csvField(59.4) // '59.4'
 * csvField(null) // ''
 */
export function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`csvField: cần một số hữu hạn, nhưng nhận được ${value}.`);
    // String() never uses a thousands separator or a decimal comma; -0 becomes "0".
    return Object.is(value, -0) ? '0' : String(value);
  }
  const text = value.normalize('NFC');
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: BOM, header, one record per row, each ended by CRLF.
 * @example
 * toCsv(['unit_id', 'unit_name'], [['xa-dong-son', 'Xã Đồng Sơn']])
 * // '\uFEFFunit_id,unit_name\r\nxa-dong-son,Xã Đồng Sơn\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (CellValue | undefined)[])[]): string {
  const records = [header, ...rows].map((row, index) => {
    if (row.length !== header.length) {
      throw new TypeError(`toCsv: dòng ${index} có ${row.length} ô, tiêu đề có ${header.length} cột.`);
    }
    return row.map(csvField).join(',');
  });
  return CSV_BOM + records.map((record) => record + CSV_EOL).join('');
}
