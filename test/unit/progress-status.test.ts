import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorTarget } from '../../src/lib/content/schemas/indicator.ts';
import type { Report } from '../../src/lib/content/schemas/progress.ts';
import { aggregateStatus, completionOf, daysBetween, judgeReport, yearElapsed } from '../../src/lib/progress/status.ts';
import { attainment, targetForUnit, valueMismatch, yearlyRate } from '../../src/lib/progress/target.ts';

const deadline: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Trước 29/02/2024', kind: 'deadline', due: '2024-02-29' } };
const window: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Từ tháng 3 đến tháng 10/2024', kind: 'window', start: '2024-03-01', due: '2024-10-31' } };
const weekly: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Thường xuyên hàng tuần', kind: 'recurring', cadence: { count: 1, per: 'week' } } };
const continuous: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Thường xuyên', kind: 'recurring' } };
const onDemand: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Khi có yêu cầu', kind: 'on-demand' } };
const report = (status: Report['status'], value?: Report['value']) => ({ status, value });
const target = (overrides: Partial<IndicatorTarget>): IndicatorTarget => ({
  text: 'chỉ tiêu', measure: 'percent', comparator: '>=', value: 90, appliesTo: ['city'], source: 'Phụ lục', ...overrides,
});

describe('judgeReport: statuses move as asOf crosses a deadline', () => {
  it.each([
    // asOf, report, expected — deadline 29/02/2024 (a leap day)
    ['2024-01-15', undefined, 'not-reported'],
    ['2024-02-29', undefined, 'not-reported'],
    ['2024-03-01', undefined, 'overdue'],
    ['2024-01-15', report('chua-bat-dau'), 'on-track'],
    ['2024-02-01', report('dang-thuc-hien'), 'due-soon'],
    ['2024-02-29', report('dang-thuc-hien'), 'due-soon'],
    ['2024-03-01', report('dang-thuc-hien'), 'overdue'],
    ['2024-03-01', report('hoan-thanh'), 'done'],
    ['2024-03-01', report('khong-ap-dung'), 'not-applicable'],
  ] as const)('on %s with %j → %s', (asOf, given, expected) => {
    expect(judgeReport({ indicator: deadline, report: given, asOf, year: 2024 }).status).toBe(expected);
  });

  it('counts due-soon from 30 days before the end of a window', () => {
    const judge = (asOf: string) => judgeReport({ indicator: window, report: report('dang-thuc-hien'), asOf, year: 2024 }).status;
    expect(judge('2024-09-30')).toBe('on-track');
    expect(judge('2024-10-01')).toBe('due-soon');
    expect(judge('2024-11-01')).toBe('overdue');
  });

  it('does not call a report done while its value misses the target', () => {
    const goal = target({ value: 90 });
    expect(judgeReport({ indicator: window, report: report('hoan-thanh', 85), target: goal, asOf: '2024-06-01', year: 2024 }))
      .toMatchObject({ status: 'on-track', attainment: { met: false } });
    expect(judgeReport({ indicator: window, report: report('hoan-thanh', 92.5), target: goal, asOf: '2024-06-01', year: 2024 }))
      .toMatchObject({ status: 'done', attainment: { met: true, ratio: 1 } });
  });
});

describe('judgeReport: recurring indicators against their cadence', () => {
  it.each([
    [{ count: 1, per: 'week' }, 'on-track'],
    [{ count: 5, per: 'month' }, 'on-track'],
    [{ count: 3, per: 'month' }, 'overdue'],
    [{ count: 1, per: 'month' }, 'overdue'],
  ] as const)('"1 lần/tuần" with %j reported → %s', (value, expected) => {
    expect(judgeReport({ indicator: weekly, report: report('dang-thuc-hien', value), asOf: '2024-06-01', year: 2024 }).status).toBe(expected);
  });

  it('judges a yearly count by the pace the year so far requires ("trên 20 tin, bài")', () => {
    const posts = target({ measure: 'count', comparator: '>', value: 20, appliesTo: ['ward'] });
    const judge = (asOf: string, value: number) =>
      judgeReport({ indicator: continuous, report: report('dang-thuc-hien', value), target: posts, asOf, year: 2024 }).status;
    expect(judge('2024-06-30', 10)).toBe('on-track'); // half the year, half of 20
    expect(judge('2024-06-30', 8)).toBe('overdue');
    expect(judge('2024-12-31', 20)).toBe('overdue'); // "trên 20" needs 21
    expect(judgeReport({ indicator: continuous, report: report('hoan-thanh', 21), target: posts, asOf: '2024-12-31', year: 2024 }).status).toBe('done');
  });

  it('treats a continuous task that has not started as behind', () => {
    expect(judgeReport({ indicator: continuous, report: report('chua-bat-dau'), asOf: '2024-06-01', year: 2024 }).status).toBe('overdue');
    expect(judgeReport({ indicator: continuous, report: report('dang-thuc-hien'), asOf: '2024-06-01', year: 2024 }).status).toBe('on-track');
  });

  it('never marks an on-demand task overdue', () => {
    expect(judgeReport({ indicator: onDemand, report: undefined, asOf: '2024-12-31', year: 2024 }).status).toBe('not-reported');
    expect(judgeReport({ indicator: onDemand, report: report('chua-bat-dau'), asOf: '2024-12-31', year: 2024 }).status).toBe('on-track');
  });
});

