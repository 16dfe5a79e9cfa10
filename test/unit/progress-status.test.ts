import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorTarget } from '../../src/lib/content/schemas/indicator.ts';
import type { Report } from '../../src/lib/content/schemas/progress.ts';
import type { EffectiveStatus } from '../../src/lib/content/schemas/taxonomies.ts';
import { aggregateStatus, completionOf, daysBetween, dueDateOf, judgeReport, yearElapsed } from '../../src/lib/progress/status.ts';
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

const issued: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Đã ban hành', kind: 'done' } };
const yearly: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Thường xuyên', kind: 'recurring' } };
/** 1.4's ward target: "Phường, xã đăng tải trên 20 tin, bài về chuyển đổi số", a year-end count. */
const posts20 = target({ measure: 'count', comparator: '>', value: 20, noun: 'tin, bài', appliesTo: ['ward', 'commune'] });
const weeklyTarget = target({ measure: 'frequency', comparator: '>=', value: 1, per: 'week' });
type Case = readonly [asOf: string, given: ReturnType<typeof report> | undefined, expected: EffectiveStatus];
const judge = (indicator: Pick<Indicator, 'timeframe'>, given: ReturnType<typeof report> | undefined, asOf: string, goal?: IndicatorTarget) =>
  judgeReport({ indicator, report: given, target: goal, asOf, year: 2024 }).status;

describe('judgeReport: a deadline ("Trước 29/02/2024") — "Quá hạn" only once the date has passed', () => {
  it.each<Case>([
    ['2024-01-15', undefined, 'not-reported'],
    ['2024-02-29', undefined, 'not-reported'],
    ['2024-03-01', undefined, 'overdue'],
    ['2024-01-15', report('chua-bat-dau'), 'within-deadline'],
    ['2024-02-01', report('chua-bat-dau'), 'due-soon'],
    ['2023-12-15', report('chua-bat-dau'), 'within-deadline'],
    ['2023-12-15', report('dang-thuc-hien'), 'on-track'],
    ['2024-02-01', report('dang-thuc-hien'), 'due-soon'],
    ['2024-02-29', report('dang-thuc-hien'), 'due-soon'],
    ['2024-03-01', report('dang-thuc-hien'), 'overdue'],
    ['2024-03-01', report('chua-bat-dau'), 'overdue'],
    ['2024-03-01', report('hoan-thanh'), 'done'],
    ['2024-03-01', report('khong-ap-dung'), 'not-applicable'],
  ])('on %s with %j → %s', (asOf, given, expected) => {
    expect(judge(deadline, given, asOf)).toBe(expected);
  });
});

describe('judgeReport: a window (01/03–31/10/2024) — not started past its start is "Chậm tiến độ", never "Đúng tiến độ"', () => {
  it.each<Case>([
    ['2024-02-15', report('chua-bat-dau'), 'within-deadline'],
    ['2024-03-01', report('chua-bat-dau'), 'behind'],
    ['2024-06-01', report('chua-bat-dau'), 'behind'],
    ['2024-06-01', report('dang-thuc-hien'), 'on-track'],
    ['2024-09-30', report('dang-thuc-hien'), 'on-track'],
    ['2024-10-01', report('dang-thuc-hien'), 'due-soon'],
    ['2024-10-01', report('chua-bat-dau'), 'due-soon'],
    ['2024-11-01', report('dang-thuc-hien'), 'overdue'],
    ['2024-11-01', undefined, 'overdue'],
    ['2024-06-01', undefined, 'not-reported'],
    ['2024-11-01', report('hoan-thanh'), 'done'],
  ])('on %s with %j → %s', (asOf, given, expected) => {
    expect(judge(window, given, asOf)).toBe(expected);
  });

  it('6.12 ("Năm 2024", reported chưa bắt đầu, 0%) is not "Đúng tiến độ" in October', () => {
    const year2024: Pick<Indicator, 'timeframe'> = { timeframe: { text: 'Năm 2024', kind: 'window', start: '2024-01-01', due: '2024-12-31' } };
    const judgement = judgeReport({ indicator: year2024, report: report('chua-bat-dau'), asOf: '2024-10-15', year: 2024 });
    expect(judgement.status).toBe('behind');
    expect(completionOf(judgement, report('chua-bat-dau'))).toBe(0);
  });

  it('treats a measured value of 0 past the start as not started', () => {
    expect(judge(window, report('dang-thuc-hien', 0), '2024-06-01', target({ value: 90 }))).toBe('behind');
    expect(judge(window, report('dang-thuc-hien', 40), '2024-06-01', target({ value: 90 }))).toBe('on-track');
  });

  it('does not call a report done while its value misses the target', () => {
    const goal = target({ value: 90 });
    expect(judgeReport({ indicator: window, report: report('hoan-thanh', 85), target: goal, asOf: '2024-06-01', year: 2024 }))
      .toMatchObject({ status: 'on-track', attainment: { met: false } });
    expect(judgeReport({ indicator: window, report: report('hoan-thanh', 92.5), target: goal, asOf: '2024-06-01', year: 2024 }))
      .toMatchObject({ status: 'done', attainment: { met: true, ratio: 1 } });
  });
});

