/**
 * Issue 18, point 5: pages that stay small at province scale. An indicator led by every ward shows a
 * distribution above 30 units, its table up to 30; the home ranking, /don-vi/ and /don-vi/so-sanh/ are
 * cut the same way and link to every row. One rule, tested here with 16, 60 and 1,600 units.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBenchContent } from '../../scripts/bench-content.ts';
import type { EffectiveStatus } from '../../src/lib/content/schemas/taxonomies.ts';
import {
  completionBands,
  FULL_TABLE_MAX_ROWS,
  leadUnitsSummary,
  listsEveryLeadUnit,
  mostBehind,
  quartilesOf,
  unitListPages,
  UNIT_LIST_PAGE_SIZE,
} from '../../src/lib/distribution/lead-units.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { renderDatasetFile } from '../../src/lib/open-data/files.ts';
import { indicatorsWithReportsFile, renderIndicatorReportsFile } from '../../src/lib/open-data/indicator-reports.ts';
import { createOpenDataInput } from '../../src/lib/open-data/input.ts';
import { createPortalModel, type PortalModel } from '../../src/lib/portal/model.ts';
import type { Assignment } from '../../src/lib/progress/rollup.ts';
import { routes } from '../../src/lib/routes.ts';
import { indicatorView } from '../../src/lib/views/indicator.ts';
import { indicatorUnitPages, indicatorUnitsView } from '../../src/lib/views/indicator-units.ts';
import { rankingExcerpt, rankingPages, RANKING_EXCERPT_ROWS } from '../../src/lib/distribution/ranking-pages.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { rankingPageList, rankingPageView } from '../../src/lib/views/ranking.ts';
import { namedUnits } from '../../src/lib/distribution/lead-units.ts';
import { unitKindPages } from '../../src/lib/views/unit-kind-list.ts';
import { unitsListView } from '../../src/lib/views/units.ts';
import { COMPARISON_PAGE_SIZE, wardComparisonPages, wardComparisonView } from '../../src/lib/views/ward-comparison.ts';
import { parseCsv } from '../helpers/csv.ts';

const root = resolve(import.meta.dirname, '../..');

/** A task as the roll-up makes it, with only what the distribution reads. */
const task = (name: string, status: EffectiveStatus, completion: number | undefined): Assignment =>
  ({ unit: { id: name, name, kind: 'ward' }, indicator: { id: '1.3' }, status, reported: 'chua-bao-cao', completion }) as unknown as Assignment;

const urlOf = (page: number) => routes.indicatorUnits('1.3', page);

describe('quartilesOf: the spread of the units’ completion, in percent', () => {
  it.each([
    { values: [], expected: undefined },
    { values: [42], expected: { min: 42, q1: 42, median: 42, q3: 42, max: 42 } },
    { values: [100, 0, 50, 50], expected: { min: 0, q1: 37.5, median: 50, q3: 62.5, max: 100 } },
    { values: [10, 20, 30, 40], expected: { min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40 } },
    { values: [0, 0, 0, 50, 100], expected: { min: 0, q1: 0, median: 0, q3: 50, max: 100 } },
    // Rounded to one decimal as the CSV writes a completion: 49.75 → 49.8.
    { values: [99, 100, 0.5], expected: { min: 0.5, q1: 49.8, median: 99, q3: 99.5, max: 100 } },
  ])('$values → $expected', ({ values, expected }) => {
    expect(quartilesOf(values)).toEqual(expected);
  });
});

describe('the one rule: the table of every lead unit up to 30, the distribution above', () => {
  it.each([
    [1, true],
    [16, true],
    [FULL_TABLE_MAX_ROWS, true],
    [FULL_TABLE_MAX_ROWS + 1, false],
    [1_600, false],
  ])('%i units: table of all = %s', (count, expected) => {
    expect(listsEveryLeadUnit(count)).toBe(expected);
  });
});

