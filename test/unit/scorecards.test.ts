/** The on-time rule of the scorecards (issue 16 §4), for every timeframe kind. */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/content/schemas/indicator.ts';
import type { Pillar } from '../../src/lib/content/schemas/pillar.ts';
import type { Report } from '../../src/lib/content/schemas/progress.ts';
import type { EffectiveStatus } from '../../src/lib/content/schemas/taxonomies.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { taskStakes } from '../../src/lib/priorities/points.ts';
import { computeProgress, reportKey } from '../../src/lib/progress/rollup.ts';
import { deliveryDeadline, deliveryOf, doneDateOf, type DeliveryOutcome } from '../../src/lib/scorecards/on-time.ts';
import { scorecardOf } from '../../src/lib/scorecards/scorecard.ts';

type Timeframe = Indicator['timeframe'];
const DEADLINE: Timeframe = { text: 'Trước 31/03/2024', kind: 'deadline', due: '2024-03-31' };
const WINDOW: Timeframe = { text: 'Từ tháng 3 đến tháng 6/2024', kind: 'window', start: '2024-03-01', due: '2024-06-30' };
const CADENCE: Timeframe = { text: 'Thường xuyên, 1 lần/tuần', kind: 'recurring', cadence: { count: 1, per: 'week' } };
const YEARLY: Timeframe = { text: 'Thường xuyên', kind: 'recurring' };
const ON_DEMAND: Timeframe = { text: 'Khi có yêu cầu', kind: 'on-demand' };
const ISSUED: Timeframe = { text: 'Đã ban hành', kind: 'done' };
const NONE: Timeframe = undefined;

const report = (status: Report['status'], updated: string, history: { date: string; status: Report['status'] }[] = []) => ({ status, updated, history });

describe('deliveryDeadline: the date a task is held to', () => {
  it.each([
    ['hạn chót (deadline)', DEADLINE, '2024-03-31'],
    ['khoảng thời gian (window)', WINDOW, '2024-06-30'],
    ['thường xuyên có tần suất (cadence)', CADENCE, '2024-12-31'],
    ['thường xuyên, chỉ tiêu cả năm', YEARLY, '2024-12-31'],
    ['khi có yêu cầu', ON_DEMAND, undefined],
    ['đã ban hành', ISSUED, undefined],
    ['không ghi thời gian', NONE, undefined],
  ])('%s', (_, timeframe, expected) => {
    expect(deliveryDeadline(timeframe, 2024)).toBe(expected);
  });
});

