import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/content/schemas/indicator.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { EFFECTIVE_STATUSES } from '../../src/lib/content/schemas/taxonomies.ts';
import { barChartLayout } from '../../src/lib/dashboard/bar-chart.ts';
import { documentReference, evidenceLine } from '../../src/lib/dashboard/evidence.ts';
import { groupOverdue } from '../../src/lib/dashboard/overdue.ts';
import { percentLabel, toPercent } from '../../src/lib/dashboard/percent.ts';
import { rankUnits } from '../../src/lib/dashboard/ranking.ts';
import { REPORTED_DISPLAYS, reportedDisplay, STATUS_DISPLAYS, statusDisplay } from '../../src/lib/dashboard/status-display.ts';
import { valueAgainstTarget } from '../../src/lib/dashboard/value-label.ts';
import { formatBytesVi } from '../../src/lib/open-data/size.ts';
import { emptyCounts, type Assignment, type UnitProgress } from '../../src/lib/progress/rollup.ts';

describe('toPercent and percentLabel: one rounding for pages and files', () => {
  it.each<[number | undefined, number | undefined, string]>([
    [0.5944, 59.4, '59,4%'],
    [0.59972, 60, '60,0%'],
    [0.625, 62.5, '62,5%'],
    [2 / 3, 66.7, '66,7%'],
    [0.00049, 0, '0,0%'],
    [0.0005, 0.1, '0,1%'],
    [1, 100, '100,0%'],
    [0, 0, '0,0%'],
    [0.5995, 60, '60,0%'],
    [undefined, undefined, 'Không áp dụng'],
  ])('%d → %d, %j', (ratio, percent, label) => {
    expect(toPercent(ratio)).toBe(percent);
    expect(percentLabel(ratio)).toBe(label);
  });

  it('never leaks binary noise into a figure', () => {
    for (let i = 0; i <= 1000; i += 1) expect(String(toPercent(i / 1000))).toMatch(/^\d{1,3}(?:\.\d)?$/);
  });

  it('rejects what is not a ratio', () => {
    expect(() => toPercent(Number.NaN)).toThrow(TypeError);
  });
});

