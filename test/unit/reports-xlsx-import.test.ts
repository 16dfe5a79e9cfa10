import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadModel, TEMPLATE_FIXTURE } from '../helpers/reports-xlsx.ts';
import { checkFilledTemplate, parseFrequency } from '../../src/lib/reports-xlsx/check.ts';
import { planImport } from '../../src/lib/reports-xlsx/import.ts';
import { formatSheetIssue } from '../../src/lib/reports-xlsx/issues.ts';
import { COLUMN_INDEX, COLUMNS, type ColumnKey } from '../../src/lib/reports-xlsx/layout.ts';
import { mergeReports } from '../../src/lib/reports-xlsx/merge.ts';
import { EMPTY, toGridCell, type GridCell, type SheetGrid } from '../../src/lib/reports-xlsx/read.ts';
import { templateRows } from '../../src/lib/reports-xlsx/rows.ts';

const model = loadModel();
const progressText = (unit: string) => {
  try {
    return readFileSync(join(TEMPLATE_FIXTURE, 'progress', `${unit}.yaml`), 'utf8');
  } catch {
    return undefined;
  }
};

const text = (value: string): GridCell => ({ kind: 'text', text: value });
const date = (iso: string): GridCell => ({ kind: 'date', iso });
const number = (value: number): GridCell => ({ kind: 'number', value });

/** A unit's template as the reader would return it untouched, then with some cells changed. */
function grid(unitId: string, edits: Partial<Record<string, Partial<Record<ColumnKey, GridCell>>>> = {}): SheetGrid {
  const rows = templateRows(model, model.getUnit(unitId)!);
  const task = (row: (typeof rows)[number]): GridCell[] =>
    COLUMNS.map((column) => {
      const edited = edits[row.id]?.[column.key];
      if (edited) return edited;
      const prefilled: Record<string, unknown> = { id: row.id, title: row.title, timeframe: row.timeframe, target: row.targetLabel, valueUnit: row.valueUnit, ...row.prefill };
      const value = column.key === 'deadline' ? row.deadline : prefilled[column.key];
      if (value === undefined || value === '') return EMPTY;
      if (typeof value === 'number') return number(value);
      return column.kind === 'date' ? date(String(value)) : text(String(value));
    });
  return {
    sheetNames: ['Báo cáo', 'Hướng dẫn'],
    rows: [
      [text('Mã đơn vị'), text(unitId), text('Đơn vị'), text(model.getUnit(unitId)!.name), ...COLUMNS.slice(4).map(() => EMPTY)],
      COLUMNS.map((column) => text(column.header)),
      ...rows.map(task),
    ],
  };
}

describe('cells read from exceljs', () => {
  it.each([
    { value: null, numFmt: undefined, cell: EMPTY },
    { value: '  Hoàn thành ', numFmt: undefined, cell: text('Hoàn thành') },
    // NFD input (typed on a Mac) reads as NFC.
    { value: 'Hoa\u0300n tha\u0300nh', numFmt: undefined, cell: text('Hoàn thành') },
    { value: 0.85, numFmt: '0%', cell: number(85) },
    { value: 85, numFmt: 'General', cell: number(85) },
    { value: new Date('2024-03-10T00:00:00Z'), numFmt: 'dd/mm/yyyy', cell: date('2024-03-10') },
    { value: new Date('2024-03-09T23:59:59.990Z'), numFmt: 'dd/mm/yyyy', cell: date('2024-03-10') },
    { value: { richText: [{ text: 'Đang ' }, { text: 'thực hiện' }] }, numFmt: undefined, cell: text('Đang thực hiện') },
    { value: { text: 'trang', hyperlink: 'https://bacgiang.gov.vn/a' }, numFmt: undefined, cell: text('https://bacgiang.gov.vn/a') },
    { value: { formula: 'A1', result: 12 }, numFmt: undefined, cell: number(12) },
    { value: { formula: 'A1' }, numFmt: undefined, cell: { kind: 'other', description: 'một công thức chưa có kết quả' } },
    { value: { error: '#N/A' }, numFmt: undefined, cell: { kind: 'other', description: 'lỗi #N/A' } },
  ])('$value → $cell.kind', ({ value, numFmt, cell }) => {
    expect(toGridCell(value as never, numFmt)).toEqual(cell);
  });

  it.each([
    { typed: '2 lần/tháng', value: { count: 2, per: 'month' } },
    { typed: '1 cuộc/ Quý', value: { count: 1, per: 'quarter' } },
    { typed: '3/tuan', value: { count: 3, per: 'week' } },
    { typed: '2 lần mỗi tháng', value: undefined },
    { typed: 'hai lần/tháng', value: undefined },
  ])('frequency "$typed"', ({ typed, value }) => {
    expect(parseFrequency(typed)).toEqual(value);
  });
});

