import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
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

  // Issue 13: the statuses read correctly, checked as a journalist would on the shipped site (asOf 15/10/2024).
  const reportRows = () => parseCsv(read('du-lieu/bao-cao.csv')).rows;
  const taskRow = (path: string, unitId: string, indicatorId: string) =>
    rowWith(mainOf(read(path)), `data-unit="${unitId}" data-indicator="${indicatorId}"`)!;

  it('shows Trần Phú 1.1 as reported: "Chưa bắt đầu", not "Đúng tiến độ"', () => {
    for (const path of ['don-vi/phuong-tran-phu/index.html', 'chi-so/1-1/index.html']) {
      const tr = taskRow(path, 'phuong-tran-phu', '1.1');
      expect(cell(tr, 'class="reported-state"'), path).toBe('Chưa bắt đầu');
      expect(tr, path).not.toContain('Đúng tiến độ');
    }
  });

  it('shows every report’s own state in its row, on the unit page and the indicator page', () => {
    for (const row of reportRows()) {
      for (const path of [`don-vi/${row.unit_id}/index.html`, `chi-so/${indicatorIdToSlug(row.indicator_id!)}/index.html`]) {
        expect(cell(taskRow(path, row.unit_id!, row.indicator_id!), 'class="reported-state"'), `${path} ${row.indicator_id}`).toBe(row.reported_status_label);
      }
    }
  });

  it('never puts "Quá hạn" beside "Không có hạn cụ thể"', () => {
    let rows = 0;
    for (const unit of model.unitsByKind().flatMap((entry) => entry.units)) {
      const html = mainOf(read(`don-vi/${unit.id}/index.html`));
      for (const tr of html.split('<tr ').slice(1).map((chunk) => chunk.slice(0, chunk.indexOf('</tr>')))) {
        if (!tr.includes('Không có hạn cụ thể')) continue;
        rows += 1;
        expect(tr, unit.id).not.toContain('Quá hạn');
        expect(tr, unit.id).not.toContain('data-status="overdue"');
      }
    }
    expect(rows).toBeGreaterThan(0);
  });

  it('judges 1.4, a year-end count, by its pace in October: never "Quá hạn"', () => {
    const rows = reportRows().filter((row) => row.indicator_id === '1.4');
    expect(rows.length).toBe(17);
    for (const row of rows) expect(['done', 'on-track', 'behind'], row.unit_id).toContain(row.status);
    const html = mainOf(read('chi-so/1-4/index.html'));
    expect(html).not.toContain('data-status="overdue"');
    expect(html).not.toContain('>Quá hạn</span>');
  });

  it('does not call 6.12 at 0% "Đúng tiến độ"', () => {
    const row = reportRows().find((candidate) => candidate.indicator_id === '6.12')!;
    expect(row.completion_percent).toBe('0');
    expect(row.status).not.toBe('on-track');
    expect(taskRow('chi-so/6-12/index.html', row.unit_id!, '6.12')).not.toContain('Đúng tiến độ');
  });

  it('states the distribution beside an indicator’s completion, e.g. for 6.13', () => {
    const row = parseCsv(read('du-lieu/chi-so.csv')).rows.find((candidate) => candidate.indicator_id === '6.13')!;
    const html = mainOf(read('chi-so/6-13/index.html'));
    expect(cell(html, 'data-distribution'), row.status_summary).toBe(row.status_summary);
    expect(row.status_summary).toMatch(/^\d+\/\d+ đơn vị hoàn thành/);
  });

  it('shows no update date on 1.4 for a unit without posts', () => {
    const none = reportRows().filter((row) => row.indicator_id === '1.4' && row.value === '0');
    expect(none.length).toBeGreaterThan(0);
    for (const row of none) {
      expect(row.updated, row.unit_id).toBe('');
      const tr = taskRow(`don-vi/${row.unit_id}/index.html`, row.unit_id!, '1.4');
      expect(cell(tr, 'data-updated'), row.unit_id).toBe('');
      expect(tr.slice(tr.indexOf('data-updated')), row.unit_id).toMatch(/^data-updated><span class="muted">Chưa có tin, bài<\/span><\/td>/);
      expect(tr, row.unit_id).not.toContain(`datetime="${model.site.asOf}"`);
    }
  });

  it('gives each unit one lead count: its page, the unit list, don-vi.csv', () => {
    for (const row of parseCsv(read('du-lieu/don-vi.csv')).rows) {
      const html = mainOf(read(`don-vi/${row.unit_id}/index.html`));
      if (Number(row.assignment_count) === 0) continue;
      expect(html, row.unit_id).toContain(`Tổng cộng ${row.assignment_count} chỉ số.`);
      expect(html.replace(/<[^>]+>/g, ''), row.unit_id).toContain(row.done_summary);
    }
  });
});
