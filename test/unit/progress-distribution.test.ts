import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/content/schemas/indicator.ts';
import {
  COMPUTED_STATUS_TERMS,
  EFFECTIVE_STATUS_LABELS,
  EFFECTIVE_STATUSES,
  REPORT_STATUSES,
  REPORTED_STATE_LABELS,
  REPORTED_STATE_TERMS,
  REPORTED_STATES,
} from '../../src/lib/content/schemas/taxonomies.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { dueCell, NO_FIXED_DEADLINE, updatedCell } from '../../src/lib/dashboard/task-cells.ts';
import { reportedSummary } from '../../src/lib/dashboard/reported-summary.ts';
import {
  countReported,
  countStatuses,
  emptyCounts,
  indicatorDistribution,
  leadCountSentence,
  leadDone,
  statusDistribution,
  tallyOf,
} from '../../src/lib/progress/distribution.ts';
import { DUE_SOON_DAYS, URGENCY_ORDER } from '../../src/lib/progress/status.ts';
import { leadTasksOf, leafIndicators, planTasks } from '../../src/lib/progress/tasks.ts';

const counts = (given: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...given });

describe('the status vocabularies', () => {
  it('give every computed status a Vietnamese label, an English label, a phrase and a meaning', () => {
    for (const status of EFFECTIVE_STATUSES) {
      const term = COMPUTED_STATUS_TERMS[status];
      expect(term.label, status).toMatch(/^\p{Lu}/u);
      expect(term.labelEn, status).toMatch(/^[A-Z][a-z ,]+$/);
      expect(term.phrase, status).toBe(term.phrase.toLocaleLowerCase('vi'));
      expect(term.description.length, status).toBeGreaterThan(20);
      expect(EFFECTIVE_STATUS_LABELS[status]).toBe(term.label);
    }
    expect(new Set(EFFECTIVE_STATUSES.map((status) => COMPUTED_STATUS_TERMS[status].label)).size).toBe(EFFECTIVE_STATUSES.length);
  });

  it('says the due-soon window that the rules use', () => {
    expect(COMPUTED_STATUS_TERMS['due-soon'].description).toContain(`${DUE_SOON_DAYS} ngày`);
    expect(COMPUTED_STATUS_TERMS['within-deadline'].description).toContain(`${DUE_SOON_DAYS} ngày`);
  });

  it('adds "chưa báo cáo" to what a unit may report, without letting editors type it', () => {
    expect(REPORTED_STATES).toEqual([...REPORT_STATUSES, 'chua-bao-cao']);
    expect(REPORT_STATUSES).not.toContain('chua-bao-cao');
    expect(REPORTED_STATE_LABELS).toEqual({
      'chua-bat-dau': 'Chưa bắt đầu',
      'dang-thuc-hien': 'Đang thực hiện',
      'hoan-thanh': 'Hoàn thành',
      'khong-ap-dung': 'Không áp dụng',
      'chua-bao-cao': 'Chưa báo cáo',
    });
    expect(REPORTED_STATE_TERMS['chua-bao-cao'].labelEn).toBe('No report');
  });

  it('orders every status except done and not applicable by urgency', () => {
    expect([...URGENCY_ORDER].sort()).toEqual(EFFECTIVE_STATUSES.filter((s) => s !== 'done' && s !== 'not-applicable').sort());
  });
});

