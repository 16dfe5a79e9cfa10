/**
 * A problem in a filled template, located the way an officer finds it in Excel: file, sheet, row,
 * column. Formatted like a ContentIssue (what is wrong, "Cách sửa", where to read more).
 */
import { CONTRIBUTING_HINT } from '../content/errors.ts';
import { COLUMNS, columnLetter, COLUMN_INDEX, type ColumnKey } from './layout.ts';

export interface SheetIssue {
  /** The file as given to the import, e.g. bao-cao/phuong-tran-phu.xlsx. */
  file: string;
  sheet?: string;
  /** Spreadsheet row number, from 1. */
  row?: number;
  /** Column letter, e.g. "F". */
  column?: string;
  /** The column's header, e.g. "Trạng thái". */
  header?: string;
  /** The task the row is about, e.g. `chỉ số "1.1"`. */
  entry?: string;
  message: string;
  fix: string;
}

/** Where a template column is, for an issue. */
export function columnOf(key: ColumnKey): Pick<SheetIssue, 'column' | 'header'> {
  const index = COLUMN_INDEX[key];
  return { column: columnLetter(index), header: COLUMNS[index]!.header };
}

/**
 * One issue as a block of text.
 * @example
 * formatSheetIssue({ file: 'a.xlsx', sheet: 'Báo cáo', row: 3, column: 'F', header: 'Trạng thái', message: 'sai', fix: 'sửa' })
 * // 'a.xlsx — trang "Báo cáo", dòng 3, cột F "Trạng thái": sai\n  Cách sửa: sửa\n  Xem hướng dẫn: CONTRIBUTING.md'
 */
export function formatSheetIssue(issue: SheetIssue): string {
  const where = [
    issue.sheet ? `trang "${issue.sheet}"` : undefined,
    issue.row ? `dòng ${issue.row}` : undefined,
    issue.column ? `cột ${issue.column}${issue.header ? ` "${issue.header}"` : ''}` : undefined,
  ].filter(Boolean).join(', ');
  const entry = issue.entry ? ` (${issue.entry})` : '';
  return [`${issue.file}${where ? ` — ${where}` : ''}${entry}: ${issue.message}`, `  Cách sửa: ${issue.fix}`, `  ${CONTRIBUTING_HINT}`].join('\n');
}

/** Every issue, with the sentence that says nothing was written. */
export function formatSheetIssues(issues: readonly SheetIssue[]): string {
  return `Mẫu báo cáo có ${issues.length} lỗi, chưa ghi tệp nào:\n\n${issues.map(formatSheetIssue).join('\n\n')}\n`;
}
