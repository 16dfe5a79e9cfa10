/**
 * Points at stake (issue 16): the weights, the shares that add up to the city figure, the exact
 * what-if on the shipped content, and the checks of `points:` in content/indicators/.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/content/schemas/indicator.ts';
import type { Pillar } from '../../src/lib/content/schemas/pillar.ts';
import type { Report } from '../../src/lib/content/schemas/progress.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import type { PortalContent } from '../../src/lib/loading/load.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { openStakes, taskStakes, unitGain, whatIf, type TaskStake } from '../../src/lib/priorities/points.ts';
import { indicatorPoints } from '../../src/lib/priorities/weights.ts';
import { computeProgress, reportKey, type ProgressInput } from '../../src/lib/progress/rollup.ts';
import { issuesOf, sources } from '../helpers/content-sources.ts';

const pillar = (id: number, maxPoints: number): Pillar => ({ id, slug: `p${id}`, name: `Trụ cột ${id}`, maxPoints, planSection: `II.${id}`, tasks: [] });
const unit = (id: string, kind: Unit['kind']): Unit => ({ id, name: id, kind, aliases: [], editors: [] });
const indicator = (id: string, lead: string[], extra: Partial<Indicator> = {}): Indicator => ({
  id, title: `Chỉ số ${id}`, lead, partners: [], evidence: '', note: '', targets: [], progressSource: 'reports',
  timeframe: { text: 'Trước 31/12/2024', kind: 'deadline', due: '2024-12-31' }, ...extra,
});
const report = (indicatorId: string, status: Report['status']): Report => ({
  indicator: indicatorId, status, evidence: [], updated: '2024-02-01', reporter: 'Cán bộ', note: '', history: [], demo: false,
});

describe('indicatorPoints: a pillar\'s points among its top-level indicators', () => {
  const rows = [indicator('1.1', []), indicator('1.2', []), indicator('1.2.1', []), indicator('1.3', []), indicator('1.4', [])];
  it.each([
    ['chia đều 100 điểm cho 4 chỉ số (1.2.1 là chỉ số con, không tính)', rows, { '1.1': 25, '1.2': 25, '1.3': 25, '1.4': 25 }],
    ['1.1 ghi points: 40, ba chỉ số còn lại chia đều 60', rows.map((row) => (row.id === '1.1' ? { ...row, points: 40 } : row)), { '1.1': 40, '1.2': 20, '1.3': 20, '1.4': 20 }],
    ['mọi chỉ số đều ghi points', rows.map((row, index) => (row.id === '1.2.1' ? row : { ...row, points: [10, 20, 30, 40][index > 2 ? index - 1 : index]! })), { '1.1': 10, '1.2': 20, '1.3': 30, '1.4': 40 }],
  ])('%s', (_, given, expected) => {
    expect(Object.fromEntries(indicatorPoints(pillar(1, 100), given))).toEqual(expected);
  });
});

describe('taskStakes: shares that add up to the city figure', () => {
  const units = [unit('phong-vhtt', 'agency'), unit('phuong-tran-phu', 'ward'), unit('xa-dong-son', 'commune')];
  const indicators = [
    indicator('1.1', ['phong-vhtt', 'phuong-tran-phu']),
    indicator('1.2', []),
    indicator('1.2.1', ['phong-vhtt']),
    indicator('1.2.2', ['phong-vhtt', 'xa-dong-son']),
    indicator('6.1', ['phuong-tran-phu']),
    indicator('6.2', ['xa-dong-son']),
  ];
  const input = (rows: Indicator[], reports: [string, Report][]): ProgressInput => ({
    year: 2024, asOf: '2024-03-15', pillars: [pillar(1, 100), pillar(6, 200)], indicators: rows, units,
    leadUnitsOf: (row) => units.filter((candidate) => row.lead.includes(candidate.id)),
    reports: new Map(reports.map(([unitId, given]) => [reportKey(unitId, given.indicator), given])),
  });
  const reports: [string, Report][] = [
    ['phong-vhtt', report('1.1', 'hoan-thanh')],
    ['phuong-tran-phu', report('1.1', 'dang-thuc-hien')],
    ['phong-vhtt', report('1.2.2', 'dang-thuc-hien')],
    ['xa-dong-son', report('1.2.2', 'chua-bat-dau')],
    ['phuong-tran-phu', report('6.1', 'hoan-thanh')],
    ['xa-dong-son', report('6.2', 'khong-ap-dung')],
  ];
  const byTask = (stakes: TaskStake[]) => Object.fromEntries(stakes.map((stake) => [`${stake.assignment.indicator.id} ${stake.assignment.unit.id}`, stake]));

  it.each([
    ['chia đều trong trụ cột', indicators],
    ['1.1 ghi points: 80 trong trụ cột 100 điểm', indicators.map((row) => (row.id === '1.1' ? { ...row, points: 80 } : row))],
  ])('%s: Σ phần × mức hoàn thành = tỷ lệ của thành phố, Σ phần = 1', (_, rows) => {
    const summary = computeProgress(input(rows, reports));
    const stakes = taskStakes(summary, rows);
    expect(stakes.reduce((sum, stake) => sum + stake.share, 0)).toBeCloseTo(1, 12);
    expect(stakes.reduce((sum, stake) => sum + stake.share * stake.assignment.completion!, 0)).toBeCloseTo(summary.completion!, 12);
  });

  it('gives each task its pillar points × its share of the pillar, sub-indicators sharing their parent\'s', () => {
    const stakes = byTask(taskStakes(computeProgress(input(indicators, reports)), indicators));
    // 6.2 does not apply: pillar 6 (200 điểm) is 6.1 alone; pillar 1 (100 điểm) is 1.1 and 1.2 at 50 each.
    expect(Object.keys(stakes).sort()).toEqual(['1.1 phong-vhtt', '1.1 phuong-tran-phu', '1.2.1 phong-vhtt', '1.2.2 phong-vhtt', '1.2.2 xa-dong-son', '6.1 phuong-tran-phu']);
    expect(stakes['6.1 phuong-tran-phu']!.weight).toBeCloseTo(200, 12);
    expect(stakes['1.1 phuong-tran-phu']!.weight).toBeCloseTo(25, 12);
    expect(stakes['1.2.1 phong-vhtt']!.weight).toBeCloseTo(25, 12);
    expect(stakes['1.2.2 xa-dong-son']!.weight).toBeCloseTo(12.5, 12);
    // Points at stake: weight × (1 − completion). Đang thực hiện counts 0,5.
    expect(stakes['1.1 phuong-tran-phu']!.points).toBeCloseTo(12.5, 12);
    expect(stakes['1.2.2 xa-dong-son']!.points).toBeCloseTo(12.5, 12);
    expect(stakes['1.2.1 phong-vhtt']!.points).toBeCloseTo(25, 12);
    // Completing it adds 25 of the 300 points the city figure weighs here.
    expect(stakes['1.2.1 phong-vhtt']!.gain).toBeCloseTo(25 / 300, 12);
    expect(stakes['6.1 phuong-tran-phu']!.points).toBe(0);
  });

  it('lists the most points at stake first and leaves out what is done', () => {
    const open = openStakes(taskStakes(computeProgress(input(indicators, reports)), indicators));
    expect(open.map((stake) => `${stake.assignment.indicator.id} ${stake.assignment.unit.id}`)).toEqual([
      '1.2.1 phong-vhtt', '1.1 phuong-tran-phu', '1.2.2 xa-dong-son', '1.2.2 phong-vhtt',
    ]);
  });

  it('unitGain: what a task adds to its own unit\'s figure', () => {
    const summary = computeProgress(input(indicators, reports));
    const tranPhu = summary.units.get('phuong-tran-phu')!;
    const task = tranPhu.assignments.find((assignment) => assignment.indicator.id === '1.1')!;
    // Trần Phú: pillar 1 (100) and pillar 6 (200); 1.1 is its only task in pillar 1, at 0,5.
    expect(unitGain(tranPhu, task)).toBeCloseTo((100 / 300) * 0.5, 12);
  });
});

describe('the what-if on the shipped content is exact', () => {
  const root = resolve(import.meta.dirname, '../..');
  const content = loadPortalContentFromDir(join(root, 'content'));
  const model = createPortalModel(content);
  const top = openStakes(taskStakes(model.progress, model.indicators));
  const reported = top.filter((stake) => stake.assignment.indicator.progressSource === 'reports');

  /** The content with the given tasks reported done (no value, so nothing but the report decides). */
  function completing(stakes: readonly TaskStake[]): PortalContent {
    const progressFiles = content.progressFiles.map((file) => ({ ...file, reports: [...file.reports] }));
    for (const { assignment } of stakes) {
      let file = progressFiles.find((candidate) => candidate.unit === assignment.unit.id);
      if (!file) progressFiles.push((file = { ...progressFiles[0]!, unit: assignment.unit.id, reports: [] }));
      const done: Report = { ...(assignment.report ?? report(assignment.indicator.id, 'hoan-thanh')), status: 'hoan-thanh', value: undefined, demo: true } as Report;
      const index = file.reports.findIndex((candidate) => candidate.indicator === assignment.indicator.id);
      if (index >= 0) file.reports[index] = done;
      else file.reports.push(done);
    }
    return { ...content, progressFiles };
  }

  it('has tasks to complete', () => {
    expect(reported.length).toBeGreaterThanOrEqual(5);
    expect(top[0]!.points).toBeGreaterThan(top[top.length - 1]!.points);
  });

  it('completing the top task raises the city figure by exactly its gain, and it leaves the list', () => {
    const first = reported[0]!;
    const after = createPortalModel(completing([first]));
    expect(after.progress.completion! - model.progress.completion!).toBeCloseTo(first.gain, 12);
    const key = (stake: TaskStake) => `${stake.assignment.indicator.id} ${stake.assignment.unit.id}`;
    const remaining = openStakes(taskStakes(after.progress, after.indicators)).map(key);
    expect(remaining).not.toContain(key(first));
    expect(remaining.slice(0, 19)).toEqual(top.map(key).filter((entry) => entry !== key(first)).slice(0, 19));
  });

  it('completing the top five raises it from X% to exactly Y%', () => {
    const five = reported.slice(0, 5);
    const after = createPortalModel(completing(five));
    expect(after.progress.completion!).toBeCloseTo(whatIf(model.progress, five).to, 12);
  });
});

