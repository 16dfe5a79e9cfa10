/** Change since the previous quarter end (issue 15): the figures, their words, and one source for page, image and open data. */
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { renderDatasetFile } from '../../src/lib/open-data/files.ts';
import { createOpenDataInput } from '../../src/lib/open-data/input.ts';
import { describeOgImage } from '../../src/lib/og/describe.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { changeSentence, figureChange, placesLabel, pointsLabel } from '../../src/lib/timeline/change.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { unitView } from '../../src/lib/views/units.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('figureChange and its words', () => {
  it.each([
    { name: 'tăng điểm và lên hạng', now: { completion: 0.6, rank: 3 }, then: { completion: 0.548, rank: 5 }, points: '▲ 5,2 điểm % so với 30/06/2024', places: '▲ 2 bậc', sentence: 'Tăng 5,2 điểm % so với 30/06/2024, lên 2 bậc' },
    { name: 'giảm điểm và xuống hạng', now: { completion: 0.4, rank: 7 }, then: { completion: 0.45, rank: 5 }, points: '▼ 5,0 điểm % so với 30/06/2024', places: '▼ 2 bậc', sentence: 'Giảm 5,0 điểm % so với 30/06/2024, xuống 2 bậc' },
    { name: 'không đổi', now: { completion: 0.5, rank: 1 }, then: { completion: 0.5, rank: 1 }, points: '— không đổi so với 30/06/2024', places: '— không đổi', sentence: 'Không đổi so với 30/06/2024, thứ hạng không đổi' },
    { name: 'đơn vị không xếp hạng', now: { completion: 0.5 }, then: { completion: 0.25 }, points: '▲ 25,0 điểm % so với 30/06/2024', places: undefined, sentence: 'Tăng 25,0 điểm % so với 30/06/2024' },
    // The difference of the shown figures (59,9% − 54,8%), never of unrounded ratios.
    { name: 'hiệu của hai tỷ lệ đã làm tròn', now: { completion: 0.59949 }, then: { completion: 0.54751 }, points: '▲ 5,1 điểm % so với 30/06/2024', places: undefined, sentence: 'Tăng 5,1 điểm % so với 30/06/2024' },
  ])('$name', ({ now, then, points, places, sentence }) => {
    const change = figureChange(now, then, '2024-06-30');
    const label = (value: ReturnType<typeof pointsLabel>) => value && `${value.arrow} ${value.text}`;
    expect(label(pointsLabel(change))).toBe(points);
    expect(label(placesLabel(change))).toBe(places);
    expect(changeSentence(change)).toBe(sentence);
  });

  it('says nothing when either day has no completion', () => {
    const change = figureChange({ completion: 0.5 }, undefined, '2024-06-30');
    expect(change).toEqual({ since: '2024-06-30' });
    expect(pointsLabel(change)).toBeUndefined();
    expect(changeSentence(change)).toBeUndefined();
  });
});

describe('the change on the shipped content (asOf 2024-10-15, compared with 30/09/2024)', () => {
  const model = createPortalModel(loadPortalContentFromDir('content', process.cwd(), { today: '2024-12-31' }));
  const input = createOpenDataInput(model, 'https://thu-nghiem.example');
  const csv = (id: string) => parseCsv(renderDatasetFile(id, 'csv', input).body.replace(/^\uFEFF/, '')).rows;
  const series = csv('chuoi-thoi-gian');
  const at = (date: string, type: string, id: string) => series.find((row) => row.snapshot_date === date && row.entity_type === type && row.entity_id === id)!;

  it('is the difference between the asOf and 30/09 rows of chuoi-thoi-gian, for every unit, in don-vi.csv', () => {
    for (const row of csv('don-vi')) {
      expect(row.change_since, row.unit_id).toBe('2024-09-30');
      const [now, then] = [at('2024-10-15', 'unit', row.unit_id!), at('2024-09-30', 'unit', row.unit_id!)];
      if (now.completion_percent === '' || then.completion_percent === '') {
        expect(row.completion_change_points, row.unit_id).toBe('');
        continue;
      }
      expect(Number(row.completion_change_points), row.unit_id).toBeCloseTo(Number(now.completion_percent) - Number(then.completion_percent), 6);
      expect(row.rank_change, row.unit_id).toBe(now.rank === '' || then.rank === '' ? '' : String(Number(then.rank) - Number(now.rank)));
    }
  });

  it('reads the same on the unit page, its image and its alt text as in don-vi.csv', () => {
    for (const row of csv('don-vi').filter((candidate) => candidate.completion_change_points !== '')) {
      const view = unitView(model, row.unit_id!);
      expect(view.change?.change.points, row.unit_id).toBe(Number(row.completion_change_points));
      expect(view.change?.change.places, row.unit_id).toBe(row.rank_change === '' ? undefined : Number(row.rank_change));
      const image = view.layout.image;
      expect(image.kind === 'unit' && image.change, row.unit_id).toBe(view.change?.sentence);
      expect(describeOgImage(image), row.unit_id).toContain(view.change!.sentence!);
      // Exactly one decimal on the page, the image and its alt text alike (house rule): "5,0 điểm %".
      expect(view.change?.points?.text, row.unit_id).toMatch(/^(?:\d{1,3},\d điểm %|không đổi) so với 30\/09\/2024$/);
      expect(view.change?.sentence, row.unit_id).toMatch(/^(?:Tăng \d{1,3},\d điểm %|Giảm \d{1,3},\d điểm %|Không đổi) so với 30\/09\/2024/);
    }
  });

  it('reads the same for the city on the home page and its image, and for each ward in the ranking', () => {
    const view = homeView(model);
    const city = view.dashboard.changes.city!;
    const [now, then] = [at('2024-10-15', 'city', 'thanh-pho'), at('2024-09-30', 'city', 'thanh-pho')];
    expect(city.change.points).toBeCloseTo(Number(now.completion_percent) - Number(then.completion_percent), 6);
    expect(view.layout.image.kind === 'home' && view.layout.image.change).toBe(city.sentence);
    for (const row of view.dashboard.ranked) {
      expect(view.dashboard.changes.units.get(row.progress.unit.id)?.change).toEqual(unitView(model, row.progress.unit.id).change?.change);
    }
    for (const row of csv('tru-cot')) {
      expect(String(view.dashboard.changes.pillars.get(Number(row.pillar_id))?.change.points ?? ''), row.pillar_id).toBe(row.completion_change_points);
    }
  });
});
