/**
 * Writes a unit's template as .xlsx bytes with exceljs. The bytes depend on the content only
 * (docs/adr/0010): the workbook's dates are the site's `asOf`, and every zip entry is re-stamped
 * with that day, because exceljs lets JSZip stamp entries with the clock.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Unit } from '../content/schemas/unit.ts';
import { formatDateVi } from '../format/date.ts';
import {
  COLUMNS,
  DATE_FORMAT,
  FIRST_TASK_ROW,
  HEADER_ROW,
  INSTRUCTIONS_SHEET,
  REPORT_SHEET,
  STATUS_OPTIONS,
  UNIT_ID_LABEL,
  UNIT_ROW,
  type ColumnKey,
} from './layout.ts';
import { templateRows, type TemplateRow, type TemplateSource } from './rows.ts';

/** An ISO date as the Date exceljs writes as that calendar day (UTC midnight, no time-zone drift). */
export function isoToExcelDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

function cellValue(row: TemplateRow, key: ColumnKey): ExcelJS.CellValue {
  const date = (iso: string | undefined) => (iso ? isoToExcelDate(iso) : null);
  switch (key) {
    case 'id':
      return row.id;
    case 'title':
      return row.title;
    case 'timeframe':
      return row.timeframe;
    case 'deadline':
      return date(row.deadline);
    case 'target':
      return row.targetLabel;
    case 'valueUnit':
      return row.valueUnit;
    case 'evidenceDate':
      return date(row.prefill.evidenceDate);
    case 'updated':
      return date(row.prefill.updated);
    default:
      return row.prefill[key] ?? null;
  }
}

function addReportSheet(workbook: ExcelJS.Workbook, unit: Unit, rows: readonly TemplateRow[]): void {
  const sheet = workbook.addWorksheet(REPORT_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  const unitRow = sheet.getRow(UNIT_ROW);
  unitRow.getCell(1).value = UNIT_ID_LABEL;
  unitRow.getCell(2).value = unit.id;
  unitRow.getCell(3).value = 'Đơn vị';
  unitRow.getCell(4).value = unit.name;
  unitRow.font = { bold: true };

  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.fill = HEADER_FILL;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });

  const statusList = `"${STATUS_OPTIONS.map((option) => option.label).join(',')}"`;
  rows.forEach((row, rowIndex) => {
    const sheetRow = sheet.getRow(FIRST_TASK_ROW + rowIndex);
    COLUMNS.forEach((column, index) => {
      const cell = sheetRow.getCell(index + 1);
      cell.value = cellValue(row, column.key);
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.protection = { locked: !column.fill };
      if (!column.fill) cell.fill = READ_ONLY_FILL;
      if (column.kind === 'date') {
        cell.numFmt = DATE_FORMAT;
        if (column.fill) {
          cell.dataValidation = {
            type: 'date',
            operator: 'greaterThan',
            allowBlank: true,
            formulae: [isoToExcelDate('2000-01-01')],
            showErrorMessage: true,
            errorTitle: 'Ngày không hợp lệ',
            error: 'Nhập một ngày, ví dụ 15/10/2024.',
          };
        }
      }
      if (column.kind === 'status') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [statusList],
          showErrorMessage: true,
          errorTitle: 'Trạng thái không hợp lệ',
          error: `Chọn một trạng thái trong danh sách: ${STATUS_OPTIONS.map((option) => option.label).join(', ')}.`,
        };
      }
      if (column.key === 'value' && row.target && row.target.measure !== 'frequency') {
        cell.dataValidation = {
          type: 'decimal',
          operator: row.target.measure === 'percent' ? 'between' : 'greaterThanOrEqual',
          allowBlank: true,
          formulae: row.target.measure === 'percent' ? [0, 100] : [0],
          showErrorMessage: true,
          errorTitle: 'Giá trị không hợp lệ',
          error: row.target.measure === 'percent' ? 'Nhập một tỷ lệ từ 0 đến 100.' : 'Nhập một số không âm.',
        };
      }
    });
  });
  // Locked plan cells, without a password: a guard against slips, not a lock; the import checks ids anyway.
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** The instructions sheet: the steps, the statuses, the columns. */
export function instructionLines(source: TemplateSource, unit: Unit): string[] {
  return [
    `Mẫu báo cáo tiến độ — ${unit.name} (mã đơn vị: ${unit.id})`,
    `${source.site.name}. Số liệu trên cổng tính đến ngày ${formatDateVi(source.site.asOf)}.`,
    '',
    'Cách điền',
    `1. Trang "${REPORT_SHEET}" có một dòng cho mỗi chỉ số đơn vị chủ trì, đã điền sẵn báo cáo hiện có trên cổng.`,
    '2. Chỉ sửa các cột trắng: trạng thái, giá trị, minh chứng, ghi chú, ngày cập nhật, người báo cáo. Các cột xám lấy từ Kế hoạch, không sửa.',
    '3. Không sửa mã chỉ số, mã đơn vị, tên trang hay tiêu đề cột; không thêm dòng cho chỉ số khác.',
    '4. Khi đổi số liệu của một chỉ số, ghi ngày cập nhật mới (không muộn hơn ngày báo cáo) và tên người báo cáo; số liệu cũ được giữ trong lịch sử.',
    '5. Gõ ngày vào ô ngày (ví dụ 15/10/2024): ô phải hiện là ngày, không phải chữ.',
    '6. Giá trị ghi theo đơn vị tính ở cột bên cạnh; để trống nếu chỉ số không có chỉ tiêu định lượng.',
    '7. Minh chứng: ghi số và ngày văn bản, hoặc một liên kết (https://…).',
    '8. Lưu tệp (.xlsx) và gửi lại cho Phòng Văn hóa và Thông tin. Người quản trị cổng nhập tệp vào cổng.',
    '',
    'Trạng thái (chọn trong danh sách thả xuống)',
    ...STATUS_OPTIONS.map((option) => `• ${option.label}`),
    '',
    'Các cột',
    ...COLUMNS.map((column) => `• ${column.header}${column.fill ? '' : ' (không sửa)'}`),
  ];
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, source: TemplateSource, unit: Unit): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.getColumn(1).width = 110;
  instructionLines(source, unit).forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (index === 0 || line === 'Cách điền' || line.startsWith('Trạng thái (') || line === 'Các cột') cell.font = { bold: true };
  });
}

/** Re-stamps every zip entry with one date, keeping entry order and contents. */
async function restampZip(bytes: Uint8Array, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return (await target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' })) as Uint8Array<ArrayBuffer>;
}

/**
 * A unit's template as .xlsx bytes, the same for the same content.
 * @example const bytes = await writeReportTemplate(model, model.getUnit('phuong-tran-phu')!);
 */
export async function writeReportTemplate(source: TemplateSource, unit: Unit): Promise<Uint8Array<ArrayBuffer>> {
  const stamp = isoToExcelDate(source.site.asOf);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = source.site.name;
  workbook.lastModifiedBy = source.site.name;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Mẫu báo cáo tiến độ — ${unit.name}`;
  addReportSheet(workbook, unit, templateRows(source, unit));
  addInstructionsSheet(workbook, source, unit);
  const buffer = await workbook.xlsx.writeBuffer();
  return restampZip(new Uint8Array(buffer), stamp);
}