describe('points: in content/indicators/ is checked against the pillar', () => {
  const base = `- id: "1.1"
  title: Ban chỉ đạo
  lead: [phong-vhtt]
- id: "1.2"
  title: Chủ trì
- id: 1.2.1
  title: Tham gia họp
  lead: [phong-vhtt]
`;
  const withPoints = (first: string, second = '', child = '') =>
    base.replace('  title: Ban chỉ đạo\n', `  title: Ban chỉ đạo\n${first}`).replace('  title: Chủ trì\n', `  title: Chủ trì\n${second}`).replace('  title: Tham gia họp\n', `  title: Tham gia họp\n${child}`);

  it('accepts points that leave the rest to share', () => {
    expect(() => issuesOf(sources({ indicators: withPoints('  points: 60\n') }))).toThrow('expected the content to be rejected');
  });

  it.each([
    ['vượt quá tổng điểm của trụ cột', withPoints('  points: 120\n'), /tổng điểm ghi ở các chỉ số của trụ cột là 120, vượt quá trụ cột 1 "Nhận thức số" có 100 điểm/],
    ['dùng hết điểm, chỉ số còn lại không còn điểm', withPoints('  points: 100\n'), /đã dùng hết trụ cột 1 .*1 chỉ số còn lại không còn điểm nào/],
    ['mọi chỉ số đều có points nhưng cộng lại thiếu', withPoints('  points: 30\n', '  points: 30\n'), /cộng lại chỉ được 60/],
    ['points ở chỉ số con', withPoints('', '', '  points: 10\n'), /chỉ số con "1\.2\.1" không có điểm riêng: các chỉ số con dùng chung trọng số của chỉ số cha "1\.2"/],
    ['points âm', withPoints('  points: -5\n'), /cần một số điểm lớn hơn 0/],
  ])('%s', (_, indicators, message) => {
    const issues = issuesOf(sources({ indicators }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('points');
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.fix).toBeTruthy();
    expect(issues[0]!.line).toBeGreaterThan(0);
  });
});
