/** The portal at any date (issue 15): a report as it stood on a day, and the content cut off at asOf. */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/content/schemas/progress.ts';
import { contentAsOf, leftOutLine } from '../../src/lib/timeline/cut-off.ts';
import { previousQuarterEnd, snapshotDates } from '../../src/lib/timeline/dates.ts';
import { stateAsOf } from '../../src/lib/timeline/state.ts';

const report = (fields: Partial<Report>): Report => ({
  indicator: '2.1',
  status: 'hoan-thanh',
  value: 100,
  evidence: [],
  updated: '2024-09-25',
  reporter: 'Cán bộ phường Trần Phú',
  note: 'Đã ban hành kế hoạch',
  history: [],
  demo: false,
  ...fields,
});

const history: Report['history'] = [
  { date: '2024-03-10', status: 'chua-bat-dau', note: 'Báo cáo đầu kỳ' },
  { date: '2024-05-20', status: 'dang-thuc-hien', value: 40, note: 'Đang dự thảo' },
  { date: '2024-07-15', status: 'dang-thuc-hien', value: 70, note: 'Chỉ đổi giá trị' },
];

describe('stateAsOf', () => {
  it.each([
    { name: 'báo cáo không có lịch sử, ngày sau ngày cập nhật: chính báo cáo', report: report({}), date: '2024-10-15', expected: { status: 'hoan-thanh', value: 100, updated: '2024-09-25' } },
    { name: 'báo cáo không có lịch sử, ngày trước ngày cập nhật: chưa báo cáo', report: report({}), date: '2024-06-30', expected: undefined },
    { name: 'đúng ngày cập nhật: chính báo cáo', report: report({ history }), date: '2024-09-25', expected: { status: 'hoan-thanh', value: 100, updated: '2024-09-25' } },
    { name: 'giữa hai mục lịch sử: mục trước ngày đó', report: report({ history }), date: '2024-06-30', expected: { status: 'dang-thuc-hien', value: 40, updated: '2024-05-20', note: 'Đang dự thảo' } },
    { name: 'mục chỉ đổi giá trị, cùng trạng thái', report: report({ history }), date: '2024-08-31', expected: { status: 'dang-thuc-hien', value: 70, updated: '2024-07-15', note: 'Chỉ đổi giá trị' } },
    { name: 'mục đầu không có giá trị: trạng thái lúc đó không có giá trị', report: report({ history }), date: '2024-03-31', expected: { status: 'chua-bat-dau', updated: '2024-03-10' } },
    { name: 'mục lịch sử đầu tiên sau ngày đó: chưa báo cáo', report: report({ history }), date: '2024-02-29', expected: undefined },
  ])('$name', ({ report: input, date, expected }) => {
    const state = stateAsOf(input, date);
    if (expected === undefined) return expect(state).toBeUndefined();
    expect(state).toMatchObject(expected);
    if (!('value' in expected)) expect(state).not.toHaveProperty('value');
    // The state's own history holds only what came before it.
    expect(state!.history.every((entry) => entry.date < state!.updated)).toBe(true);
  });

  it('keeps only the evidence that existed that day; undated evidence dates from the current report', () => {
    const input = report({
      history,
      evidence: [
        { title: 'Kế hoạch số 12/KH-UBND', number: '12/KH-UBND', date: '2024-04-02' },
        { title: 'Quyết định số 30/QĐ-UBND', number: '30/QĐ-UBND', date: '2024-09-20' },
        { title: 'Chuyên mục trên cổng', url: 'https://tranphu.bacgiang.gov.vn/cds' },
      ],
    });
    expect(stateAsOf(input, '2024-06-30')!.evidence.map((item) => item.title)).toEqual(['Kế hoạch số 12/KH-UBND']);
    expect(stateAsOf(input, '2024-09-30')!.evidence).toHaveLength(3);
  });
});

describe('contentAsOf', () => {
  const files = [{ unit: 'phuong-tran-phu', reports: [report({ history }), report({ indicator: '1.1', updated: '2024-08-01' })] }];
  const posts = [
    { date: '2024-06-30', draft: false, slug: 'a' },
    { date: '2024-07-01', draft: false, slug: 'b' },
    { date: '2024-07-02', draft: true, slug: 'nhap' },
  ];
  const documents = [
    { id: 'kh-1', number: '1/KH-UBND', date: '2024-01-05', citations: [] },
    { id: 'qd-2', number: '2/QĐ-UBND', date: '2024-08-01', citations: [] },
    { id: 'nq-3', number: '3/NQ-HĐND', citations: [] },
  ] as never[];

  it('counts what it leaves out, and leaves the content as it was on asOf', () => {
    const cut = contentAsOf({ progressFiles: files, posts, documents }, '2024-06-30');
    expect(cut.progressFiles[0]!.reports.map((entry) => [entry.indicator, entry.status])).toEqual([['2.1', 'dang-thuc-hien']]);
    expect(cut.posts.map((post) => post.slug)).toEqual(['a']);
    expect(cut.documents.map((document: { id: string }) => document.id)).toEqual(['kh-1', 'nq-3']);
    // 2.1: its current state and the entry of 15/07; 1.1: its only state.
    expect(cut.leftOut).toEqual({ updates: 3, reports: 1, posts: 1, evidence: 0, documents: 1 });
    expect(leftOutLine(cut.leftOut, '2024-06-30')).toBe(
      'Số liệu tính đến 30/06/2024: bỏ qua 3 lần cập nhật báo cáo (1 báo cáo chưa có lúc đó), 1 bài viết, 0 minh chứng, 1 văn bản có ngày sau ngày này.',
    );
  });

  it('leaves nothing out on a day after everything', () => {
    const cut = contentAsOf({ progressFiles: files, posts, documents }, '2024-12-31');
    expect(cut.leftOut).toEqual({ updates: 0, reports: 0, posts: 0, evidence: 0, documents: 0 });
    expect(cut.progressFiles[0]!.reports[0]).toBe(files[0]!.reports[0]);
  });
});

describe('snapshot dates', () => {
  it.each([
    { year: 2024, asOf: '2024-03-15', expected: ['2024-01-31', '2024-02-29', '2024-03-15'] },
    { year: 2024, asOf: '2024-06-30', expected: ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30'] },
    { year: 2024, asOf: '2024-01-10', expected: ['2024-01-10'] },
    { year: 2024, asOf: '2025-02-01', expected: [...Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(2024, index + 1, 0)).toISOString().slice(0, 10)), '2025-02-01'] },
  ])('month ends of $year up to $asOf, then asOf', ({ year, asOf, expected }) => {
    expect(snapshotDates(year, asOf)).toEqual(expected);
  });

  it.each([
    ['2024-10-15', '2024-09-30'],
    ['2024-09-30', '2024-06-30'],
    ['2024-06-30', '2024-03-31'],
    ['2024-02-10', '2023-12-31'],
  ])('the quarter end before %s is %s', (date, expected) => {
    expect(previousQuarterEnd(date)).toBe(expected);
  });
});