describe('statusDistribution: the overall line states the distribution, not the worst case', () => {
  it.each([
    [counts({ done: 15, overdue: 2 }), 'đơn vị', '15/17 đơn vị hoàn thành, 2 quá hạn'],
    [counts({ done: 15, behind: 1, 'on-track': 1 }), 'đơn vị', '15/17 đơn vị hoàn thành, 1 chậm tiến độ, 1 đúng tiến độ'],
    [counts({ done: 3, 'below-cadence': 1, 'not-applicable': 1 }), 'đơn vị', '3/4 đơn vị hoàn thành, 1 chưa đạt tần suất (không tính 1 đơn vị không áp dụng)'],
    [counts({ 'no-deadline': 14, done: 3 }), 'đơn vị', '3/17 đơn vị hoàn thành, 14 chưa hoàn thành, không xét hạn'],
    [counts({ 'not-reported': 2, 'within-deadline': 1, 'due-soon': 1 }), 'nhiệm vụ', '0/4 nhiệm vụ hoàn thành, 1 sắp đến hạn, 1 chưa bắt đầu, còn trong hạn, 2 chưa báo cáo'],
    [counts({ done: 17 }), 'đơn vị', '17/17 đơn vị hoàn thành'],
    [counts({ 'not-applicable': 2 }), 'đơn vị', 'Cả 2 đơn vị đều không áp dụng'],
    [counts({}), 'đơn vị', 'Chưa có đơn vị nào được giao'],
    [counts({ done: 1200, overdue: 34 }), 'nhiệm vụ', '1.200/1.234 nhiệm vụ hoàn thành, 34 quá hạn'],
  ])('%j (%s) → %s', (given, noun, sentence) => {
    expect(statusDistribution(given, noun).sentence).toBe(sentence);
  });

  it('returns the counts it states', () => {
    expect(statusDistribution(counts({ done: 15, overdue: 2, 'not-applicable': 1 }))).toMatchObject({ total: 18, applicable: 17, notApplicable: 1, done: 15 });
  });

  it('counts a parent in tasks and a leaf in units', () => {
    expect(indicatorDistribution({ counts: counts({ done: 1, overdue: 1 }), children: [] }).sentence).toBe('1/2 đơn vị hoàn thành, 1 quá hạn');
    expect(indicatorDistribution({ counts: counts({ done: 1, overdue: 1 }), children: [{}, {}] }).sentence).toBe('1/2 nhiệm vụ hoàn thành, 1 quá hạn');
  });
});

describe('the lead count and its sentences', () => {
  const tranPhu = counts({ done: 5, behind: 6, 'no-deadline': 5, 'not-applicable': 1 });

  it('says which denominator "hoàn thành x/y" uses', () => {
    expect(leadDone(tranPhu)).toMatchObject({ figure: '5/16', sentence: 'Hoàn thành 5/16 chỉ số được giao chủ trì (không tính 1 chỉ số không áp dụng)' });
    expect(leadDone(counts({ done: 2, overdue: 1 })).sentence).toBe('Hoàn thành 2/3 chỉ số được giao chủ trì');
    const parts = leadDone(tranPhu);
    expect(`${parts.before} ${parts.figure}${parts.after}`).toBe(parts.sentence);
  });

  it('counts every lead task, "không áp dụng" included, in the lead count', () => {
    expect(leadCountSentence(tranPhu)).toBe('Chủ trì 17 chỉ số');
    expect(tallyOf(tranPhu)).toEqual({ total: 17, applicable: 16, notApplicable: 1, done: 5 });
  });

  it('counts statuses and reported states', () => {
    expect(countStatuses(['done', 'behind', 'done'])).toEqual(counts({ done: 2, behind: 1 }));
    expect(countReported(['chua-bat-dau', 'chua-bao-cao', 'chua-bat-dau'])).toEqual({ 'chua-bat-dau': 2, 'dang-thuc-hien': 0, 'hoan-thanh': 0, 'khong-ap-dung': 0, 'chua-bao-cao': 1 });
    expect(reportedSummary({ 'chua-bat-dau': 3, 'dang-thuc-hien': 5, 'hoan-thanh': 8, 'khong-ap-dung': 1, 'chua-bao-cao': 0 })).toBe(
      'Đơn vị tự báo cáo: 8 hoàn thành, 5 đang thực hiện, 3 chưa bắt đầu, 1 không áp dụng.',
    );
  });
});

