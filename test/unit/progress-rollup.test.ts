import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/content/schemas/indicator.ts';
import type { Pillar } from '../../src/lib/content/schemas/pillar.ts';
import type { Report } from '../../src/lib/content/schemas/progress.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { reportsFromPosts } from '../../src/lib/progress/derived.ts';
import { computeProgress, emptyCounts, leadCountOf, mean, reportKey, type ProgressInput } from '../../src/lib/progress/rollup.ts';

const pillar = (id: number, maxPoints: number): Pillar => ({ id, slug: `p${id}`, name: `Trụ cột ${id}`, maxPoints, planSection: `II.${id}`, tasks: [] });
const unit = (id: string, kind: Unit['kind']): Unit => ({ id, name: id, kind, aliases: [], editors: [] });
const indicator = (id: string, lead: string[], extra: Partial<Indicator> = {}): Indicator => ({
  id, title: `Chỉ số ${id}`, lead, partners: [], evidence: '', note: '', targets: [], progressSource: 'reports',
  timeframe: { text: 'Trước 29/02/2024', kind: 'deadline', due: '2024-02-29' }, ...extra,
});
const report = (indicatorId: string, status: Report['status'], extra: Partial<Report> = {}): Report => ({
  indicator: indicatorId, status, evidence: [], updated: '2024-02-01', reporter: 'Cán bộ', note: '', history: [], demo: false, ...extra,
});

const units = [unit('phong-vhtt', 'agency'), unit('phuong-tran-phu', 'ward'), unit('xa-dong-son', 'commune')];
const indicators = [
  indicator('1.1', ['phong-vhtt', 'phuong-tran-phu']),
  indicator('1.2', ['phong-vhtt']),
  indicator('1.2.1', ['phong-vhtt']),
  indicator('1.2.2', ['phong-vhtt', 'xa-dong-son']),
  indicator('6.1', ['phuong-tran-phu']),
];
const pillars = [pillar(1, 100), pillar(6, 200)];

function input(asOf: string, reports: [string, Report][]): ProgressInput {
  return {
    year: 2024,
    asOf,
    pillars,
    indicators,
    units,
    leadUnitsOf: (row) => units.filter((candidate) => row.lead.includes(candidate.id)),
    reports: new Map(reports.map(([unitId, given]) => [reportKey(unitId, given.indicator), given])),
  };
}

const reports: [string, Report][] = [
  ['phong-vhtt', report('1.1', 'hoan-thanh')],
  ['phuong-tran-phu', report('1.1', 'dang-thuc-hien')],
  ['phong-vhtt', report('1.2.1', 'hoan-thanh')],
  ['phong-vhtt', report('1.2.2', 'hoan-thanh')],
  ['xa-dong-son', report('1.2.2', 'chua-bat-dau')],
  ['phuong-tran-phu', report('6.1', 'hoan-thanh')],
];

describe('computeProgress', () => {
  const summary = computeProgress(input('2024-03-15', reports));

  it('judges each lead unit separately', () => {
    const row = summary.indicators.get('1.1')!;
    expect(row.assignments.map((a) => [a.unit.id, a.status, a.completion])).toEqual([
      ['phong-vhtt', 'done', 1],
      ['phuong-tran-phu', 'overdue', 0.5],
    ]);
    expect(row.status).toBe('overdue');
    expect(row.completion).toBe(0.75);
  });

  it('rolls a parent up from its children, which it does not report itself', () => {
    const parent = summary.indicators.get('1.2')!;
    expect(parent.assignments).toEqual([]);
    expect(parent.children.map((child) => child.indicator.id)).toEqual(['1.2.1', '1.2.2']);
    // 1.2.1 = 1; 1.2.2 = mean(1, 0) = 0.5
    expect(parent.completion).toBe(0.75);
    expect(parent.status).toBe('overdue');
    expect(parent.counts).toMatchObject({ done: 2, overdue: 1 });
  });

  it('weights pillars by their DTI points for the city', () => {
    const [first, sixth] = summary.pillars;
    expect(first?.completion).toBe(0.75); // mean of 1.1 (0.75) and 1.2 (0.75)
    expect(sixth?.completion).toBe(1);
    expect(summary.completion).toBeCloseTo((0.75 * 100 + 1 * 200) / 300);
  });

  it('computes each unit over its own assignments, weighted by pillar points', () => {
    const ward = summary.units.get('phuong-tran-phu')!;
    expect(ward.byPillar.map((entry) => [entry.pillar.id, entry.completion])).toEqual([[1, 0.5], [6, 1]]);
    expect(ward.completion).toBeCloseTo((0.5 * 100 + 1 * 200) / 300);
    expect(ward.late.map((a) => a.indicator.id)).toEqual(['1.1']);
    expect(summary.units.get('xa-dong-son')?.completion).toBe(0);
  });

  it('changes statuses as asOf moves across the deadline', () => {
    const before = computeProgress(input('2024-02-10', reports));
    expect(before.indicators.get('1.1')?.assignments[1]?.status).toBe('due-soon');
    expect(before.overdue).toEqual([]);
    const after = computeProgress(input('2024-03-01', reports));
    expect(after.overdue.map((a) => `${a.unit.id} ${a.indicator.id}`)).toEqual(['phuong-tran-phu 1.1', 'xa-dong-son 1.2.2']);
  });

  it('leaves a unit with no assignment without a completion figure', () => {
    const lonely = computeProgress({ ...input('2024-03-01', []), units: [...units, unit('thanh-doan', 'organization')] });
    expect(lonely.units.get('thanh-doan')?.completion).toBeUndefined();
    // Six assignments, none reported, all past the 29/02 deadline.
    expect(lonely.counts).toMatchObject({ overdue: 6, 'not-reported': 0 });
  });

  it('counts every computed status and every reported state', () => {
    expect(summary.counts).toEqual({ ...emptyCounts(), done: 4, overdue: 2 });
    expect(summary.reportedCounts).toEqual({ 'hoan-thanh': 4, 'dang-thuc-hien': 1, 'chua-bat-dau': 1, 'khong-ap-dung': 0, 'chua-bao-cao': 0 });
  });

  it('keeps what each unit reported beside what the portal computes', () => {
    const lonely = computeProgress(input('2024-03-15', reports.slice(0, 1)));
    expect(lonely.indicators.get('1.1')!.assignments.map((a) => [a.unit.id, a.reported, a.status])).toEqual([
      ['phong-vhtt', 'hoan-thanh', 'done'],
      ['phuong-tran-phu', 'chua-bao-cao', 'overdue'],
    ]);
    expect(summary.indicators.get('1.2.2')!.assignments.map((a) => [a.unit.id, a.reported])).toEqual([
      ['phong-vhtt', 'hoan-thanh'],
      ['xa-dong-son', 'chua-bat-dau'],
    ]);
  });
});

