import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/content/load-fs.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { indicatorIdToSlug } from '../../src/lib/plan/indicator-id.ts';
import { parseCsv } from '../helpers/csv.ts';
import { cell, csvPercentToVi, mainOf, percentAfter, rowWith } from '../helpers/figures.ts';

const root = resolve(import.meta.dirname, '../..');
const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));
const wardsAndCommunes = model.unitsByKind().flatMap((entry) => entry.units).filter((unit) => unit.kind === 'ward' || unit.kind === 'commune');

// The figures a citizen reads on the shipped site are the figures a journalist downloads.
describe('the shipped site: pages and open data agree', () => {
  // The shipped site is built once per test run and shared with the other files that read it.
  let site: ShippedBuild;
  beforeAll(() => {
    site = sharedShippedSite();
  });
  const read = (path: string) => site.read(path);

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('ranks the 16 wards and communes in don-vi.csv and don-vi.json alike', () => {
    const rows = parseCsv(read('du-lieu/don-vi.csv')).rows.filter((row) => row.rank !== '');
    expect(rows.map((row) => row.unit_id).sort()).toEqual(wardsAndCommunes.map((unit) => unit.id).sort());
    expect(wardsAndCommunes).toHaveLength(16);
    const json = JSON.parse(read('du-lieu/don-vi.json')) as { rows: { unit_id: string; completion_percent: number | null; rank: number | null }[] };
    for (const row of rows) {
      const fromJson = json.rows.find((candidate) => candidate.unit_id === row.unit_id);
      expect([String(fromJson?.completion_percent), String(fromJson?.rank)]).toEqual([row.completion_percent, row.rank]);
    }
  });

  it.each(wardsAndCommunes.map((unit) => [unit.id] as const))('%s: its page and the home ranking show the completion of don-vi.csv, and its page lists every assigned indicator', (id) => {
    const row = parseCsv(read('du-lieu/don-vi.csv')).rows.find((candidate) => candidate.unit_id === id)!;
    const expected = csvPercentToVi(row.completion_percent!);
    const unitPage = mainOf(read(`don-vi/${id}/index.html`));
    expect(percentAfter(unitPage, 'data-unit-completion')).toBe(expected);
    const ranking = rowWith(mainOf(read('index.html')), `data-unit="${id}"`)!;
    expect(cell(ranking, 'data-percent')).toBe(expected);
    expect(cell(ranking, 'data-rank')).toBe(row.rank);
    expect(cell(ranking, 'data-overdue')).toBe(row.count_overdue);
    const unit = model.getUnit(id)!;
    for (const indicator of model.assignmentsOf(unit).lead.filter((candidate) => model.childrenOf(candidate).length === 0)) {
      expect(unitPage, `${id} ${indicator.id}`).toContain(`data-unit="${id}" data-indicator="${indicator.id}"`);
    }
  });

  it('shows on all 79 indicator pages the status and completion of chi-so.csv', () => {
    const rows = parseCsv(read('du-lieu/chi-so.csv')).rows;
    expect(rows).toHaveLength(79);
    for (const row of rows) {
      const html = mainOf(read(`chi-so/${indicatorIdToSlug(row.indicator_id!)}/index.html`));
      expect(percentAfter(html, 'data-indicator-completion'), row.indicator_id).toBe(csvPercentToVi(row.completion_percent!));
      expect(html, row.indicator_id).toContain(`data-indicator-status="${row.status}"`);
    }
  });

  it('shows the demonstration notice where demo reports appear, and not where only the plan’s own facts do', () => {
    expect(mainOf(read('don-vi/phuong-tran-phu/index.html'))).toContain('data-demo-notice');
    expect(mainOf(read('index.html'))).toContain('data-demo-notice');
    // 2.1 "Đã ban hành" is a fact of the plan, recorded with demo: false for every unit.
    expect(mainOf(read('chi-so/2-1/index.html'))).not.toContain('data-demo-notice');
  });
});