describe('judgeReport: recurring with a cadence ("1 lần/tuần") — "Chưa đạt tần suất", never "Quá hạn"', () => {
  it.each<Case>([
    ['2024-06-01', report('dang-thuc-hien', { count: 1, per: 'week' }), 'on-track'],
    ['2024-06-01', report('dang-thuc-hien', { count: 5, per: 'month' }), 'on-track'],
    ['2024-06-01', report('dang-thuc-hien', { count: 3, per: 'month' }), 'below-cadence'],
    ['2024-12-31', report('hoan-thanh', { count: 1, per: 'month' }), 'below-cadence'],
    ['2025-02-01', report('dang-thuc-hien', { count: 1, per: 'month' }), 'below-cadence'],
    ['2024-12-31', report('hoan-thanh', { count: 1, per: 'week' }), 'done'],
    ['2024-06-01', report('chua-bat-dau'), 'behind'],
    ['2024-01-01', report('chua-bat-dau'), 'behind'],
    ['2023-12-01', report('chua-bat-dau'), 'within-deadline'],
    ['2024-06-01', report('dang-thuc-hien'), 'on-track'],
    ['2025-02-01', undefined, 'not-reported'],
  ])('on %s with %j → %s', (asOf, given, expected) => {
    expect(judge(weekly, given, asOf, weeklyTarget)).toBe(expected);
  });
});

describe('judgeReport: a yearly count (1.4: "trên 20 tin, bài" by the year end) — ahead or behind pace, never "Quá hạn"', () => {
  it.each<Case>([
    ['2024-06-30', report('dang-thuc-hien', 10), 'on-track'], // half the year, half of 20
    ['2024-06-30', report('dang-thuc-hien', 8), 'behind'],
    ['2024-10-15', report('dang-thuc-hien', 16), 'on-track'], // 20 × 289/366 = 15.8
    ['2024-10-15', report('dang-thuc-hien', 6), 'behind'],
    ['2024-10-15', report('chua-bat-dau', 0), 'behind'], // no post yet: 0 posts in October
    ['2024-12-31', report('dang-thuc-hien', 20), 'behind'], // "trên 20" needs 21
    ['2024-12-31', report('hoan-thanh', 21), 'done'],
    ['2025-01-15', report('dang-thuc-hien', 12), 'behind'],
  ])('on %s with %j → %s', (asOf, given, expected) => {
    expect(judge(yearly, given, asOf, posts20)).toBe(expected);
  });

  it('is behind from the first day of the year at 0 posts, since the pace already requires more', () => {
    expect(judge(yearly, report('chua-bat-dau', 0), '2024-01-01', posts20)).toBe('behind');
  });

  it('treats a continuous task that has not started as behind, and one under way as on track', () => {
    expect(judge(continuous, report('chua-bat-dau'), '2024-06-01')).toBe('behind');
    expect(judge(continuous, report('dang-thuc-hien'), '2024-06-01')).toBe('on-track');
  });
});

describe('judgeReport: on demand and already issued — nothing to judge against', () => {
  it.each<readonly [Pick<Indicator, 'timeframe'>, string, ReturnType<typeof report> | undefined, EffectiveStatus]>([
    [onDemand, '2024-12-31', undefined, 'not-reported'],
    [onDemand, '2024-10-15', report('chua-bat-dau'), 'no-deadline'], // Trần Phú 1.1
    [onDemand, '2025-06-01', report('chua-bat-dau'), 'no-deadline'],
    [onDemand, '2024-10-15', report('dang-thuc-hien'), 'no-deadline'],
    [onDemand, '2024-10-15', report('hoan-thanh'), 'done'],
    [issued, '2024-10-15', report('hoan-thanh'), 'done'],
    [issued, '2024-01-02', report('dang-thuc-hien'), 'no-deadline'],
    [issued, '2024-10-15', undefined, 'not-reported'],
    [{ timeframe: undefined }, '2024-10-15', report('dang-thuc-hien'), 'no-deadline'],
  ])('%j on %s with %j → %s', (indicator, asOf, given, expected) => {
    expect(judge(indicator, given, asOf)).toBe(expected);
  });
});

describe('judgeReport: the rules hold for every timeframe kind on every day of the year', () => {
  const kinds = { deadline, window, weekly, continuous, onDemand, issued, yearly } as const;
  const days = Array.from({ length: 14 }, (_, index) => `2024-${String(Math.min(12, index + 1)).padStart(2, '0')}-${index < 12 ? '15' : '31'}`).concat(['2023-12-31', '2025-01-01']);
  const states = [undefined, report('chua-bat-dau'), report('chua-bat-dau', 0), report('dang-thuc-hien'), report('dang-thuc-hien', 5), report('hoan-thanh')];

  it.each(Object.entries(kinds))('%s', (_name, indicator) => {
    for (const asOf of days) {
      for (const given of states) {
        const goal = indicator === yearly ? posts20 : undefined;
        const status = judge(indicator, given, asOf, goal);
        const due = dueDateOf(indicator.timeframe);
        const where = `${asOf} ${JSON.stringify(given)}`;
        // "Quá hạn" only with a dated deadline that has passed, so never beside "Không có hạn cụ thể".
        if (status === 'overdue') expect(due !== undefined && due < asOf, where).toBe(true);
        // "Đúng tiến độ" never for a task not started (or at 0) once its start has passed.
        const started = indicator.timeframe?.start ?? (indicator.timeframe?.kind === 'recurring' ? '2024-01-01' : undefined);
        if (given && (given.status === 'chua-bat-dau' || given.value === 0) && started && started <= asOf) expect(status, where).not.toBe('on-track');
        // Recurring and undated tasks have their own words.
        if (!due) expect(['overdue', 'due-soon'], where).not.toContain(status);
      }
    }
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
    [['behind', 'due-soon', 'below-cadence'], 'behind'],
    [['below-cadence', 'on-track'], 'below-cadence'],
    [['no-deadline', 'done'], 'no-deadline'],
    [['within-deadline', 'no-deadline', 'not-reported'], 'within-deadline'],
    [['done', 'not-reported'], 'not-reported'],
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