describe('checking a filled template', () => {
  it('takes an untouched template as the reports it already holds', () => {
    const checked = checkFilledTemplate('a.xlsx', grid('phong-vhtt'), model);
    expect(checked.issues).toEqual([]);
    expect(checked.rows.map((row) => [row.task.id, row.report.status])).toEqual([['1.1', 'hoan-thanh'], ['1.2.1', 'dang-thuc-hien']]);
    expect(checked.rows[1]!.report.value).toEqual({ count: 1, per: 'quarter' });
  });

  it.each([
    { about: 'status without diacritics is still the label', edit: { status: text('hoan thanh') }, status: 'hoan-thanh', value: { count: 1, per: 'quarter' } },
    { about: 'a frequency in another period, in words', edit: { value: text('5 lần/năm') }, status: 'dang-thuc-hien', value: { count: 5, per: 'year' } },
  ])('phong-vhtt 1.2.1: $about', ({ edit, status, value }) => {
    const checked = checkFilledTemplate('a.xlsx', grid('phong-vhtt', { '1.2.1': edit }), model);
    expect(checked.issues).toEqual([]);
    expect(checked.rows.find((row) => row.task.id === '1.2.1')?.report).toMatchObject({ status, value });
  });

  it.each([
    { about: 'status left empty on a row with figures', edit: { status: EMPTY }, column: 'F', message: 'dòng có số liệu nhưng chưa chọn trạng thái' },
    { about: 'update date cleared', edit: { updated: EMPTY }, column: 'N', message: 'chưa ghi ngày cập nhật' },
    { about: 'a date that is a bare number', edit: { updated: number(45361) }, column: 'N', message: 'ô chứa số 45361, không phải một ngày' },
    { about: 'a link that is not an address', edit: { evidenceLink: text('xem hồ sơ') }, column: 'L', message: 'liên kết "xem hồ sơ" không phải một địa chỉ web' },
    { about: 'a frequency in words that cannot be read', edit: { value: text('thường xuyên') }, column: 'G', message: 'giá trị chữ "thường xuyên" không phải một tần suất' },
    { about: 'a negative count', edit: { value: number(-1) }, column: 'G', message: 'giá trị -1 là số âm' },
  ])('phong-vhtt 1.2.1: $about', ({ edit, column, message }) => {
    const checked = checkFilledTemplate('a.xlsx', grid('phong-vhtt', { '1.2.1': edit }), model);
    expect(checked.issues.map((issue) => [issue.row, issue.column, issue.message])).toEqual([[4, column, message]]);
    expect(checked.rows.map((row) => row.task.id)).toEqual(['1.1']);
  });

  it('reports every problem of a sheet at once, each with where and how to fix', () => {
    const checked = checkFilledTemplate('bao-cao/xa-dong-son.xlsx', grid('xa-dong-son', {
      '2.1': { status: text('Xong'), updated: date('2024-03-01'), reporter: text('Lê Văn Xã') },
      '2.2': { status: text('Hoàn thành'), value: number(101), updated: text('01/03/2024'), reporter: text('Lê Văn Xã') },
    }), model);
    expect(checked.issues.map(formatSheetIssue)).toEqual([
      'bao-cao/xa-dong-son.xlsx — trang "Báo cáo", dòng 4, cột F "Trạng thái" (chỉ số "2.1"): không có trạng thái chữ "Xong"; cần một trong: Chưa bắt đầu, Đang thực hiện, Hoàn thành, Không áp dụng\n  Cách sửa: chọn trạng thái trong danh sách thả xuống của ô, ví dụ "Đang thực hiện"\n  Xem hướng dẫn: CONTRIBUTING.md',
      'bao-cao/xa-dong-son.xlsx — trang "Báo cáo", dòng 5, cột G "Giá trị" (chỉ số "2.2"): giá trị không khớp chỉ tiêu: tỷ lệ phần trăm phải từ 0 đến 100, đang là 101\n  Cách sửa: ghi tỷ lệ từ 0 đến 100, ví dụ 85 cho 85%\n  Xem hướng dẫn: CONTRIBUTING.md',
      'bao-cao/xa-dong-son.xlsx — trang "Báo cáo", dòng 5, cột N "Ngày cập nhật" (chỉ số "2.2"): ngày được gõ dạng chữ "01/03/2024", Excel không hiểu đó là ngày\n  Cách sửa: xóa ô rồi gõ lại ngày vào ô định dạng ngày (dd/mm/yyyy), ví dụ 15/10/2024; ô đúng sẽ canh phải như một con số\n  Xem hướng dẫn: CONTRIBUTING.md',
    ]);
  });

  it('refuses a row for a task counted from posts', () => {
    const base = grid('xa-dong-son');
    const row = COLUMNS.map(() => EMPTY);
    row[COLUMN_INDEX.id] = text('1.3');
    row[COLUMN_INDEX.status] = text('Hoàn thành');
    const checked = checkFilledTemplate('a.xlsx', { ...base, rows: [...base.rows!, row] }, model);
    expect(checked.issues.map((issue) => issue.message)).toEqual(['chỉ số "1.3" được tính tự động từ các tin, bài đăng trên cổng, không báo cáo qua mẫu']);
  });
});

