/** chuoi-thoi-gian (issue 15): a row per snapshot date and entity; its asOf rows are the other files' figures. */
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { renderDatasetFile } from '../../src/lib/open-data/files.ts';
import { createOpenDataInput } from '../../src/lib/open-data/input.ts';
import { monthEnd } from '../../src/lib/timeline/dates.ts';
import { parseCsv } from '../helpers/csv.ts';

const model = createPortalModel(loadPortalContentFromDir('content', process.cwd(), { today: '2024-12-31' }));
const input = createOpenDataInput(model, 'https://thu-nghiem.example');
const csv = (id: string) => parseCsv(renderDatasetFile(id, 'csv', input).body.replace(/^\uFEFF/, ''));
const series = csv('chuoi-thoi-gian');
const atAsOf = (type: string, id: string) => series.rows.find((row) => row.snapshot_date === model.site.asOf && row.entity_type === type && row.entity_id === id);

describe('chuoi-thoi-gian.csv on the shipped content (asOf 2024-10-15)', () => {
  it('has a row for the city, every pillar, unit and indicator at each month end up to asOf, and at asOf', () => {
    const expectedDates = [...Array.from({ length: 9 }, (_, index) => monthEnd(2024, index + 1)), '2024-10-15'];
    expect([...new Set(series.rows.map((row) => row.snapshot_date))]).toEqual(expectedDates);
    const units = csv('don-vi').rows.length;
    for (const date of expectedDates) {
      const rows = series.rows.filter((row) => row.snapshot_date === date);
      expect(rows.filter((row) => row.entity_type === 'city')).toHaveLength(1);
      expect(rows.filter((row) => row.entity_type === 'pillar')).toHaveLength(model.pillars.length);
      expect(rows.filter((row) => row.entity_type === 'unit')).toHaveLength(units);
      expect(rows.filter((row) => row.entity_type === 'indicator')).toHaveLength(model.indicators.length);
    }
  });

  it('gives at asOf the figures of tru-cot, don-vi and chi-so', () => {
    for (const row of csv('tru-cot').rows) expect(atAsOf('pillar', row.pillar_id!)?.completion_percent, row.pillar_id).toBe(row.completion_percent);
    for (const row of csv('don-vi').rows) {
      const line = atAsOf('unit', row.unit_id!)!;
      expect([line.completion_percent, line.rank, line.applicable_count], row.unit_id).toEqual([row.completion_percent, row.rank, row.applicable_count]);
    }
    for (const row of csv('chi-so').rows) {
      const line = atAsOf('indicator', row.indicator_id!)!;
      expect([line.completion_percent, line.done_count], row.indicator_id).toEqual([row.completion_percent, row.count_done]);
    }
  });

  it('follows the history: the city had fewer tasks done at 30/06 than at asOf', () => {
    const city = series.rows.filter((row) => row.entity_type === 'city');
    const june = city.find((row) => row.snapshot_date === '2024-06-30')!;
    const october = city.at(-1)!;
    expect(Number(june.done_count)).toBeLessThan(Number(october.done_count));
    expect(Number(june.completion_percent)).toBeLessThan(Number(october.completion_percent));
  });
});
