import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { COLUMN_TYPES } from '../../src/lib/open-data/columns.ts';
import { buildTable } from '../../src/lib/open-data/dataset.ts';
import { DATASETS, getDataset, renderAllFiles, renderDatasetFile } from '../../src/lib/open-data/files.ts';
import { createOpenDataInput } from '../../src/lib/open-data/input.ts';
import type { JsonDocument } from '../../src/lib/open-data/json.ts';
import { parseCsv } from '../helpers/csv.ts';

const root = resolve(import.meta.dirname, '../..');
const model = createPortalModel(loadPortalContentFromDir(join(root, 'test/fixtures/progress/content')));
const input = createOpenDataInput(model, 'https://thu-nghiem.example');

// Journalists' scripts depend on these names and this order: change them only on purpose, by adding columns.
const STATUS_COUNTS = [
  'count_done', 'count_on_track', 'count_due_soon', 'count_overdue', 'count_not_reported', 'count_not_applicable',
  'count_within_deadline', 'count_no_deadline', 'count_behind', 'count_below_cadence',
];
const REPORTED_COUNTS = ['reported_chua_bat_dau', 'reported_dang_thuc_hien', 'reported_hoan_thanh', 'reported_khong_ap_dung', 'reported_chua_bao_cao'];
const TRAILING = ['demo', 'as_of', 'license'];
const EXPECTED_COLUMNS: Record<string, string[]> = {
  'bao-cao': [
    'indicator_id', 'pillar_id', 'indicator_title', 'unit_id', 'unit_name', 'unit_kind', 'status', 'status_label', 'status_label_en', 'reported_status',
    'reported_status_label', 'reported_status_label_en', 'due_date', 'timeframe', 'target', 'target_measure', 'target_comparator', 'target_value', 'target_per', 'value', 'value_per',
    'value_text', 'completion_percent', 'evidence', 'evidence_count', 'updated', 'reporter', 'note', 'history_count', ...TRAILING,
  ],
  'chi-so': [
    'indicator_id', 'parent_id', 'pillar_id', 'indicator_title', 'timeframe', 'due_date', 'targets', 'progress_source',
    'assignment_count', 'status', 'status_label', 'status_label_en', 'status_summary', 'completion_percent', ...STATUS_COUNTS,
    ...REPORTED_COUNTS, 'page_url', ...TRAILING,
  ],
  'don-vi': [
    'unit_id', 'unit_name', 'unit_kind', 'rank', 'completion_percent', 'assignment_count', 'applicable_count', 'done_summary',
    ...STATUS_COUNTS, ...REPORTED_COUNTS, 'change_since', 'completion_change_points', 'rank_change', 'page_url', ...TRAILING,
  ],
  'tru-cot': [
    'pillar_id', 'pillar_slug', 'pillar_name', 'max_points', 'indicator_count', 'completion_percent', ...STATUS_COUNTS, ...REPORTED_COUNTS,
    'change_since', 'completion_change_points', 'page_url', ...TRAILING,
  ],
  'chuoi-thoi-gian': [
    'snapshot_date', 'entity_type', 'entity_id', 'entity_name', 'completion_percent', 'done_count', 'applicable_count', 'rank', 'value', 'page_url', ...TRAILING,
  ],
  'uu-tien': [
    'rank', 'indicator_id', 'pillar_id', 'indicator_title', 'unit_id', 'unit_name', 'unit_kind', 'status', 'completion_percent',
    'weight_points', 'points_at_stake', 'city_gain_percent_points', 'page_url', ...TRAILING,
  ],
  'so-sanh-phuong-xa': [
    'unit_id', 'unit_name', 'pillar_id', 'pillar_name', 'completion_percent', 'rank_in_pillar', 'ranked_count', 'average_percent', ...TRAILING,
  ],
};