describe('completionBands and mostBehind', () => {
  const tasks = [
    task('Phường Trần Phú', 'done', 1),
    task('Phường Đa Mai', 'overdue', 0),
    task('Phường Dĩnh Kế', 'overdue', 0),
    task('Xã Đồng Sơn', 'not-reported', 0),
    task('Xã Tân Tiến', 'on-track', 0.5),
    task('Phường Lê Lợi', 'behind', 0.245),
    task('Phường Mỹ Độ', 'on-track', 0.99),
    task('Xã Song Khê', 'not-applicable', undefined),
  ];

  it('counts the units in each band, leaving out those for which it does not apply', () => {
    expect(completionBands(tasks).map((band) => [band.label, band.count])).toEqual([
      ['0% (chưa có tiến độ)', 3],
      ['Trên 0% đến dưới 25%', 1],
      ['Từ 25% đến dưới 50%', 0],
      ['Từ 50% đến dưới 75%', 1],
      ['Từ 75% đến dưới 100%', 1],
      ['100% (hoàn thành)', 1],
    ]);
  });

  it('lists the least complete first; at 0% overdue before not reported, then by Vietnamese name (D before Đ)', () => {
    expect(mostBehind(tasks).map((entry) => entry.unit.name)).toEqual([
      'Phường Dĩnh Kế',
      'Phường Đa Mai',
      'Xã Đồng Sơn',
      'Phường Lê Lợi',
      'Xã Tân Tiến',
      'Phường Mỹ Độ',
    ]);
    expect(mostBehind(tasks, 2).map((entry) => entry.unit.name)).toEqual(['Phường Dĩnh Kế', 'Phường Đa Mai']);
  });
});

describe('leadUnitsSummary at 16 and at 1,600 units', () => {
  // Unit i of n: completion i/n rounded to a tenth of a percent; every 7th not applicable, every 5th overdue at 0%.
  const wards = (n: number) =>
    Array.from({ length: n }, (_, index) => {
      const name = `Phường Thử Nghiệm ${String(index + 1).padStart(4, '0')}`;
      if (index % 7 === 6) return task(name, 'not-applicable', undefined);
      if (index % 5 === 4) return task(name, 'overdue', 0);
      return task(name, index === n - 1 ? 'done' : 'on-track', index === n - 1 ? 1 : index / n);
    });

  it('16 units: the table stays, nothing is cut, no list pages', () => {
    const summary = leadUnitsSummary(wards(16), urlOf);
    expect(summary).toMatchObject({ total: 16, measured: 14, fullTable: true, mostBehind: [], list: undefined });
    // Completions 0 ×4, 6,3 12,5 18,8 31,3 43,8 50 62,5 68,8 75 100: Q1 between 0 and 6,3 at a quarter.
    expect(summary.quartiles).toEqual({ min: 0, q1: 1.6, median: 25.1, q3: 59.4, max: 100 });
    expect(summary.bands.map((band) => band.count)).toEqual([4, 3, 2, 3, 1, 1]);
  });

  it('1,600 units: the 10 most behind, and 32 list pages of at most 50 that hold every unit once', () => {
    const all = wards(1_600);
    const summary = leadUnitsSummary(all, urlOf);
    expect(summary).toMatchObject({ total: 1_600, measured: 1_372, fullTable: false, list: { href: '/chi-so/1-3/don-vi/', pageCount: 32 } });
    expect(summary.mostBehind).toHaveLength(10);
    // The first units (0%) come before any at 0,1%; the overdue ones at 0% first.
    expect(summary.mostBehind.map((entry) => entry.unit.name).slice(0, 3)).toEqual(['Phường Thử Nghiệm 0005', 'Phường Thử Nghiệm 0010', 'Phường Thử Nghiệm 0015']);
    expect(summary.mostBehind.every((entry) => entry.completion === 0)).toBe(true);
    expect(summary.bands.reduce((sum, band) => sum + band.count, 0)).toBe(1_372);
    const pages = unitListPages(all, urlOf);
    expect(pages).toHaveLength(32);
    expect(pages.map((page) => page.items.length)).toEqual(Array.from({ length: 32 }, () => UNIT_LIST_PAGE_SIZE));
    expect(pages.flatMap((page) => page.items)).toEqual(all);
    expect([pages[0]?.url, pages[1]?.url, pages[31]?.url]).toEqual(['/chi-so/1-3/don-vi/', '/chi-so/1-3/don-vi/trang/2/', '/chi-so/1-3/don-vi/trang/32/']);
  });
});