describe('planTasks / leadTasksOf: one definition of "chỉ số chủ trì"', () => {
  const unit = (id: string, kind: Unit['kind'], extra: Partial<Unit> = {}): Unit => ({ id, name: id, kind, aliases: [], editors: [], ...extra });
  const row = (id: string, lead: string[]): Indicator => ({
    id, title: `Chỉ số ${id}`, lead, partners: [], evidence: '', note: '', targets: [], progressSource: 'reports',
  });
  const tranPhu = unit('phuong-tran-phu', 'ward');
  const merged = unit('phuong-cu', 'ward', { validTo: '2023-12-31' });
  const vhtt = unit('phong-vhtt', 'agency');
  const wards = [tranPhu, merged];
  const indicators = [row('1.1', ['phong-vhtt', 'ubnd-phuong-xa']), row('1.2', ['ubnd-phuong-xa']), row('1.2.1', ['ubnd-phuong-xa']), row('1.2.2', ['ubnd-phuong-xa', 'phuong-tran-phu']), row('6.1', ['phuong-cu'])];
  const source = {
    year: 2024,
    indicators,
    leadUnitsOf: (indicator: Indicator) =>
      indicator.lead.flatMap((ref) => (ref === 'ubnd-phuong-xa' ? wards : [vhtt, ...wards].filter((u) => u.id === ref))),
  };

  it('counts a parent row by its children, not itself', () => {
    expect(leafIndicators(indicators).map((i) => i.id)).toEqual(['1.1', '1.2.1', '1.2.2', '6.1']);
    expect(leadTasksOf(source, tranPhu).map((task) => task.indicator.id)).toEqual(['1.1', '1.2.1', '1.2.2']);
  });

  it('counts a unit named twice (directly and through its group) once', () => {
    expect(planTasks(source).filter((task) => task.indicator.id === '1.2.2').map((task) => task.unit.id)).toEqual(['phuong-tran-phu']);
  });

  it('leaves out a unit that does not exist in the plan year, even when named directly', () => {
    expect(leadTasksOf(source, merged)).toEqual([]);
    expect(leadTasksOf({ ...source, year: 2023 }, merged).map((task) => task.indicator.id)).toEqual(['1.1', '1.2.1', '1.2.2', '6.1']);
  });
});

describe('the cells of a task row', () => {
  it.each([
    [{ text: 'Trước 31/3/2024', kind: 'deadline', due: '2024-03-31' }, { date: '2024-03-31' }],
    [{ text: 'Năm 2024', kind: 'window', start: '2024-01-01', due: '2024-12-31' }, { date: '2024-12-31' }],
    [{ text: 'Hằng tuần', kind: 'recurring', cadence: { count: 1, per: 'week' } }, { text: 'Thường xuyên, 1 lần/tuần' }],
    [{ text: 'Thường xuyên', kind: 'recurring' }, { text: 'Thường xuyên' }],
    [{ text: 'Đã ban hành', kind: 'done' }, { text: 'Đã ban hành' }],
    [{ text: 'Khi có yêu cầu', kind: 'on-demand' }, { text: NO_FIXED_DEADLINE }],
    [undefined, { text: NO_FIXED_DEADLINE }],
  ] as const)('Hạn of %j → %j', (timeframe, expected) => {
    expect(dueCell({ timeframe: timeframe as Indicator['timeframe'] })).toEqual(expected);
  });

  it.each([
    [{ indicator: { progressSource: 'posts' as const }, report: { updated: '2024-09-30' } }, { date: '2024-09-30' }],
    [{ indicator: { progressSource: 'posts' as const }, report: {} }, { text: 'Chưa có tin, bài' }],
    [{ indicator: { progressSource: 'reports' as const }, report: undefined }, { text: 'Chưa báo cáo' }],
    [{ indicator: { progressSource: 'reports' as const }, report: { updated: '2024-10-12' } }, { date: '2024-10-12' }],
  ])('Cập nhật of %j → %j', (assignment, expected) => {
    expect(updatedCell(assignment)).toEqual(expected);
  });
});