describe('open-data column definitions', () => {
  it('lists the datasets in a stable order, new ones after', () => {
    expect(DATASETS.map((dataset) => dataset.id)).toEqual(['bao-cao', 'chi-so', 'don-vi', 'tru-cot', 'chuoi-thoi-gian', 'uu-tien', 'so-sanh-phuong-xa']);
  });

  it.each(Object.entries(EXPECTED_COLUMNS))('%s keeps its column names and order', (id, columns) => {
    expect(getDataset(id).columns.map((column) => column.name)).toEqual(columns);
  });

  it.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))('%s: every column is snake_case, typed and described in Vietnamese', (_id, dataset) => {
    for (const column of dataset.columns) {
      expect(column.name).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      expect(COLUMN_TYPES).toContain(column.type);
      expect(column.description.length, column.name).toBeGreaterThan(10);
    }
  });

  it('refuses an unknown dataset with the list of known ones', () => {
    expect(() => getDataset('khong-co')).toThrow('có: bao-cao, chi-so, don-vi, tru-cot');
  });
});

describe('open-data rows built from the progress fixture', () => {
  const rowsOf = (id: string) => buildTable(getDataset(id), input).rows;

  it('writes one report row per (lead unit, leaf indicator), parents left out', () => {
    const rows = rowsOf('bao-cao');
    expect(rows.map((row) => `${row.indicator_id} ${row.unit_id}`)).toEqual([
      '1.1 phong-vhtt', '1.1 phuong-tran-phu', '1.1 xa-dong-son', '1.2.1 phong-vhtt', '1.3 phuong-tran-phu', '1.3 xa-dong-son',
      '2.1 phuong-tran-phu', '2.1 xa-dong-son',
    ]);
  });

  it('keeps every row in column order, with null for a missing value', () => {
    for (const dataset of DATASETS) {
      for (const row of rowsOf(dataset.id)) expect(Object.keys(row)).toEqual(EXPECTED_COLUMNS[dataset.id]);
    }
    const unreported = rowsOf('bao-cao').find((row) => row.indicator_id === '2.1' && row.unit_id === 'xa-dong-son');
    expect(unreported).toMatchObject({
      status: 'not-reported', status_label: 'Chưa báo cáo', status_label_en: 'Not reported',
      reported_status: 'chua-bao-cao', reported_status_label: 'Chưa báo cáo', reported_status_label_en: 'No report',
      updated: null, evidence: null, evidence_count: 0, completion_percent: 0,
    });
  });

  it('writes values, frequencies, evidence and demo flags as stated in the dictionary', () => {
    const rows = rowsOf('bao-cao');
    expect(rows.find((row) => row.indicator_id === '1.2.1')).toMatchObject({
      status: 'on-track', target: 'tối thiểu 1 lần/quý', target_measure: 'frequency', target_comparator: '>=', target_value: 1, target_per: 'quarter',
      value: 1, value_per: 'quarter', value_text: '1 lần/quý', demo: false, as_of: '2024-03-15', license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(rows.find((row) => row.indicator_id === '1.1' && row.unit_id === 'phong-vhtt')).toMatchObject({
      evidence: 'Quyết định kiện toàn Ban chỉ đạo chuyển đổi số, số 12/QĐ-UBND ngày 20/02/2024 | Toàn văn Kế hoạch, <https://thu-nghiem.example/ke-hoach/>',
      evidence_count: 2, history_count: 2, completion_percent: 100, due_date: '2024-02-29',
    });
    expect(rows.find((row) => row.indicator_id === '1.1' && row.unit_id === 'phuong-tran-phu')).toMatchObject({ status: 'overdue', completion_percent: 50, demo: true });
  });

  it('ranks only wards and communes, and leaves units without tasks blank', () => {
    expect(rowsOf('don-vi').map((row) => [row.unit_id, row.rank, row.completion_percent])).toEqual([
      // 1.2.1 keeps its cadence but is still "đang thực hiện": 99%, never 100% until done.
      ['phong-vhtt', null, 99.5],
      ['phuong-tran-phu', 1, 62.5],
      ['xa-dong-son', 2, 0],
    ]);
  });

  it('rolls parents up in the indicator file', () => {
    expect(rowsOf('chi-so').find((row) => row.indicator_id === '1.2')).toMatchObject({ parent_id: null, assignment_count: 1, completion_percent: 99 });
    expect(rowsOf('chi-so').find((row) => row.indicator_id === '1.2.1')).toMatchObject({ parent_id: '1.2' });
    expect(rowsOf('chi-so').find((row) => row.indicator_id === '1.3')).toMatchObject({ progress_source: 'posts' });
    expect(rowsOf('bao-cao').find((row) => row.indicator_id === '1.3' && row.unit_id === 'xa-dong-son')).toMatchObject({
      evidence: 'Tự động đếm từ các tin, bài đã đăng, <https://thu-nghiem.example/chuyen-doi-so/don-vi/xa-dong-son/>',
      reporter: 'Tự động đếm từ các tin, bài đã đăng',
      value: 0,
      target: 'trên 20 tin, bài',
      // No post: nothing was updated, and the count is behind the year's pace, not "quá hạn".
      updated: null,
      reported_status: 'chua-bat-dau',
      status: 'behind',
    });
  });

  it('writes the lead count, its denominator and the sentences the pages show', () => {
    for (const row of rowsOf('don-vi')) {
      const progress = model.progress.units.get(String(row.unit_id))!;
      expect(row.assignment_count, String(row.unit_id)).toBe(progress.assignments.length);
      expect(Number(row.assignment_count) - Number(row.count_not_applicable)).toBe(row.applicable_count);
      expect(row.done_summary).toBe(`Hoàn thành ${row.count_done}/${row.applicable_count} chỉ số được giao chủ trì${Number(row.count_not_applicable) > 0 ? ` (không tính ${row.count_not_applicable} chỉ số không áp dụng)` : ''}`);
    }
    const reportedTotal = (row: Record<string, unknown>) => Object.entries(row).filter(([key]) => key.startsWith('reported_') && !key.includes('label') && key !== 'reported_status').reduce((sum, [, value]) => sum + Number(value), 0);
    for (const row of rowsOf('chi-so')) expect(reportedTotal(row), String(row.indicator_id)).toBe(row.assignment_count);
    expect(rowsOf('chi-so').find((row) => row.indicator_id === '1.1')?.status_summary).toMatch(/^\d+\/\d+ đơn vị hoàn thành/);
  });
});

describe('open-data files', () => {
  const files = renderAllFiles(input);

  it('renders each dataset as CSV and JSON with the same rows', () => {
    expect(files.map((file) => `${file.dataset.id}.${file.format}`)).toEqual([
      'bao-cao.csv', 'bao-cao.json', 'chi-so.csv', 'chi-so.json', 'don-vi.csv', 'don-vi.json', 'tru-cot.csv', 'tru-cot.json', 'chuoi-thoi-gian.csv', 'chuoi-thoi-gian.json',
      'uu-tien.csv', 'uu-tien.json', 'so-sanh-phuong-xa.csv', 'so-sanh-phuong-xa.json',
    ]);
    for (const dataset of DATASETS) {
      const csv = parseCsv(renderDatasetFile(dataset.id, 'csv', input).body);
      const json = JSON.parse(renderDatasetFile(dataset.id, 'json', input).body) as JsonDocument;
      expect(csv.header).toEqual(json.columns.map((column) => column.name));
      expect(csv.rows).toEqual(json.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)]))));
    }
  });

  it('gives the JSON its metadata: as-of date, licence, source, demo flag and dictionary', () => {
    const json = JSON.parse(renderDatasetFile('don-vi', 'json', input).body) as JsonDocument;
    expect(json).toMatchObject({
      dataset: 'don-vi',
      as_of: '2024-03-15',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      source: { name: 'Cổng thử nghiệm tiến độ', url: 'https://thu-nghiem.example/du-lieu/' },
      demo: true,
    });
    expect(json.columns[0]).toMatchObject({ name: 'unit_id', type: 'string' });
  });

  it('measures sizes in UTF-8 bytes, BOM included', () => {
    const csv = files[0]!;
    expect(csv.bytes).toBe(Buffer.byteLength(csv.body, 'utf8'));
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.rowCount).toBe(8);
    expect(csv.demo).toBe(true);
  });
});
