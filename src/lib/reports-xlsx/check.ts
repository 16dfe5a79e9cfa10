/**
 * Checks a filled template (as cells, read.ts) against the plan and the unit's current report, and
 * turns each filled row into a report. Every problem is located by sheet, row and column and says
 * how to fix it; the import writes nothing while there is one.
 */
import type { IndicatorTarget } from '../content/schemas/indicator.ts';
import type { ReportValue } from '../content/schemas/progress.ts';
import type { ReportStatus } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { formatDateVi } from '../format/date.ts';
import { CADENCE_PERIOD_LABELS } from '../plan/labels.ts';
import type { CadencePeriod } from '../content/schemas/timeframe.ts';
import { valueMismatch } from '../progress/target.ts';
import { normalizeForMatch } from '../text/fold.ts';
import { columnOf, type SheetIssue } from './issues.ts';
import { COLUMN_INDEX, COLUMNS, FIRST_TASK_ROW, HEADER_ROW, REPORT_SHEET, STATUS_OPTIONS, UNIT_ID_CELL, UNIT_ID_LABEL, UNIT_ROW, type ColumnKey } from './layout.ts';
import { EMPTY, type GridCell, type SheetGrid } from './read.ts';
import { templateRows, type TemplateRow, type TemplateSource } from './rows.ts';

/** The evidence columns as filled. */
export interface SheetEvidence {
  title?: string;
  number?: string;
  date?: string;
  link?: string;
}

/** A filled row, checked: the report the unit sends on one task. */
export interface SheetReport {
  status: ReportStatus;
  value?: ReportValue;
  evidence: SheetEvidence;
  note: string;
  updated: string;
  reporter: string;
}

export interface FilledRow {
  row: number;
  task: TemplateRow;
  report: SheetReport;
}

export interface CheckedSheet {
  unit?: Unit;
  rows: FilledRow[];
  issues: SheetIssue[];
}

const FILL_KEYS = COLUMNS.filter((column) => column.fill).map((column) => column.key);
const STATUS_LIST = STATUS_OPTIONS.map((option) => option.label).join(', ');
const PERIOD_BY_WORD = new Map(Object.entries(CADENCE_PERIOD_LABELS).map(([period, word]) => [normalizeForMatch(word), period as CadencePeriod]));
const RELOAD = 'tải lại mẫu từ trang của đơn vị trên cổng ("Tải mẫu báo cáo (Excel)") và điền lại';

/** A cell's content in words, for messages. */
function describe(cell: GridCell): string {
  switch (cell.kind) {
    case 'empty':
      return 'ô trống';
    case 'text':
      return `chữ "${cell.text}"`;
    case 'number':
      return `số ${cell.value}`;
    case 'date':
      return `ngày ${formatDateVi(cell.iso)}`;
    case 'other':
      return cell.description;
  }
}

/** An id cell as text: "1.1" may come back as the number 1.1 when Excel converted it. */
function idText(cell: GridCell): string | undefined {
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  return undefined;
}

/**
 * A frequency in words, "2 lần/tháng" or "2/tháng".
 * @example parseFrequency('2 lần/tháng') // { count: 2, per: 'month' }
 */
export function parseFrequency(text: string): { count: number; per: CadencePeriod } | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*[^\d/]*\/\s*(.+)$/.exec(text.trim());
  if (!match) return undefined;
  const per = PERIOD_BY_WORD.get(normalizeForMatch(match[2]!));
  return per ? { count: Number(match[1]!.replace(',', '.')), per } : undefined;
}

