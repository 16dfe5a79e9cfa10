import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../helpers/reports-xlsx.ts';
import { REPORT_STATUSES, REPORTED_STATE_LABELS } from '../../src/lib/content/schemas/taxonomies.ts';
import { COLUMNS, INSTRUCTIONS_SHEET, REPORT_SHEET } from '../../src/lib/reports-xlsx/layout.ts';
import { readTemplate } from '../../src/lib/reports-xlsx/read.ts';
import { templateRows, valueUnitOf } from '../../src/lib/reports-xlsx/rows.ts';
import { writeReportTemplate } from '../../src/lib/reports-xlsx/write.ts';

const model = loadModel();
const unit = (id: string) => model.getUnit(id)!;

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return [workbook.getWorksheet(REPORT_SHEET)!, workbook.getWorksheet(INSTRUCTIONS_SHEET)!];
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('template rows: one per task the unit leads, prefilled with its report', () => {
  it.each([
    // Phòng VH&TT leads 1.1, 1.2.1 (not the parent 1.2) and 2.3; Xã Đồng Sơn 1.1, 2.1, 2.2 through "UBND các phường, xã" (1.3 is counted from posts).
    { unit: 'phong-vhtt', ids: ['1.1', '1.2.1', '2.3'] },
    { unit: 'xa-dong-son', ids: ['1.1', '2.1', '2.2'] },
    { unit: 'phuong-tran-phu', ids: ['1.1', '2.1', '2.2'] },
    { unit: 'phuong-da-giai-the', ids: [] },
  ])('$unit: $ids', ({ unit: id, ids }) => {
    expect(templateRows(model, unit(id)).map((row) => row.id)).toEqual(ids);
  });

  it.each([
    { target: { measure: 'percent' as const }, unit: '%' },
    { target: { measure: 'count' as const, noun: 'tin, bài' }, unit: 'tin, bài' },
    { target: { measure: 'money' as const }, unit: 'đồng' },
    { target: { measure: 'frequency' as const, per: 'quarter' as const }, unit: 'lần/quý' },
    { target: undefined, unit: '' },
  ])('value unit of $target.measure: "$unit"', ({ target, unit: expected }) => {
    expect(valueUnitOf(target)).toBe(expected);
  });
});

describe('a generated template, read back with exceljs', () => {
  it('holds exactly the prefilled plan cells and the current report', async () => {
    const [sheet] = await open(await writeReportTemplate(model, unit('phong-vhtt')));
    expect(sheet!.getCell('B1').value).toBe('phong-vhtt');
    expect(sheet!.getCell('D1').value).toBe('Phòng Văn hóa và Thông tin');
    expect(COLUMNS.map((_, index) => sheet!.getRow(2).getCell(index + 1).value)).toEqual(COLUMNS.map((column) => column.header));
    expect(sheet!.getRow(3).values).toEqual([
      undefined, '1.1', 'Ban chỉ đạo chuyển đổi số', 'Trước 29/02/2024', utc('2024-02-29'), 'Không có chỉ tiêu định lượng', 'Hoàn thành', undefined, '',
      'Quyết định kiện toàn Ban chỉ đạo chuyển đổi số', '12/QĐ-UBND', utc('2024-02-20'), undefined, undefined, utc('2024-02-20'), 'Nguyễn Văn Thử',
    ]);
    expect(sheet!.getRow(4).values).toEqual([
      undefined, '1.2.1', 'Tham gia họp đầy đủ', 'ít nhất 1 cuộc/ Quý', undefined, 'tối thiểu 1 lần/quý', 'Đang thực hiện', 1, 'lần/quý',
      'Thông báo kết luận cuộc họp quý I', undefined, undefined, 'https://thu-nghiem.example/thong-bao-hop-quy-1', undefined, utc('2024-03-10'), 'Nguyễn Văn Thử',
    ]);
    // 2.3 has no report yet: plan cells only.
    expect(sheet!.getRow(5).values).toEqual([undefined, '2.3', 'Tập huấn kỹ năng số cho cán bộ', 'Thường xuyên', undefined, 'tối thiểu 4 lớp tập huấn', undefined, undefined, 'lớp tập huấn']);
    expect(sheet!.rowCount).toBe(5);
  });

  it('offers the Vietnamese status labels as a dropdown on every task row', async () => {
    const [sheet] = await open(await writeReportTemplate(model, unit('xa-dong-son')));
    const labels = REPORT_STATUSES.map((status) => REPORTED_STATE_LABELS[status]);
    expect(labels).toEqual(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Không áp dụng']);
    for (const row of [3, 4, 5]) {
      expect(sheet!.getCell(`F${row}`).dataValidation).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${labels.join(',')}"`] });
    }
    expect(sheet!.getCell('F6').dataValidation).toBeUndefined();
    // Percent target (2.2, row 5): a number from 0 to 100; dates: real dates only.
    expect(sheet!.getCell('G5').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(sheet!.getCell('N3').dataValidation).toMatchObject({ type: 'date', operator: 'greaterThan' });
  });

  it('is readable: frozen header, widths, dd/mm/yyyy dates, locked plan cells, an instructions sheet', async () => {
    const [sheet, instructions] = await open(await writeReportTemplate(model, unit('phong-vhtt')));
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    expect(COLUMNS.map((_, index) => sheet!.getColumn(index + 1).width)).toEqual(COLUMNS.map((column) => column.width));
    for (const address of ['D3', 'K3', 'N3']) expect(sheet!.getCell(address).numFmt, address).toBe('dd/mm/yyyy');
    // Locked is Excel's default, so only the cells to fill carry a protection of their own.
    expect(sheet!.getCell('A3').protection?.locked ?? true).toBe(true);
    expect(sheet!.getCell('F3').protection).toMatchObject({ locked: false });
    expect(instructions!.getCell('A1').value).toBe('Mẫu báo cáo tiến độ — Phòng Văn hóa và Thông tin (mã đơn vị: phong-vhtt)');
    expect(instructions!.getColumn(1).values).toContain('• Hoàn thành');
  });

  it('reads back through the import reader as the same cells', async () => {
    const read = await readTemplate(await writeReportTemplate(model, unit('phong-vhtt')));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.grid.sheetNames).toEqual([REPORT_SHEET, INSTRUCTIONS_SHEET]);
    expect(read.grid.rows![3]!.slice(0, 8)).toEqual([
      { kind: 'text', text: '1.2.1' }, { kind: 'text', text: 'Tham gia họp đầy đủ' }, { kind: 'text', text: 'ít nhất 1 cuộc/ Quý' }, { kind: 'empty' },
      { kind: 'text', text: 'tối thiểu 1 lần/quý' }, { kind: 'text', text: 'Đang thực hiện' }, { kind: 'number', value: 1 }, { kind: 'text', text: 'lần/quý' },
    ]);
    expect(read.grid.rows![2]![13]).toEqual({ kind: 'date', iso: '2024-02-20' });
  });
});

describe('determinism (docs/adr/0010)', () => {
  afterEach(() => vi.useRealTimers());

  it('gives byte-identical files on another day, at another hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-02T03:04:05Z'));
    const early = await writeReportTemplate(model, unit('phuong-tran-phu'));
    vi.setSystemTime(new Date('2031-07-08T21:59:58Z'));
    const late = await writeReportTemplate(model, unit('phuong-tran-phu'));
    expect(Buffer.from(late).equals(Buffer.from(early))).toBe(true);
  });
});
