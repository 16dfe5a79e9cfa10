import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorTarget } from '../../src/lib/content/schemas/indicator.ts';
import { upcomingDeadlines } from '../../src/lib/plan/deadlines.ts';
import { cadenceLabel, targetScopeLabel, targetValueLabel } from '../../src/lib/plan/labels.ts';
import { sectionOfPath } from '../../src/lib/nav.ts';

type TargetShape = Pick<IndicatorTarget, 'measure' | 'comparator' | 'value' | 'per' | 'noun'>;

describe('targetValueLabel', () => {
  it.each<[TargetShape, string]>([
    [{ measure: 'percent', comparator: '>=', value: 90 }, 'tối thiểu 90%'],
    [{ measure: 'percent', comparator: '>=', value: 12.5, noun: 'doanh nghiệp' }, 'tối thiểu 12,5% doanh nghiệp'],
    [{ measure: 'count', comparator: '>', value: 50, noun: 'tin, bài' }, 'trên 50 tin, bài'],
    [{ measure: 'count', comparator: '=', value: 1500 }, 'đúng 1.500'],
    [{ measure: 'frequency', comparator: '>=', value: 1, per: 'week' }, 'tối thiểu 1 lần/tuần'],
    [{ measure: 'frequency', comparator: '>=', value: 1, per: 'quarter', noun: 'cuộc họp' }, 'tối thiểu 1 cuộc họp/quý'],
    [{ measure: 'money', comparator: '<=', value: 2000000 }, 'tối đa 2.000.000 đồng'],
  ])('labels %j as %j', (target, expected) => {
    expect(targetValueLabel(target)).toBe(expected);
  });
});

describe('targetScopeLabel', () => {
  it.each<[IndicatorTarget['appliesTo'], string]>([
    [['city'], 'Toàn thành phố'],
    [['ward', 'commune'], 'Mỗi phường, mỗi xã'],
    [['city', 'ward', 'commune'], 'Toàn thành phố, mỗi phường, mỗi xã'],
  ])('labels %j as %j', (scopes, expected) => {
    expect(targetScopeLabel(scopes)).toBe(expected);
  });
});

describe('cadenceLabel', () => {
  it.each([
    [{ count: 1, per: 'week' } as const, undefined, '1 lần/tuần'],
    [{ count: 2, per: 'year' } as const, undefined, '2 lần/năm'],
    [{ count: 1, per: 'month' } as const, 'cuộc họp', '1 cuộc họp/tháng'],
  ])('labels %j (%s) as %j', (cadence, noun, expected) => {
    expect(cadenceLabel(cadence, noun)).toBe(expected);
  });
});

describe('upcomingDeadlines', () => {
  const row = (id: string, timeframe?: Indicator['timeframe']) =>
    ({ id, title: id, lead: [], partners: [], evidence: '', note: '', targets: [], progressSource: 'reports', timeframe }) as Indicator;
  const rows = [
    row('1.1', { text: 'Trước 29/02/2024', kind: 'deadline', due: '2024-02-29' }),
    row('6.10', { text: 'Quý IV/2024', kind: 'deadline', due: '2024-12-31' }),
    row('6.2', { text: 'Cả năm', kind: 'window', start: '2024-01-01', due: '2024-12-31' }),
    row('4.6', { text: 'Xong trước 15/10/2024', kind: 'deadline', due: '2024-10-15' }),
    row('1.4', { text: 'Thường xuyên', kind: 'recurring' }),
    row('5.5'),
  ];

  it('keeps rows due on or after the date, earliest first, then by id', () => {
    expect(upcomingDeadlines(rows, '2024-10-15', 8).map((i) => i.id)).toEqual(['4.6', '6.2', '6.10']);
  });

  it('stops at the limit', () => {
    expect(upcomingDeadlines(rows, '2024-01-01', 2).map((i) => i.id)).toEqual(['1.1', '4.6']);
  });
});

describe('sectionOfPath', () => {
  it.each([
    ['/', 'home'],
    ['/ke-hoach/', 'plan'],
    ['/chi-so/', 'indicators'],
    ['/chi-so/1-2-1/', 'indicators'],
    ['/don-vi/phuong-tran-phu', 'units'],
    ['/tru-cot/nhan-thuc-so/', undefined],
  ])('puts %j in %j', (path, expected) => {
    expect(sectionOfPath(path)).toBe(expected);
  });
});
