import { describe, expect, it } from 'vitest';
import { compareChanges, deriveChanges, reportStates, sameValue } from '../../src/lib/changes/derive.ts';
import type { ProgressFile } from '../../src/lib/content/schemas/progress.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { changeFeedItems, changeItems, changesPages, CHANGES_PER_PAGE, latestChangesView, unitChangeItems } from '../../src/lib/views/changes.ts';

type Report = ProgressFile['reports'][number];
const report = (fields: Partial<Report> & Pick<Report, 'indicator' | 'status' | 'updated'>): Report => ({
  evidence: [],
  reporter: 'Cán bộ phụ trách',
  note: '',
  history: [],
  demo: false,
  ...fields,
});

describe('reportStates', () => {
  it('lists the history by date, then the current state with its evidence', () => {
    const states = reportStates(
      report({
        indicator: '1.2.1',
        status: 'hoan-thanh',
        updated: '2024-09-25',
        evidence: [{ title: 'Quyết định 12/QĐ-UBND', number: '12/QĐ-UBND', date: '2024-09-20' }],
        history: [
          { date: '2024-08-11', status: 'dang-thuc-hien', note: 'Giữa kỳ' },
          { date: '2024-05-01', status: 'chua-bat-dau', note: 'Đầu kỳ' },
        ],
      }),
    );
    expect(states.map((state) => [state.date, state.status, state.current])).toEqual([
      ['2024-05-01', 'chua-bat-dau', false],
      ['2024-08-11', 'dang-thuc-hien', false],
      ['2024-09-25', 'hoan-thanh', true],
    ]);
    expect(states.map((state) => state.evidence.length)).toEqual([0, 0, 1]);
  });
});

describe('sameValue', () => {
  it.each([
    [85, 85, true],
    [85, 90, false],
    [undefined, undefined, true],
    [undefined, 0, false],
    [{ count: 1, per: 'week' as const }, { count: 1, per: 'week' as const }, true],
    [{ count: 1, per: 'week' as const }, { count: 1, per: 'month' as const }, false],
    [{ count: 2, per: 'week' as const }, 2, false],
  ])('%j và %j: %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('deriveChanges', () => {
  const cases: { name: string; report: Report; asOf: string; expected: [string, string, string | undefined, string][] }[] = [
    {
      name: 'chỉ một lần báo cáo: "báo cáo lần đầu"',
      report: report({ indicator: '1.3', status: 'chua-bat-dau', updated: '2024-09-22' }),
      asOf: '2024-10-15',
      expected: [['2024-09-22', 'first', undefined, 'chua-bat-dau']],
    },
    {
      name: 'ba trạng thái khác nhau: lần đầu và hai lần đổi trạng thái, mới nhất trước',
      report: report({
        indicator: '1.2.1',
        status: 'hoan-thanh',
        updated: '2024-09-25',
        history: [
          { date: '2024-05-01', status: 'chua-bat-dau', note: '' },
          { date: '2024-08-11', status: 'dang-thuc-hien', note: '' },
        ],
      }),
      asOf: '2024-10-15',
      expected: [
        ['2024-09-25', 'status', 'dang-thuc-hien', 'hoan-thanh'],
        ['2024-08-11', 'status', 'chua-bat-dau', 'dang-thuc-hien'],
        ['2024-05-01', 'first', undefined, 'chua-bat-dau'],
      ],
    },
    {
      name: 'cùng trạng thái, cùng giá trị: không phải thay đổi',
      report: report({ indicator: '1.1', status: 'chua-bat-dau', updated: '2024-10-12', history: [{ date: '2024-05-18', status: 'chua-bat-dau', note: 'Đầu kỳ' }] }),
      asOf: '2024-10-15',
      expected: [['2024-05-18', 'first', undefined, 'chua-bat-dau']],
    },
    {
      name: 'chỉ đổi giá trị, rồi đổi cả hai',
      report: report({
        indicator: '2.1',
        status: 'hoan-thanh',
        value: 100,
        updated: '2024-10-01',
        history: [
          { date: '2024-03-01', status: 'dang-thuc-hien', value: 40, note: '' },
          { date: '2024-06-01', status: 'dang-thuc-hien', value: 70, note: '' },
        ],
      }),
      asOf: '2024-10-15',
      expected: [
        ['2024-10-01', 'status-value', 'dang-thuc-hien', 'hoan-thanh'],
        ['2024-06-01', 'value', 'dang-thuc-hien', 'dang-thuc-hien'],
        ['2024-03-01', 'first', undefined, 'dang-thuc-hien'],
      ],
    },
    {
      name: 'trạng thái sau ngày chốt số liệu bị bỏ qua',
      report: report({
        indicator: '1.2.1',
        status: 'hoan-thanh',
        updated: '2024-09-25',
        history: [
          { date: '2024-05-01', status: 'chua-bat-dau', note: '' },
          { date: '2024-08-11', status: 'dang-thuc-hien', note: '' },
        ],
      }),
      asOf: '2024-06-30',
      expected: [['2024-05-01', 'first', undefined, 'chua-bat-dau']],
    },
    {
      name: 'báo cáo đầu tiên sau ngày chốt: không có thay đổi nào',
      report: report({ indicator: '1.3', status: 'hoan-thanh', updated: '2024-09-22' }),
      asOf: '2024-06-30',
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ report: given, asOf, expected }) => {
    const changes = deriveChanges([{ unit: 'phuong-tran-phu', reports: [given] }], asOf);
    expect(changes.map((change) => [change.date, change.kind, change.previous?.status, change.status])).toEqual(expected);
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);
  });

  it('keeps two states of one day apart, with distinct ids', () => {
    const changes = deriveChanges(
      [{ unit: 'xa-dong-son', reports: [report({ indicator: '1.3', status: 'hoan-thanh', updated: '2024-05-01', history: [{ date: '2024-05-01', status: 'dang-thuc-hien', note: '' }] })] }],
      '2024-10-15',
    );
    expect(changes.map((change) => change.id)).toEqual(['xa-dong-son/1.3/2024-05-01', 'xa-dong-son/1.3/2024-05-01-2']);
  });

  it('orders one day by unit, then by indicator in appendix order (1.10 after 1.9)', () => {
    const day = '2024-07-01';
    const changes = deriveChanges(
      [
        { unit: 'phuong-tran-phu', reports: [report({ indicator: '1.10', status: 'chua-bat-dau', updated: day }), report({ indicator: '1.9', status: 'chua-bat-dau', updated: day })] },
        { unit: 'phong-vhtt', reports: [report({ indicator: '2.1', status: 'chua-bat-dau', updated: day })] },
      ],
      '2024-10-15',
    );
    expect(changes.map((change) => `${change.unit} ${change.indicator}`)).toEqual(['phong-vhtt 2.1', 'phuong-tran-phu 1.9', 'phuong-tran-phu 1.10']);
    expect([...changes].reverse().sort(compareChanges)).toEqual(changes);
  });
});