describe('merging into content/progress/<unit>.yaml', () => {
  const merge = (unit: string, edits: Parameters<typeof grid>[1]) => {
    const checked = checkFilledTemplate('a.xlsx', grid(unit, edits), model);
    expect(checked.issues).toEqual([]);
    return mergeReports(progressText(unit), model.getUnit(unit)!, checked.rows);
  };

  it('changes nothing, byte for byte, for an untouched template', () => {
    for (const unit of ['phong-vhtt', 'phuong-tran-phu']) {
      const result = merge(unit, {});
      expect(result.text, unit).toBe(progressText(unit));
      expect(result.changes.every((change) => change.kind === 'unchanged')).toBe(true);
    }
  });

  it('appends the previous state to history, keeps comments and uncovered fields, and marks the report real', () => {
    const result = merge('phuong-tran-phu', { '1.1': { status: text('Hoàn thành'), updated: date('2024-03-12'), reporter: text('Trần Thị Thật') } });
    expect(result.changes.find((change) => change.indicator === '1.1')).toEqual({ indicator: '1.1', kind: 'updated', historyAdded: true });
    expect(result.text.split('\n').slice(0, 2)).toEqual(progressText('phuong-tran-phu')!.split('\n').slice(0, 2));
    const data = parse(result.text) as { reports: Record<string, unknown>[] };
    expect(data.reports[0]).toEqual({
      indicator: '1.1',
      status: 'hoan-thanh',
      evidence: [{ title: 'Báo cáo "nhanh", số liệu tháng 2', number: '05/BC-UBND', date: '2024-02-28' }],
      updated: '2024-03-12',
      reporter: 'Trần Thị Thật',
      note: 'Đang chờ ý kiến Đảng ủy phường.\nDự kiến hoàn thành trong tháng 3.',
      history: [
        { date: '2024-01-15', status: 'chua-bat-dau', note: 'Báo cáo đầu kỳ (minh họa).' },
        { date: '2024-03-01', status: 'dang-thuc-hien', note: 'Đang chờ ý kiến Đảng ủy phường.\nDự kiến hoàn thành trong tháng 3.' },
      ],
      demo: false,
    });
    // 2.1 was left as it was: still demonstration data.
    expect(data.reports[1]).toMatchObject({ indicator: '2.1', demo: true });
    // Importing the result's template again changes nothing.
    const again = mergeReports(result.text, model.getUnit('phuong-tran-phu')!, checkFilledTemplate('a.xlsx', grid('phuong-tran-phu', { '1.1': { status: text('Hoàn thành'), updated: date('2024-03-12'), reporter: text('Trần Thị Thật') } }), model).rows);
    expect(again.text).toBe(result.text);
  });

  it('treats a reporter or evidence fix as a correction, without a history entry, and keeps a file path a file', () => {
    const result = merge('phong-vhtt', { '1.1': { reporter: text('Nguyễn Văn Thử, chuyên viên') } });
    expect(result.changes.find((change) => change.indicator === '1.1')).toEqual({ indicator: '1.1', kind: 'updated', historyAdded: false });
    const report = (parse(result.text) as { reports: { evidence: unknown[]; history: unknown[] }[] }).reports[0]!;
    expect(report.history).toHaveLength(2);
    expect(report.evidence).toHaveLength(2);
  });

  it('writes a new file for a unit without one, reports in appendix order', () => {
    const result = merge('xa-dong-son', {
      '2.2': { status: text('Đang thực hiện'), value: number(75), updated: date('2024-03-10'), reporter: text('Lê Văn Xã') },
      '1.1': { status: text('Hoàn thành'), evidenceLink: text('https://dong-son.example/qd'), updated: date('2024-03-01'), reporter: text('Lê Văn Xã') },
    });
    expect(result.text).toBe(`# Báo cáo tiến độ của Xã Đồng Sơn, nhập từ mẫu Excel (npm run import-reports).

unit: xa-dong-son
reports:
  - indicator: "1.1"
    status: hoan-thanh
    evidence:
      - title: Minh chứng báo cáo chỉ số 1.1
        url: https://dong-son.example/qd
    updated: 2024-03-01
    reporter: Lê Văn Xã
    note: ""
    history: []
    demo: false
  - indicator: "2.2"
    status: dang-thuc-hien
    value: 75
    evidence: []
    updated: 2024-03-10
    reporter: Lê Văn Xã
    note: ""
    history: []
    demo: false
`);
  });

  it('refuses two files for the same unit and writes nothing', () => {
    const plan = planImport([{ file: 'a.xlsx', grid: grid('phong-vhtt') }, { file: 'b.xlsx', grid: grid('phong-vhtt') }], model, progressText);
    expect(plan.writes).toEqual([]);
    expect(plan.issues.map((issue) => [issue.file, issue.message])).toEqual([['b.xlsx', 'tệp này và a.xlsx cùng là báo cáo của đơn vị "phong-vhtt"']]);
  });
});