/** The leaf indicators led by every ward and commune ("UBND các phường, xã"). */
const wardLed = (model: PortalModel) =>
  model.indicators.filter((indicator) => {
    const progress = model.progress.indicators.get(indicator.id);
    return progress && progress.children.length === 0 && progress.assignments.filter((a) => a.unit.kind === 'ward' || a.unit.kind === 'commune').length === model.units.filter((u) => (u.kind === 'ward' || u.kind === 'commune') && !u.validTo && !u.validFrom).length;
  });

/** The figures of the indicator page must be those of its CSV and of bao-cao.csv (one model). */
function expectAgreement(model: PortalModel, id: string) {
  const input = createOpenDataInput(model, 'https://example.vn');
  const rows = parseCsv(renderIndicatorReportsFile(id, input).body).rows;
  const fromBaoCao = parseCsv(renderDatasetFile('bao-cao', 'csv', input).body).rows.filter((row) => row.indicator_id === id);
  expect(rows, `${id}: its CSV holds exactly its rows of bao-cao.csv`).toEqual(fromBaoCao);
  const summary = indicatorView(model, id).leadUnits!;
  expect(summary.total, id).toBe(rows.length);
  const percents = rows.filter((row) => row.completion_percent !== '').map((row) => Number(row.completion_percent));
  expect(summary.quartiles, `${id}: quartiles from the CSV's completion_percent`).toEqual(quartilesOf(percents));
  expect(summary.bands.find((band) => band.label.startsWith('100%'))?.count, id).toBe(rows.filter((row) => row.status === 'done').length);
  return { rows, summary };
}

describe('on the shipped content (16 wards and communes)', () => {
  const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));

  it('every indicator keeps its table; there is no list page; each CSV agrees with bao-cao.csv', () => {
    expect(wardLed(model).length).toBeGreaterThan(5);
    for (const indicator of wardLed(model)) {
      const { summary } = expectAgreement(model, indicator.id);
      expect(summary, indicator.id).toMatchObject({ fullTable: true, list: undefined, mostBehind: [] });
    }
    expect(indicatorUnitPages(model)).toEqual([]);
    expect(indicatorsWithReportsFile(model)).toContain('1.3');
  });

  it('the home page ranks all 16 wards and communes; /don-vi/ lists every kind; the comparison is one page', () => {
    const home = homeView(model).dashboard;
    expect(home.rankingExcerpt).toMatchObject({ total: 16, fullTable: true, bottom: [], list: undefined });
    expect(home.rankingExcerpt.top).toEqual(home.ranked);
    expect(rankingPages(home.ranked, routes.ranking)).toEqual([]);
    expect(unitsListView(model).groups.map((group) => group.list)).toEqual(unitsListView(model).groups.map(() => undefined));
    expect(unitKindPages(model)).toEqual([]);
    expect(wardComparisonView(model).page).toMatchObject({ number: 1, pageCount: 1, first: 1, last: 16 });
  });
});

describe('namedUnits: the late units named inline in an overdue list', () => {
  const names = (n: number) => Array.from({ length: n }, (_, index) => `Xã Thử Nghiệm ${index + 1}`);
  it.each([
    [0, 0, 0],
    [16, 16, 0],
    [30, 30, 0],
    [31, 10, 21],
    [1_600, 10, 1_590],
  ])('%i late units → %i named, %i more', (count, shown, more) => {
    const result = namedUnits(names(count));
    expect(result.shown).toEqual(names(count).slice(0, shown));
    expect(result.more).toBe(more);
  });
});

describe('wardComparisonPages: 100 wards and communes a page', () => {
  it.each([
    [16, [16]],
    [100, [100]],
    [101, [100, 1]],
    [1_600, Array.from({ length: 16 }, () => 100)],
  ])('%i → pages of %j', (count, sizes) => {
    const pages = wardComparisonPages(count);
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.every((page) => page.items.length <= COMPARISON_PAGE_SIZE)).toBe(true);
    expect(pages.at(-1)?.url).toBe(sizes.length === 1 ? '/don-vi/so-sanh/' : `/don-vi/so-sanh/trang/${sizes.length}/`);
  });
});