describe('deliveryOf: on time, late, open past due', () => {
  it.each<[string, Timeframe, EffectiveStatus, ReturnType<typeof report> | undefined, DeliveryOutcome | undefined]>([
    ['hạn chót: xong đúng ngày hạn', DEADLINE, 'done', report('hoan-thanh', '2024-03-31'), 'on-time'],
    ['hạn chót: xong sau hạn 1 ngày', DEADLINE, 'done', report('hoan-thanh', '2024-04-01'), 'late'],
    ['hạn chót: báo cáo lại sau hạn, nhưng đã xong từ trước (theo lịch sử)', DEADLINE, 'done', report('hoan-thanh', '2024-05-10', [{ date: '2024-03-20', status: 'hoan-thanh' }, { date: '2024-02-01', status: 'dang-thuc-hien' }]), 'on-time'],
    ['hạn chót: xong, mở lại, xong lại sau hạn', DEADLINE, 'done', report('hoan-thanh', '2024-05-10', [{ date: '2024-03-20', status: 'hoan-thanh' }, { date: '2024-04-02', status: 'dang-thuc-hien' }]), 'late'],
    ['hạn chót: chưa xong, quá hạn', DEADLINE, 'overdue', report('dang-thuc-hien', '2024-03-01'), 'open-overdue'],
    ['hạn chót: chưa báo cáo, quá hạn', DEADLINE, 'overdue', undefined, 'open-overdue'],
    ['hạn chót: chưa xong, còn hạn', DEADLINE, 'on-track', report('dang-thuc-hien', '2024-03-01'), 'open'],
    ['khoảng thời gian: xong trong khoảng', WINDOW, 'done', report('hoan-thanh', '2024-06-15'), 'on-time'],
    ['khoảng thời gian: xong sau ngày cuối', WINDOW, 'done', report('hoan-thanh', '2024-07-01'), 'late'],
    ['khoảng thời gian: chậm tiến độ nhưng chưa hết hạn', WINDOW, 'behind', report('chua-bat-dau', '2024-04-01'), 'open'],
    ['tần suất 1 lần/tuần: đạt trong năm', CADENCE, 'done', report('hoan-thanh', '2024-10-01'), 'on-time'],
    ['tần suất: chưa theo kịp, không bao giờ "quá hạn"', CADENCE, 'below-cadence', report('dang-thuc-hien', '2024-10-01'), 'open'],
    ['chỉ tiêu cả năm: đạt sau ngày 31/12', YEARLY, 'done', report('hoan-thanh', '2025-01-05'), 'late'],
    ['chỉ tiêu cả năm: chậm tiến độ', YEARLY, 'behind', report('dang-thuc-hien', '2024-10-01'), 'open'],
    ['khi có yêu cầu: xong, không có hạn', ON_DEMAND, 'done', report('hoan-thanh', '2024-10-01'), 'done-no-deadline'],
    ['khi có yêu cầu: chưa xong, không xét hạn', ON_DEMAND, 'no-deadline', report('chua-bat-dau', '2024-10-01'), 'open'],
    ['đã ban hành: xong, không có hạn', ISSUED, 'done', report('hoan-thanh', '2024-01-15'), 'done-no-deadline'],
    ['không ghi thời gian: chưa báo cáo', NONE, 'not-reported', undefined, 'open'],
    ['không áp dụng: không tính', DEADLINE, 'not-applicable', report('khong-ap-dung', '2024-02-01'), undefined],
  ])('%s', (_, timeframe, status, given, expected) => {
    expect(deliveryOf({ indicator: { timeframe }, status, report: given }, 2024)).toBe(expected);
  });

  it('doneDateOf: the first date of the last run of "hoàn thành"', () => {
    expect(doneDateOf(report('hoan-thanh', '2024-05-02', [{ date: '2024-03-01', status: 'dang-thuc-hien' }, { date: '2024-04-10', status: 'hoan-thanh' }]))).toBe('2024-04-10');
    expect(doneDateOf(report('dang-thuc-hien', '2024-05-02'))).toBeUndefined();
  });
});

describe('scorecardOf: a unit\'s tasks, on-time rate, completion and points at stake', () => {
  const pillar: Pillar = { id: 1, slug: 'p1', name: 'Nhận thức số', maxPoints: 100, planSection: 'II.1', tasks: [] };
  const unit: Unit = { id: 'phong-vhtt', name: 'Phòng Văn hóa và Thông tin', kind: 'agency', aliases: [], editors: [] };
  const row = (id: string, timeframe: Timeframe): Indicator => ({ id, title: `Chỉ số ${id}`, lead: [unit.id], partners: [], evidence: '', note: '', targets: [], progressSource: 'reports', timeframe });
  const given = (indicator: string, status: Report['status'], updated: string): Report => ({ indicator, status, evidence: [], updated, reporter: 'Cán bộ', note: '', history: [], demo: false });
  const indicators = [row('1.1', DEADLINE), row('1.2', DEADLINE), row('1.3', DEADLINE), row('1.4', ON_DEMAND), row('1.5', WINDOW)];
  const reports = [given('1.1', 'hoan-thanh', '2024-03-30'), given('1.2', 'hoan-thanh', '2024-04-15'), given('1.3', 'dang-thuc-hien', '2024-03-01'), given('1.4', 'hoan-thanh', '2024-02-01'), given('1.5', 'dang-thuc-hien', '2024-03-05')];
  const summary = computeProgress({
    year: 2024, asOf: '2024-05-01', pillars: [pillar], indicators, units: [unit],
    leadUnitsOf: () => [unit], reports: new Map(reports.map((entry) => [reportKey(unit.id, entry.indicator), entry])),
  });
  const card = scorecardOf(summary.units.get(unit.id)!, taskStakes(summary, indicators), 2024);

  it('counts each outcome and divides on time by the tasks judged against a deadline', () => {
    expect(card.counts).toEqual({ 'on-time': 1, late: 1, 'open-overdue': 1, open: 1, 'done-no-deadline': 1 });
    expect(card.onTimeRate).toBeCloseTo(1 / 3, 12);
    expect(card.tasks).toBe(5);
  });

  it('takes the completion of the unit and sums its points at stake', () => {
    expect(card.completion).toBe(summary.units.get(unit.id)!.completion);
    // 5 indicators of 20 points: 1.3 and 1.5 are half done.
    expect(card.pointsAtStake).toBeCloseTo(20, 12);
  });
});
