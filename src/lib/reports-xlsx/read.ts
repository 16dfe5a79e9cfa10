/**
 * Reads a filled template into plain cells with exceljs, so the checks (check.ts) work on data and
 * are table-tested without spreadsheets. Nothing here judges the content; it only says what each
 * cell holds: nothing, text, a number, a real date, or something else (an error, a formula never
 * computed, a true/false).
 */
import ExcelJS from 'exceljs';
import { COLUMNS, REPORT_SHEET } from './layout.ts';

export type GridCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'other'; description: string };

/** The report sheet of a workbook, as cells; `rows[0]` is spreadsheet row 1. */
export interface SheetGrid {
  sheetNames: string[];
  /** Undefined when the workbook has no report sheet. */
  rows?: GridCell[][];
}

/** A larger file is not a filled template; refused before unzipping. */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
/** Rows read at most: the plan has fewer than 100 tasks per unit. */
export const MAX_TEMPLATE_ROWS = 1000;

export const EMPTY: GridCell = { kind: 'empty' };

/** A Date exceljs read as the calendar day it shows (exceljs reads serials as UTC; a time of day is dropped). */
export function excelDateToIso(date: Date): string {
  const day = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function textCell(text: string): GridCell {
  const clean = text.normalize('NFC').trim();
  return clean === '' ? EMPTY : { kind: 'text', text: clean };
}

/** One exceljs cell as a plain cell. A number shown as a percentage ("85%", stored 0.85) reads as 85. */
export function toGridCell(value: ExcelJS.CellValue, numFmt?: string): GridCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') {
    const percent = numFmt?.includes('%') ?? false;
    return { kind: 'number', value: percent ? Math.round(value * 100 * 1e9) / 1e9 : value };
  }
  if (typeof value === 'boolean') return { kind: 'other', description: value ? 'giá trị TRUE' : 'giá trị FALSE' };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'other', description: 'một ngày không hợp lệ' } : { kind: 'date', iso: excelDateToIso(value) };
  if ('richText' in value) return textCell(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return textCell(String(value.hyperlink || value.text));
  if ('error' in value) return { kind: 'other', description: `lỗi ${value.error}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) {
      return { kind: 'other', description: 'một công thức chưa có kết quả' };
    }
    return toGridCell(result, numFmt);
  }
  return { kind: 'other', description: 'một giá trị không đọc được' };
}

export type ReadResult = { ok: true; grid: SheetGrid } | { ok: false; message: string; fix: string };

/**
 * Opens a filled template's bytes.
 * @example const read = await readTemplate(bytes); // { ok: true, grid: { sheetNames: ['Báo cáo', 'Hướng dẫn'], rows } }
 */
export async function readTemplate(bytes: Uint8Array): Promise<ReadResult> {
  const fix = 'tải lại mẫu từ trang của đơn vị trên cổng ("Tải mẫu báo cáo (Excel)"), điền và lưu dạng Excel (.xlsx)';
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    return { ok: false, message: `tệp quá lớn (${Math.round(bytes.length / 1024)} KB, tối đa ${MAX_TEMPLATE_BYTES / 1024} KB) cho một mẫu báo cáo`, fix };
  }
  // An .xlsx is a zip: "PK\x03\x04". Old .xls, CSV or a renamed document are refused with one sentence.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: 'tệp không phải bảng tính Excel .xlsx (có thể là .xls, .csv hay tệp khác đổi tên)', fix };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: 'không mở được tệp: tệp .xlsx bị hỏng hoặc không phải bảng tính Excel', fix };
  }
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name.normalize('NFC'));
  const sheet = workbook.worksheets.find((candidate) => candidate.name.normalize('NFC') === REPORT_SHEET);
  if (!sheet) return { ok: true, grid: { sheetNames } };
  const rowCount = Math.min(sheet.rowCount, MAX_TEMPLATE_ROWS);
  const rows: GridCell[][] = [];
  for (let rowNumber = 1; rowNumber <= rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    rows.push(COLUMNS.map((_, index) => {
      const cell = row.getCell(index + 1);
      return toGridCell(cell.value, cell.numFmt);
    }));
  }
  return { ok: true, grid: { sheetNames, rows } };
}