describe('changes of the shipped content', () => {
  const content = loadPortalContentFromDir('content');
  const model = createPortalModel(content);
  const items = changeItems(model);

  it('lists every state that changes status or value, and only those', () => {
    let expected = 0;
    for (const file of content.progressFiles) {
      for (const entry of file.reports) {
        const states = reportStates(entry).filter((state) => state.date <= content.site.asOf);
        expected += states.filter((state, index) => index === 0 || state.status !== states[index - 1]!.status || !sameValue(state.value, states[index - 1]!.value)).length;
      }
    }
    expect(expected).toBeGreaterThan(100);
    expect(model.changes).toHaveLength(expected);
    expect(items.map((item) => item.date)).toEqual([...items.map((item) => item.date)].sort().reverse());
  });

  it('says what changed in words, as the page shows it', () => {
    const item = items.find((candidate) => candidate.id === 'phuong-tran-phu/1.2.1/2024-09-25');
    expect(item).toMatchObject({ unitName: 'Phường Trần Phú', statusFrom: 'Đang thực hiện', statusTo: 'Hoàn thành', indicatorHref: '/chi-so/1-2-1/', demo: true });
    expect(item?.summary).toBe('Đang thực hiện → Hoàn thành');
    const first = items.find((candidate) => candidate.id === 'phuong-tran-phu/1.2.1/2024-05-01');
    expect(first?.summary).toBe('Báo cáo lần đầu: Chưa bắt đầu');
  });

  it('pages the list like the news, and the home page shows the 5 latest', () => {
    const pages = changesPages(model);
    expect(pages.length).toBe(Math.ceil(items.length / CHANGES_PER_PAGE));
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages[1]?.url).toBe('/cap-nhat/trang/2/');
    expect(latestChangesView(model).items).toEqual(items.slice(0, 5));
  });

  it('gives every feed item its own guid, and a unit feed only that unit', () => {
    const feed = changeFeedItems(items);
    expect(new Set(feed.map((item) => item.customData)).size).toBe(items.length);
    expect(feed[0]?.customData).toMatch(/^<guid isPermaLink="false">cap-nhat:[a-z0-9-]+\/[\d.]+\/\d{4}-\d{2}-\d{2}(?:-\d+)?<\/guid>$/);
    const unit = unitChangeItems(model, 'phuong-tran-phu');
    expect(unit.length).toBeGreaterThan(0);
    expect(unit.every((item) => item.unitId === 'phuong-tran-phu')).toBe(true);
  });
});
