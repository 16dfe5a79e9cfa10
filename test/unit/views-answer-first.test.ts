/**
 * The answer first (issue 14): the home dashboard, /don-vi/, /chi-so/ and /qua-han/ view models state
 * completion and counts by status from model.progress, with one decimal on every percentage.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentLabel } from '../../src/lib/dashboard/percent.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { appendixPageView, appendixTable } from '../../src/lib/views/appendix.ts';
import { HOME_OVERDUE_ROWS, homeView } from '../../src/lib/views/home.ts';
import { overdueView } from '../../src/lib/views/overdue.ts';
import { planView } from '../../src/lib/views/plan.ts';
import { unitsListView } from '../../src/lib/views/units.ts';

const root = resolve(import.meta.dirname, '../..');
const loadContent = (dir: string) => loadPortalContentFromDir(join(root, dir));
const fixture = createPortalModel(loadContent('test/fixtures/progress/content'));

describe('home dashboard on the progress fixture', () => {
  const { dashboard } = homeView(fixture);

  it('states the city completion and the counts by status', () => {
    expect(percentLabel(dashboard.progress.completion)).toBe('49,8%');
    const { counts } = dashboard.progress;
    expect([counts.done, counts['on-track'], counts.overdue, counts.behind, counts['not-reported']]).toEqual([2, 1, 2, 2, 1]);
  });

  it('ranks the wards and communes, each percentage with one decimal', () => {
    expect(dashboard.ranked.map((row) => [row.rank, row.progress.unit.id, percentLabel(row.progress.completion), `${row.done}/${row.total}`])).toEqual([
      [1, 'phuong-tran-phu', '62,5%', '1/3'],
      [2, 'xa-dong-son', '0,0%', '0/3'],
    ]);
  });

  it('lists the overdue indicator with its late units, and says how many the full list has', () => {
    expect(dashboard.overdue.map((group) => [group.indicator.id, group.due, group.units.map((unit) => unit.id)])).toEqual([
      ['1.1', '2024-02-29', ['phuong-tran-phu', 'xa-dong-son']],
    ]);
    expect(dashboard.overdueGroupCount).toBe(1);
  });
});

describe('the overdue list: ten rows at home, every row on /qua-han/', () => {
  // At the year's end, with every report still "đang thực hiện", every passed deadline of the shipped plan is overdue.
  const content = loadContent('content');
  const late = createPortalModel({
    ...content,
    site: { ...content.site, asOf: `${content.site.year}-12-31` },
    progressFiles: content.progressFiles.map((file) => ({ ...file, reports: file.reports.map((report) => ({ ...report, status: 'dang-thuc-hien' as const })) })),
  });
  const full = overdueView(late);
  const home = homeView(late).dashboard;

  it('keeps the ten most urgent, earliest due first, and counts the rest', () => {
    expect(full.groups.length).toBeGreaterThan(HOME_OVERDUE_ROWS);
    expect(home.overdue).toHaveLength(HOME_OVERDUE_ROWS);
    expect(home.overdue.map((group) => group.indicator.id)).toEqual(full.groups.slice(0, HOME_OVERDUE_ROWS).map((group) => group.indicator.id));
    expect(home.overdueGroupCount).toBe(full.groups.length);
    const dues = home.overdue.map((group) => group.due ?? '9999');
    expect(dues).toEqual([...dues].sort());
  });

  it('counts on /qua-han/ every overdue task of the model', () => {
    expect(full.taskCount).toBe(late.progress.overdue.length);
    expect(full.groups.reduce((sum, group) => sum + group.units.length, 0)).toBe(late.progress.overdue.length);
  });
});

describe('/don-vi/: completion and the count by status for every unit', () => {
  const entries = unitsListView(fixture).groups.flatMap((group) => group.units);

  it.each([
    ['phong-vhtt', '99,5%', '1/2 chỉ số hoàn thành, 1 đúng tiến độ'],
    ['phuong-tran-phu', '62,5%', '1/3 chỉ số hoàn thành, 1 quá hạn, 1 chậm tiến độ'],
    ['xa-dong-son', '0,0%', '0/3 chỉ số hoàn thành, 1 quá hạn, 1 chậm tiến độ, 1 chưa báo cáo'],
  ])('%s: %s, %s', (id, percent, sentence) => {
    const entry = entries.find((candidate) => candidate.unit.id === id)!;
    expect(percentLabel(entry.figures.completion)).toBe(percent);
    expect(entry.distribution?.sentence).toBe(sentence);
  });

  it('leaves out the unit that no longer exists in the plan year', () => {
    expect(entries.map((entry) => entry.unit.id)).not.toContain('phuong-da-giai-the');
  });
});

describe('/chi-so/: each indicator\'s completion and status beside its owner', () => {
  const rows = appendixPageView(fixture).table.groups.flatMap((group) => group.rows);

  it.each([
    ['1.1', 'overdue', '50,0%', '1/3 đơn vị hoàn thành, 2 quá hạn'],
    ['1.2', 'on-track', '99,0%', '0/1 nhiệm vụ hoàn thành, 1 đúng tiến độ'],
    ['1.3', 'behind', '0,0%', '0/2 đơn vị hoàn thành, 2 chậm tiến độ'],
    ['2.1', 'not-reported', '50,0%', '1/2 đơn vị hoàn thành, 1 chưa báo cáo'],
  ])('%s: %s, %s, %s', (id, status, percent, sentence) => {
    const row = rows.find((candidate) => candidate.indicator.id === id)!;
    expect(row.progress).toEqual({ status, completion: row.progress?.completion, sentence });
    expect(percentLabel(row.progress?.completion)).toBe(percent);
  });

  it('leaves the plan\'s own appendix and a pillar\'s table as the plan wrote them, without progress', () => {
    expect(appendixPageView(fixture).table.withProgress).toBe(true);
    for (const table of [planView(fixture).appendix, appendixTable(fixture, fixture.pillars[0])]) {
      expect(table.withProgress).toBe(false);
      expect(table.groups.flatMap((group) => group.rows).every((row) => row.progress === undefined)).toBe(true);
    }
  });
});