describe('mean', () => {
  it.each([
    [[1, 0], undefined, 0.5],
    [[1, undefined, 0], undefined, 0.5],
    [[undefined], undefined, undefined],
    [[1, 0], [200, 100], 2 / 3],
  ] as const)('mean(%j, %j) → %s', (values, weights, expected) => {
    expect(mean(values, weights)).toBe(expected);
  });
});

describe('reportsFromPosts (indicator 1.4)', () => {
  const row = indicator('1.4', ['phong-vhtt', 'phuong-tran-phu'], {
    progressSource: 'posts',
    timeframe: { text: 'Thường xuyên', kind: 'recurring' },
    targets: [
      { text: 'trên 50', measure: 'count', comparator: '>', value: 50, appliesTo: ['city'], source: 'Phụ lục' },
      { text: 'trên 20', measure: 'count', comparator: '>', value: 20, appliesTo: ['ward', 'commune'], source: 'Phụ lục' },
    ],
  });
  const derived = reportsFromPosts(row, units.slice(0, 2), new Map([
    ['phong-vhtt', { count: 51, latest: '2024-10-01', demo: true }],
    ['phuong-tran-phu', { count: 20, latest: '2024-09-01', demo: false }],
  ]));

  it('counts posts against the target for the unit kind', () => {
    expect(derived.get(reportKey('phong-vhtt', '1.4'))).toMatchObject({ status: 'hoan-thanh', value: 51, updated: '2024-10-01', demo: true });
    expect(derived.get(reportKey('phuong-tran-phu', '1.4'))).toMatchObject({ status: 'dang-thuc-hien', value: 20, demo: false });
  });

  it('reports zero, not nothing, for a unit without posts, with no update date (the cut-off date is not one)', () => {
    const none = reportsFromPosts(row, [units[2]!], new Map()).get(reportKey('xa-dong-son', '1.4'));
    expect(none).toMatchObject({ status: 'chua-bat-dau', value: 0 });
    expect(none).not.toHaveProperty('updated');
  });

  it('judges a unit without posts behind pace in October, never overdue, with no update date', () => {
    const summary = computeProgress({
      ...input('2024-10-15', []),
      indicators: [row],
      leadUnitsOf: () => [units[1]!],
      reports: reportsFromPosts(row, [units[1]!], new Map()),
    });
    const [task] = summary.indicators.get('1.4')!.assignments;
    expect([task?.reported, task?.status, task?.report?.updated]).toEqual(['chua-bat-dau', 'behind', undefined]);
  });
});

describe('leadCountOf', () => {
  it('counts leaf tasks: a parent by its children, and 0 for a unit leading nothing', () => {
    const summary = computeProgress(input('2024-03-15', reports));
    // phong-vhtt leads 1.1, 1.2 (a parent), 1.2.1 and 1.2.2: three tasks.
    expect(leadCountOf(summary, 'phong-vhtt')).toBe(3);
    expect(leadCountOf(summary, 'xa-dong-son')).toBe(1);
    expect(leadCountOf(summary, 'khong-ton-tai')).toBe(0);
  });
});