describe('with 60 wards and communes (synthetic, scripts/bench-content.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dti-lead-units-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  generateBenchContent(join(root, 'content'), dir, { name: '60', wardsAndCommunes: 60, posts: 64 });
  const model = createPortalModel(loadPortalContentFromDir(join(dir, 'content')));

  it('an indicator led by every ward shows the distribution, the 10 most behind, and a list in 2 pages', () => {
    const led = wardLed(model);
    expect(led.length).toBeGreaterThan(5);
    const pages = indicatorUnitPages(model);
    for (const indicator of led) {
      const { rows, summary } = expectAgreement(model, indicator.id);
      expect(summary.fullTable, indicator.id).toBe(false);
      expect(summary.list, indicator.id).toEqual({ href: routes.indicatorUnits(indicator.id), pageCount: Math.ceil(rows.length / 50) });
      expect(summary.mostBehind.length, indicator.id).toBe(Math.min(10, rows.filter((row) => row.status !== 'done' && row.completion_percent !== '').length));
      const own = pages.filter((entry) => entry.id === indicator.id);
      expect(own.flatMap((entry) => entry.page.items.map((a) => a.unit.id)), indicator.id).toEqual(rows.map((row) => row.unit_id));
      // The list pages share the indicator page's social image.
      const view = indicatorUnitsView(model, indicator.id, own[1]!.page);
      expect(view.layout.imageOf).toBe(routes.indicator(indicator.id));
      expect(view.range).toBe(`Đơn vị 51–${rows.length} trong ${rows.length}`);
    }
  });

  it('the home page shows the top and bottom 10 of the ranking and links to all of it, ranks as in don-vi.csv', () => {
    const { ranked, rankingExcerpt: excerpt } = homeView(model).dashboard;
    expect(ranked).toHaveLength(60);
    expect(excerpt).toMatchObject({ total: 60, fullTable: false, list: { href: '/xep-hang/', pageCount: 1 } });
    expect(excerpt.top).toEqual(ranked.slice(0, RANKING_EXCERPT_ROWS));
    expect(excerpt.bottom).toEqual(ranked.slice(-RANKING_EXCERPT_ROWS));
    const pages = rankingPages(ranked, routes.ranking);
    expect(pages.flatMap((page) => page.items)).toEqual(ranked);
    expect(rankingPageList(model).map((page) => page.url)).toEqual(['/xep-hang/']);
    const view = rankingPageView(model, pages[0]!);
    expect(view.range).toBe('Hạng của phường, xã 1–60 trong 60');
    expect(view.layout.imageOf).toBe('/');
    const csv = parseCsv(renderDatasetFile('don-vi', 'csv', createOpenDataInput(model, 'https://example.vn')).body).rows;
    for (const row of ranked) expect(String(row.rank ?? ''), row.progress.unit.id).toBe(csv.find((unit) => unit.unit_id === row.progress.unit.id)?.rank);
  });

  it('/don-vi/ links the wards (over 30) to their own list with their scorecards, and keeps the communes (up to 30)', () => {
    const view = unitsListView(model);
    const ward = view.groups.find((group) => group.kind === 'ward')!;
    const commune = view.groups.find((group) => group.kind === 'commune')!;
    expect(ward.units.length).toBeGreaterThan(30);
    expect(commune.units.length).toBeLessThanOrEqual(30);
    expect(ward.list).toEqual({ href: '/don-vi/loai/ward/', pageCount: 1 });
    expect(commune.list).toBeUndefined();
    expect(view.scorecards.some((card) => card.unit.kind === 'ward')).toBe(false);
    expect(view.scorecards.some((card) => card.unit.kind === 'commune')).toBe(true);
    const pages = unitKindPages(model);
    expect(pages.map((entry) => entry.kind)).toEqual(['ward']);
    expect(pages.flatMap((entry) => entry.page.items.map((unit) => unit.id))).toEqual(ward.units.map((entry) => entry.unit.id));
  });

  it('the comparison keeps every ward and commune on its one page, ranks over all of them', () => {
    const view = wardComparisonView(model);
    expect(view.page).toMatchObject({ pageCount: 1, first: 1, last: 60 });
    expect(view.matrix.rows).toHaveLength(60);
  });
});