describe('statusDisplay', () => {
  it('gives every status its own label, shape and class', () => {
    // Display order reads from settled to most urgent; every status once.
    expect(STATUS_DISPLAYS.map((display) => display.status)).toEqual([
      'done', 'on-track', 'within-deadline', 'no-deadline', 'due-soon', 'behind', 'below-cadence', 'overdue', 'not-reported', 'not-applicable',
    ]);
    expect([...STATUS_DISPLAYS.map((display) => display.status)].sort()).toEqual([...EFFECTIVE_STATUSES].sort());
    for (const key of ['label', 'labelEn', 'shape', 'className'] as const) {
      expect(new Set(STATUS_DISPLAYS.map((display) => display[key])).size).toBe(EFFECTIVE_STATUSES.length);
    }
    expect(statusDisplay('overdue')).toMatchObject({ label: 'Quá hạn', labelEn: 'Overdue', shape: 'alert', className: 'status--overdue' });
    expect(statusDisplay('behind')).toMatchObject({ label: 'Chậm tiến độ', shape: 'down', className: 'status--behind' });
    expect(statusDisplay('below-cadence')).toMatchObject({ label: 'Chưa đạt tần suất', shape: 'wave' });
    expect(() => statusDisplay('late' as never)).toThrow('trạng thái không hợp lệ');
  });

  it('words every reported state, "chưa báo cáo" included', () => {
    expect(REPORTED_DISPLAYS.map((display) => display.label)).toEqual(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Không áp dụng', 'Chưa báo cáo']);
    expect(reportedDisplay('chua-bao-cao')).toEqual({ state: 'chua-bao-cao', label: 'Chưa báo cáo', labelEn: 'No report' });
  });
});

describe('valueAgainstTarget', () => {
  it.each<[Parameters<typeof valueAgainstTarget>[0], Parameters<typeof valueAgainstTarget>[1], string]>([
    [85, { measure: 'percent', comparator: '>=', value: 90 }, '85% / tối thiểu 90%'],
    [92.5, { measure: 'percent', comparator: '>=', value: 90 }, '92,5% / tối thiểu 90%'],
    [21, { measure: 'count', comparator: '>', value: 20, noun: 'tin, bài' }, '21 tin, bài / trên 20 tin, bài'],
    [{ count: 2, per: 'month' }, { measure: 'frequency', comparator: '>=', value: 1, per: 'week' }, '2 lần/tháng / tối thiểu 1 lần/tuần'],
    [1500000, { measure: 'money', comparator: '>=', value: 1000000 }, '1.500.000 đồng / tối thiểu 1.000.000 đồng'],
    [undefined, { measure: 'percent', comparator: '>=', value: 90 }, 'chưa có số liệu / tối thiểu 90%'],
    [undefined, undefined, 'Không có chỉ tiêu định lượng'],
  ])('%j against %j → %j', (value, target, expected) => {
    expect(valueAgainstTarget(value, target)).toBe(expected);
  });
});

const unit = (id: string, name: string, kind: Unit['kind'] = 'ward'): Unit => ({ id, name, kind, aliases: [], editors: [] });
const unitProgress = (u: Unit, completion: number | undefined, done = 0, overdue = 0, notApplicable = 0, total = 4): UnitProgress => ({
  unit: u,
  assignments: Array.from({ length: total }) as Assignment[],
  byPillar: [],
  completion,
  counts: { ...emptyCounts(), done, overdue, 'not-applicable': notApplicable, 'on-track': total - done - overdue - notApplicable },
  reportedCounts: { 'hoan-thanh': done, 'dang-thuc-hien': total - done - notApplicable, 'chua-bat-dau': 0, 'khong-ap-dung': notApplicable, 'chua-bao-cao': 0 },
  late: [],
});

describe('rankUnits', () => {
  it('ranks by displayed completion, ties share a rank and sort by Vietnamese name, no completion comes last unranked', () => {
    const ranked = rankUnits([
      unitProgress(unit('xa-dong-son', 'Xã Đồng Sơn', 'commune'), 0.5, 2, 1),
      unitProgress(unit('phuong-da-mai', 'Phường Đa Mai'), 0.66666, 3),
      unitProgress(unit('phuong-dinh-ke', 'Phường Dĩnh Kế'), 0.66671, 3, 0, 1),
      unitProgress(unit('xa-tan-my', 'Xã Tân Mỹ', 'commune'), undefined),
      unitProgress(unit('phuong-tho-xuong', 'Phường Thọ Xương'), 0.8),
    ]);
    expect(ranked.map((row) => [row.progress.unit.id, row.rank, row.percent])).toEqual([
      ['phuong-tho-xuong', 1, 80],
      ['phuong-dinh-ke', 2, 66.7],
      ['phuong-da-mai', 2, 66.7],
      ['xa-dong-son', 4, 50],
      ['xa-tan-my', undefined, undefined],
    ]);
    expect(ranked.find((row) => row.progress.unit.id === 'phuong-dinh-ke')).toMatchObject({ done: 3, total: 3 });
    expect(ranked.find((row) => row.progress.unit.id === 'xa-dong-son')).toMatchObject({ done: 2, total: 4, overdue: 1 });
  });
});

describe('groupOverdue', () => {
  const indicator = (id: string): Indicator => ({ id, title: `Chỉ số ${id}`, lead: [], partners: [], evidence: '', note: '', targets: [], progressSource: 'reports' });
  const late = (id: string, u: Unit, due: string | undefined, demo = false): Assignment =>
    ({ indicator: indicator(id), unit: u, due, status: 'overdue', report: demo ? { demo: true } : undefined }) as Assignment;

  it('groups by indicator, earliest due first, recurring tasks last, appendix order between equals', () => {
    const a = unit('phuong-a', 'Phường A');
    const b = unit('phuong-b', 'Phường B');
    const groups = groupOverdue([late('1.8', a, undefined), late('6.10', a, '2024-03-31'), late('1.1', b, '2024-02-29', true), late('6.2', b, '2024-03-31'), late('1.1', a, '2024-02-29')]);
    expect(groups.map((group) => [group.indicator.id, group.due, group.units.map((u) => u.id), group.demo])).toEqual([
      ['1.1', '2024-02-29', ['phuong-b', 'phuong-a'], true],
      ['6.2', '2024-03-31', ['phuong-b'], false],
      ['6.10', '2024-03-31', ['phuong-a'], false],
      ['1.8', undefined, ['phuong-a'], false],
    ]);
  });
});

describe('evidence in words', () => {
  it.each<[Parameters<typeof evidenceLine>[0], string]>([
    [{ title: 'Quyết định thành lập', number: '12/QĐ-UBND', date: '2024-03-01' }, 'Quyết định thành lập, số 12/QĐ-UBND ngày 01/03/2024'],
    [{ title: 'Kế hoạch', url: '/ke-hoach/' }, 'Kế hoạch, <https://cds.example/ke-hoach/>'],
    [{ title: 'Biên bản', file: '/minh-chung/bien-ban.pdf', date: '2024-05-02' }, 'Biên bản, ngày 02/05/2024, <https://cds.example/minh-chung/bien-ban.pdf>'],
    [{ title: 'Tin bài', url: 'https://baobacgiang.vn/a' }, 'Tin bài, <https://baobacgiang.vn/a>'],
  ])('%j', (evidence, expected) => {
    expect(evidenceLine(evidence, 'https://cds.example')).toBe(expected);
  });

  it('has no document reference without number or date', () => {
    expect(documentReference({})).toBeUndefined();
  });
});

describe('barChartLayout', () => {
  it('scales fills to the track, clamps ratios, and stacks rows', () => {
    const layout = barChartLayout([
      { label: '1. Nhận thức số', ratio: 0.5, valueText: '50%' },
      { label: '2. Thể chế số', ratio: 1.4, valueText: '140%' },
      { label: '3. Hạ tầng số', ratio: undefined, valueText: 'Không áp dụng' },
    ]);
    expect(layout.bars.map((bar) => bar.fillWidth)).toEqual([layout.trackWidth / 2, layout.trackWidth, 0]);
    expect(layout.bars[1]!.textY - layout.bars[0]!.textY).toBe(layout.bars[2]!.textY - layout.bars[1]!.textY);
    expect(layout.height).toBeGreaterThan(layout.bars[2]!.barY + layout.barHeight);
  });
});

describe('formatBytesVi', () => {
  it.each([
    [0, '0 byte'],
    [842, '842 byte'],
    [6602, '6,6 kB'],
    [183354, '183,4 kB'],
    [1_234_567, '1,2 MB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytesVi(bytes)).toBe(expected);
  });
});