describe('targets', () => {
  it.each([
    [{ measure: 'count', comparator: '>', value: 50 }, 50, { met: false, ratio: 0.99 }],
    [{ measure: 'count', comparator: '>', value: 50 }, 51, { met: true, ratio: 1 }],
    [{ measure: 'count', comparator: '>', value: 50 }, 30, { met: false, ratio: 0.6 }],
    [{ measure: 'percent', comparator: '>=', value: 90 }, 90, { met: true, ratio: 1 }],
    [{ measure: 'percent', comparator: '>=', value: 10 }, 5, { met: false, ratio: 0.5 }],
    [{ measure: 'percent', comparator: '<=', value: 5 }, 3, { met: true, ratio: 1 }],
    [{ measure: 'frequency', comparator: '>=', value: 1, per: 'week' }, { count: 4, per: 'quarter' }, { met: false, ratio: 16 / 52 }],
  ] as const)('%j with %j → %j', (goal, value, expected) => {
    expect(attainment(goal, value)).toEqual(expected);
  });

  it('refuses to compare a number with a frequency', () => {
    expect(attainment({ measure: 'percent', comparator: '>=', value: 90 }, { count: 1, per: 'week' })).toBeUndefined();
    expect(attainment({ measure: 'frequency', comparator: '>=', value: 1, per: 'week' }, 3)).toBeUndefined();
  });

  it('picks the target for the unit kind, and the city target for city agencies', () => {
    const targets = [target({ value: 50, appliesTo: ['city'] }), target({ value: 20, appliesTo: ['ward', 'commune'] })];
    expect(targetForUnit(targets, { kind: 'ward' })?.value).toBe(20);
    expect(targetForUnit(targets, { kind: 'commune' })?.value).toBe(20);
    expect(targetForUnit(targets, { kind: 'agency' })?.value).toBe(50);
    expect(targetForUnit([target({ appliesTo: ['ward'] })], { kind: 'agency' })).toBeUndefined();
  });

  it.each([
    [{ measure: 'percent' }, 120, 'tỷ lệ phần trăm phải từ 0 đến 100, đang là 120'],
    [{ measure: 'count' }, 2.5, 'chỉ tiêu là một số đếm, cần một số nguyên, đang là 2.5'],
    [{ measure: 'frequency' }, 3, 'chỉ tiêu là một tần suất, cần ghi dạng { count: 1, per: week }, đang là 3'],
    [{ measure: 'percent' }, { count: 1, per: 'week' }, 'chỉ tiêu là một con số, cần ghi một số, đang là một tần suất'],
    [undefined, 5, 'chỉ số này không có chỉ tiêu định lượng nên không nhận giá trị đo (value)'],
    [{ measure: 'percent' }, 99.5, undefined],
  ] as const)('valueMismatch(%j, %j) → %s', (goal, value, expected) => {
    expect(valueMismatch(goal, value)).toBe(expected);
  });

  it('compares frequencies per year', () => {
    expect(yearlyRate({ count: 1, per: 'week' })).toBe(52);
    expect(yearlyRate({ count: 1, per: 'quarter' })).toBe(4);
  });
});

describe('helpers', () => {
  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('measures the share of the year elapsed', () => {
    expect(yearElapsed('2024-12-31', 2024)).toBe(1);
    expect(yearElapsed('2023-06-01', 2024)).toBe(0);
    expect(yearElapsed('2024-07-01', 2024)).toBeCloseTo(183 / 366);
  });

  it.each([
    [['done', 'done'], 'done'],
    [['done', 'overdue', 'on-track'], 'overdue'],
    [['due-soon', 'on-track'], 'due-soon'],
    [['not-applicable', 'not-applicable'], 'not-applicable'],
    [['not-applicable', 'done'], 'done'],
    [['not-reported', 'not-reported'], 'not-reported'],
    [[], 'not-applicable'],
  ] as const)('aggregateStatus(%j) → %s', (statuses, expected) => {
    expect(aggregateStatus(statuses)).toBe(expected);
  });

  it.each([
    [{ status: 'done' }, report('hoan-thanh'), 1],
    [{ status: 'not-applicable' }, report('khong-ap-dung'), undefined],
    [{ status: 'on-track', attainment: { met: false, ratio: 0.6 } }, report('dang-thuc-hien', 30), 0.6],
    [{ status: 'on-track' }, report('dang-thuc-hien'), 0.5],
    [{ status: 'on-track', attainment: { met: true, ratio: 1 } }, report('dang-thuc-hien', { count: 1, per: 'week' }), 0.99],
    [{ status: 'overdue' }, report('chua-bat-dau'), 0],
    [{ status: 'overdue' }, undefined, 0],
  ] as const)('completionOf(%j, %j) → %s', (judgement, given, expected) => {
    expect(completionOf(judgement, given)).toBe(expected);
  });
});