/** Checks a filled template. `file` names it in messages. */
export function checkFilledTemplate(file: string, grid: SheetGrid, source: TemplateSource): CheckedSheet {
  const issues: SheetIssue[] = [];
  const sheetIssue = (issue: Omit<SheetIssue, 'file' | 'sheet'>) => issues.push({ file, sheet: REPORT_SHEET, ...issue });
  if (!grid.rows) {
    issues.push({
      file,
      message: `không có trang "${REPORT_SHEET}" (tệp có: ${grid.sheetNames.map((name) => `"${name}"`).join(', ') || 'không trang nào'})`,
      fix: `giữ nguyên tên trang "${REPORT_SHEET}" của mẫu; ${RELOAD}`,
    });
    return { rows: [], issues };
  }
  const rows = grid.rows;
  const cellAt = (row: number, key: ColumnKey): GridCell => rows[row - 1]?.[COLUMN_INDEX[key]] ?? EMPTY;

  // The unit: B1, as the template wrote it.
  const unitCell = rows[UNIT_ROW - 1]?.[1] ?? EMPTY;
  const unitId = unitCell.kind === 'text' ? unitCell.text : undefined;
  const unit = unitId ? source.units.find((candidate) => candidate.id === unitId) : undefined;
  const labelCell = rows[UNIT_ROW - 1]?.[0] ?? EMPTY;
  if (!unit) {
    sheetIssue({
      row: UNIT_ROW,
      column: UNIT_ID_CELL.slice(0, 1),
      header: UNIT_ID_LABEL,
      message: unitId
        ? `không có đơn vị mang mã "${unitId}" trong danh sách đơn vị của cổng`
        : `không đọc được mã đơn vị ở ô ${UNIT_ID_CELL} (đang là ${describe(unitCell)}${labelCell.kind === 'text' && labelCell.text === UNIT_ID_LABEL ? '' : `; ô A1 cần ghi "${UNIT_ID_LABEL}"`})`,
      fix: `giữ nguyên mã đơn vị mà mẫu ghi sẵn ở ô ${UNIT_ID_CELL}, ví dụ phuong-tran-phu; ${RELOAD}`,
    });
    return { rows: [], issues };
  }

  const headerIssues = COLUMNS.flatMap((column, index) => {
    const cell = rows[HEADER_ROW - 1]?.[index] ?? EMPTY;
    if (cell.kind === 'text' && cell.text === column.header) return [];
    return [{ row: HEADER_ROW, ...columnOf(column.key), header: column.header, message: `tiêu đề cột cần là "${column.header}", đang là ${describe(cell)}`, fix: `không thêm, xóa, đổi tên hay đổi thứ tự cột của mẫu; ${RELOAD}` }];
  });
  if (headerIssues.length > 0) {
    headerIssues.forEach(sheetIssue);
    return { unit, rows: [], issues };
  }

  const tasks = templateRows(source, unit);
  if (tasks.length === 0) {
    sheetIssue({ row: UNIT_ROW, column: UNIT_ID_CELL.slice(0, 1), header: UNIT_ID_LABEL, message: `đơn vị "${unit.id}" không chủ trì chỉ số nào cần báo cáo trong Kế hoạch năm ${source.site.year}`, fix: 'chỉ gửi mẫu của đơn vị có chỉ số chủ trì; xem trang của đơn vị trên cổng' });
    return { unit, rows: [], issues };
  }
  const taskById = new Map(tasks.map((task) => [task.id, task]));
  const taskByTitle = new Map(tasks.map((task) => [normalizeForMatch(task.title), task]));
  const indicatorById = new Map(source.indicators.map((indicator) => [indicator.id, indicator]));
  const seen = new Map<string, number>();
  const filled: FilledRow[] = [];

  for (let row = FIRST_TASK_ROW; row <= rows.length; row += 1) {
    const cells = rows[row - 1] ?? [];
    if (cells.every((cell) => cell.kind === 'empty')) continue;
    const at = (key: ColumnKey, message: string, fix: string, entry?: string) => sheetIssue({ row, ...columnOf(key), entry, message, fix });
    const id = idText(cellAt(row, 'id'));
    const titleCell = cellAt(row, 'title');
    const titleTask = titleCell.kind === 'text' ? taskByTitle.get(normalizeForMatch(titleCell.text)) : undefined;
    const ownTask = id ? taskById.get(id) : undefined;
    const entry = id ? `chỉ số "${id}"` : undefined;

    if (!ownTask || (titleTask && titleTask !== ownTask)) {
      if (titleTask && titleTask !== ownTask) {
        at('id', `mã chỉ số bị sửa: dòng này là chỉ số "${titleTask.id}" (${titleTask.title}) nhưng ô mã ghi ${id ? `"${id}"` : describe(cellAt(row, 'id'))}`, `trả lại mã "${titleTask.id}" như mẫu; các cột xám (mã, tên, thời hạn, chỉ tiêu) không được sửa`, `chỉ số "${titleTask.id}"`);
      } else if (!id) {
        at('id', `dòng có số liệu nhưng ô mã chỉ số là ${describe(cellAt(row, 'id'))}`, `ghi lại mã chỉ số của mẫu, ví dụ "${tasks[0]!.id}", hoặc xóa hẳn dòng này`);
      } else {
        const indicator = indicatorById.get(id);
        const led = indicator ? source.leadUnitsOf(indicator).some((lead) => lead.id === unit.id) : false;
        at(
          'id',
          !indicator
            ? `không có chỉ số "${id}" trong Phụ lục`
            : indicator.progressSource === 'posts' && led
              ? `chỉ số "${id}" được tính tự động từ các tin, bài đăng trên cổng, không báo cáo qua mẫu`
              : `đơn vị "${unit.id}" không chủ trì chỉ số "${id}" nên không báo cáo chỉ số này`,
          `xóa dòng này; mẫu chỉ gồm các chỉ số đơn vị chủ trì: ${tasks.map((task) => task.id).join(', ')}`,
          entry,
        );
      }
      continue;
    }
    const task = ownTask;
    const firstRow = seen.get(task.id);
    if (firstRow !== undefined) {
      at('id', `chỉ số "${task.id}" đã có ở dòng ${firstRow}`, 'mỗi chỉ số chỉ một dòng: gộp số liệu vào một dòng và xóa dòng kia', entry);
      continue;
    }
    seen.set(task.id, row);
    if (FILL_KEYS.every((key) => cellAt(row, key).kind === 'empty')) continue;

    const before = issues.length;
    const text = (key: ColumnKey): string | undefined => {
      const cell = cellAt(row, key);
      if (cell.kind === 'empty') return undefined;
      if (cell.kind === 'text') return cell.text;
      if (cell.kind === 'number') return String(cell.value);
      if (cell.kind === 'date') return formatDateVi(cell.iso);
      at(key, `ô chứa ${cell.description}, cần chữ`, 'gõ lại nội dung ô dạng chữ', entry);
      return undefined;
    };
    const date = (key: ColumnKey): string | undefined => {
      const cell = cellAt(row, key);
      if (cell.kind === 'empty') return undefined;
      if (cell.kind === 'date') {
        // A date after asOf is fine: the portal shows the report from the day it is dated (src/lib/timeline/).
        if (source.today && cell.iso > source.today) at(key, `ngày ${formatDateVi(cell.iso)} chưa tới (hôm nay là ${formatDateVi(source.today)}); báo cáo không thể ghi ngày ở tương lai`, `ghi ngày thật, không muộn hơn ${formatDateVi(source.today)}`, entry);
        return cell.iso;
      }
      const typed = cell.kind === 'text' ? `ngày được gõ dạng chữ "${cell.text}", Excel không hiểu đó là ngày` : `ô chứa ${describe(cell)}, không phải một ngày`;
      at(key, typed, 'xóa ô rồi gõ lại ngày vào ô định dạng ngày (dd/mm/yyyy), ví dụ 15/10/2024; ô đúng sẽ canh phải như một con số', entry);
      return undefined;
    };

    const statusCell = cellAt(row, 'status');
    let status: ReportStatus | undefined;
    if (statusCell.kind === 'empty') {
      at('status', 'dòng có số liệu nhưng chưa chọn trạng thái', `chọn trạng thái trong danh sách thả xuống: ${STATUS_LIST}`, entry);
    } else {
      const typed = statusCell.kind === 'text' ? normalizeForMatch(statusCell.text) : undefined;
      status = STATUS_OPTIONS.find((option) => normalizeForMatch(option.label) === typed)?.status;
      if (!status) at('status', `không có trạng thái ${describe(statusCell)}; cần một trong: ${STATUS_LIST}`, `chọn trạng thái trong danh sách thả xuống của ô, ví dụ "${STATUS_OPTIONS[1]!.label}"`, entry);
    }

    const value = readValue(cellAt(row, 'value'), task.target, (message, fix) => at('value', message, fix, entry));
    const evidence: SheetEvidence = { title: text('evidenceTitle'), number: text('evidenceNumber'), date: date('evidenceDate'), link: text('evidenceLink') };
    if (evidence.link && !/^(https?:\/\/|\/(?!\/))/.test(evidence.link)) {
      at('evidenceLink', `liên kết "${evidence.link}" không phải một địa chỉ web`, 'ghi địa chỉ bắt đầu bằng https://, ví dụ https://bacgiang.gov.vn/van-ban/12, hoặc để trống', entry);
    }
    const anyEvidence = Object.values(evidence).some((part) => part !== undefined);
    if (anyEvidence && !evidence.link && !(evidence.number && evidence.date)) {
      at(evidence.number ? 'evidenceDate' : 'evidenceNumber', 'minh chứng cần số và ngày văn bản, hoặc một liên kết', 'ghi cả số văn bản (ví dụ 12/QĐ-UBND) và ngày văn bản, hoặc ghi liên kết minh chứng; không có minh chứng thì để trống cả bốn cột minh chứng', entry);
    }
    const note = text('note') ?? '';
    const updated = date('updated');
    const updatedCell = cellAt(row, 'updated');
    if (updatedCell.kind === 'empty') {
      at('updated', 'chưa ghi ngày cập nhật', `ghi ngày lập báo cáo này, ví dụ ${formatDateVi(source.site.asOf)}`, entry);
    } else if (updated && task.report && updated < task.report.updated) {
      at('updated', `ngày cập nhật ${formatDateVi(updated)} sớm hơn ngày của báo cáo đang có trên cổng (${formatDateVi(task.report.updated)})`, `ghi ngày lập báo cáo mới, không sớm hơn ${formatDateVi(task.report.updated)}`, entry);
    }
    const reporter = text('reporter');
    if (!reporter) at('reporter', 'chưa ghi người báo cáo', 'ghi họ tên và chức vụ người báo cáo, ví dụ Nguyễn Văn A, công chức Văn hóa - Xã hội', entry);

    if (issues.length === before && status && updated && reporter) {
      filled.push({ row, task, report: { status, ...(value === undefined ? {} : { value }), evidence, note, updated, reporter } });
    }
  }
  return { unit, rows: filled, issues };
}

