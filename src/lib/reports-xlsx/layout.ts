/**
 * The shape of the progress-report template (issue 19): sheet names, where the unit id sits, and the
 * columns, declared once for the writer, the reader and the checks. Headers are Vietnamese because
 * officers read them; the import recognises columns by these exact headers.
 */
import { REPORT_STATUSES, REPORTED_STATE_LABELS, type ReportStatus } from '../content/schemas/taxonomies.ts';

/** The sheet the officer fills. */
export const REPORT_SHEET = 'Báo cáo';
/** The second sheet: how to fill the first. */
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';

/** Row 1 holds the unit: label in A1, id in B1, name in D1. */
export const UNIT_ROW = 1;
export const UNIT_ID_CELL = 'B1';
export const UNIT_ID_LABEL = 'Mã đơn vị';
/** Row 2 holds the headers (frozen with row 1); tasks start on row 3. */
export const HEADER_ROW = 2;
export const FIRST_TASK_ROW = 3;

export type CellKind = 'text' | 'number' | 'date' | 'status';

export interface TemplateColumn {
  key: ColumnKey;
  header: string;
  /** Width in characters. */
  width: number;
  /** Read-only columns are prefilled from the plan and locked. */
  fill: boolean;
  kind: CellKind;
}

export const COLUMNS = [
  { key: 'id', header: 'Mã chỉ số', width: 10, fill: false, kind: 'text' },
  { key: 'title', header: 'Tên chỉ số', width: 48, fill: false, kind: 'text' },
  { key: 'timeframe', header: 'Thời hạn', width: 22, fill: false, kind: 'text' },
  { key: 'deadline', header: 'Hạn chót', width: 12, fill: false, kind: 'date' },
  { key: 'target', header: 'Chỉ tiêu', width: 26, fill: false, kind: 'text' },
  { key: 'status', header: 'Trạng thái', width: 18, fill: true, kind: 'status' },
  { key: 'value', header: 'Giá trị', width: 10, fill: true, kind: 'number' },
  { key: 'valueUnit', header: 'Đơn vị tính', width: 14, fill: false, kind: 'text' },
  { key: 'evidenceTitle', header: 'Tên minh chứng', width: 32, fill: true, kind: 'text' },
  { key: 'evidenceNumber', header: 'Số văn bản minh chứng', width: 16, fill: true, kind: 'text' },
  { key: 'evidenceDate', header: 'Ngày văn bản', width: 13, fill: true, kind: 'date' },
  { key: 'evidenceLink', header: 'Liên kết minh chứng', width: 32, fill: true, kind: 'text' },
  { key: 'note', header: 'Ghi chú', width: 40, fill: true, kind: 'text' },
  { key: 'updated', header: 'Ngày cập nhật', width: 13, fill: true, kind: 'date' },
  { key: 'reporter', header: 'Người báo cáo', width: 24, fill: true, kind: 'text' },
] as const satisfies readonly { key: string; header: string; width: number; fill: boolean; kind: CellKind }[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** Spreadsheet column letters, A… for the columns above (fewer than 26). */
export function columnLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export const COLUMN_INDEX = Object.fromEntries(COLUMNS.map((column, index) => [column.key, index])) as Record<ColumnKey, number>;

/** Dates are shown the Vietnamese way. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** The dropdown: the Vietnamese labels of the statuses a report may carry, from the one taxonomy. */
export const STATUS_OPTIONS: readonly { status: ReportStatus; label: string }[] = REPORT_STATUSES.map((status) => ({
  status,
  label: REPORTED_STATE_LABELS[status],
}));
