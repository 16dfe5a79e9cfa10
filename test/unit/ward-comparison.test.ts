/** /don-vi/so-sanh/ (issue 16 §3): the 16 wards and communes × 8 pillars, the same figures as each unit's own and as the open data. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankPercents, scaleStep } from '../../src/lib/comparison/matrix.ts';
import { toPercent } from '../../src/lib/dashboard/percent.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { renderDatasetFile } from '../../src/lib/open-data/files.ts';
import { createOpenDataInput } from '../../src/lib/open-data/input.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { wardComparisonView } from '../../src/lib/views/ward-comparison.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('rankPercents and scaleStep', () => {
  it.each([
    ['hai phường bằng nhau cùng hạng', [50, 80, 50, undefined], [2, 1, 2, undefined]],
    ['không có số liệu thì không xếp hạng', [undefined, undefined], [undefined, undefined]],
    ['xếp giảm dần', [10, 20, 30], [3, 2, 1]],
  ])('%s', (_, percents, ranks) => {
    expect(rankPercents(percents)).toEqual(ranks);
  });
  it.each([[0, 0], [19.9, 0], [20, 1], [59.4, 2], [99.9, 4], [100, 4], [undefined, undefined]])('%s%% → bậc %s', (percent, step) => {
    expect(scaleStep(percent)).toBe(step);
  });
});

describe('the shipped wards and communes side by side', () => {
  const root = resolve(import.meta.dirname, '../..');
  const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));
  const view = wardComparisonView(model);
  const csv = parseCsv(renderDatasetFile('so-sanh-phuong-xa', 'csv', createOpenDataInput(model, 'https://thu-nghiem.example')).body).rows;

  it('has 16 wards and communes × 8 pillars', () => {
    expect(view.matrix.rows).toHaveLength(16);
    expect(view.matrix.pillars).toHaveLength(8);
    expect(view.matrix.rows.every((row) => ['ward', 'commune'].includes(row.progress.unit.kind))).toBe(true);
  });

  it('shows in every cell the unit\'s own pillar figure, and the CSV the same 128 figures', () => {
    expect(csv).toHaveLength(16 * 8);
    for (const [index, row] of view.matrix.rows.entries()) {
      for (const [column, pillar] of view.matrix.pillars.entries()) {
        const own = model.progress.units.get(row.progress.unit.id)!.byPillar.find((entry) => entry.pillar.id === pillar.id)?.completion;
        expect(view.matrix.rows[index]!.cells[column]!.percent).toBe(toPercent(own));
        const line = csv.find((entry) => entry.unit_id === row.progress.unit.id && entry.pillar_id === String(pillar.id));
        expect(line?.completion_percent, `${row.progress.unit.id} × ${pillar.id}`).toBe(own === undefined ? '' : String(toPercent(own)));
        expect(line?.rank_in_pillar).toBe(String(row.cells[column]!.rank ?? ''));
      }
    }
  });

  it('averages each pillar over the wards and communes', () => {
    for (const [column, average] of view.matrix.average.entries()) {
      const figures = view.matrix.rows.map((row) => row.cells[column]!.completion).filter((value): value is number => value !== undefined);
      // A pillar in which no ward or commune leads a task has no average.
      if (figures.length === 0) expect(average.completion).toBeUndefined();
      else expect(average.completion).toBeCloseTo(figures.reduce((sum, value) => sum + value, 0) / figures.length, 12);
    }
  });
});