/** The value cell against the task's target. */
function readValue(cell: GridCell, target: IndicatorTarget | undefined, fail: (message: string, fix: string) => void): ReportValue | undefined {
  if (cell.kind === 'empty') return undefined;
  if (!target) {
    fail(valueMismatch(undefined, 0)!, 'để trống ô giá trị; ghi tình hình thực hiện vào cột "Ghi chú"');
    return undefined;
  }
  let value: ReportValue | undefined;
  if (target.measure === 'frequency') {
    if (cell.kind === 'number') value = target.per ? { count: cell.value, per: target.per } : undefined;
    else if (cell.kind === 'text') value = parseFrequency(cell.text);
    if (!value) {
      fail(`giá trị ${describe(cell)} không phải một tần suất`, `ghi số lần trong mỗi ${target.per ? CADENCE_PERIOD_LABELS[target.per] : 'kỳ'}, ví dụ 1, hoặc ghi dạng "2 lần/tháng"`);
      return undefined;
    }
  } else {
    const number = cell.kind === 'number' ? cell.value : cell.kind === 'text' && /^\d+(?:[.,]\d+)?$/.test(cell.text) ? Number(cell.text.replace(',', '.')) : undefined;
    if (number === undefined) {
      fail(`giá trị ${describe(cell)} không phải một con số`, 'ghi một con số theo đơn vị tính ở cột bên cạnh, ví dụ 85; không ghi chữ hay đơn vị vào ô giá trị');
      return undefined;
    }
    value = number;
  }
  const count = typeof value === 'number' ? value : value.count;
  if (count < 0) {
    fail(`giá trị ${count} là số âm`, 'ghi một số không âm');
    return undefined;
  }
  const mismatch = valueMismatch(target, value);
  if (mismatch) {
    fail(`giá trị không khớp chỉ tiêu: ${mismatch}`, target.measure === 'percent' ? 'ghi tỷ lệ từ 0 đến 100, ví dụ 85 cho 85%' : 'ghi một số nguyên, ví dụ 4');
    return undefined;
  }
  return value;
}
