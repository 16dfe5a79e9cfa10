/** Trend charts (issue 15): their series come from model.timeline, their geometry and text are the figures. */
import { describe, expect, it } from 'vitest';
import { percentLabel } from '../../src/lib/dashboard/percent.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { trendDateLabel, trendDescription, trendLayout } from '../../src/lib/timeline/trend.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { indicatorView } from '../../src/lib/views/indicator.ts';
import { pillarView } from '../../src/lib/views/pillar.ts';
import { unitView } from '../../src/lib/views/units.ts';

const model = createPortalModel(loadPortalContentFromDir('content', process.cwd(), { today: '2024-12-31' }));
const dates = model.timeline.snapshots.map((snapshot) => snapshot.date);

describe('trend series on the pages', () => {
  it('home: the city completion at each snapshot, its last point the dashboard figure', () => {
    const trend = homeView(model).trend;
    expect(trend.lines.map((line) => line.name)).toEqual(['Toàn thành phố']);
    expect(trend.lines[0]!.points.map((point) => point.date)).toEqual(dates);
    expect(trend.table.rows.at(-1)!.cells[0]).toBe(percentLabel(model.progress.completion));
    expect(trend.table.rows.map((row) => row.date).at(-1)).toBe('15/10/2024');
  });

  it('pillar: that pillar', () => {
    const trend = pillarView(model, 6).trend;
    const pillar = model.progress.pillars.find((entry) => entry.pillar.id === 6)!;
    expect(trend.table.rows.at(-1)!.cells[0]).toBe(percentLabel(pillar.completion));
  });

  it('unit: that unit with the city line for comparison', () => {
    const trend = unitView(model, 'phuong-tran-phu').trend!;
    expect(trend.lines.map((line) => [line.name, line.role])).toEqual([['Phường Trần Phú', 'main'], ['Toàn thành phố', 'comparison']]);
    expect(trend.table.rows.at(-1)!.cells).toEqual([
      percentLabel(model.progress.units.get('phuong-tran-phu')!.completion),
      expect.stringMatching(/^\d+\/\d+$/),
      percentLabel(model.progress.completion),
    ]);
  });

  it('indicator: the value against its target where one unit reports a number, else completion against 100%', () => {
    const measured = model.indicators.find((indicator) => {
      const tasks = model.progress.indicators.get(indicator.id)?.assignments ?? [];
      return tasks.length === 1 && tasks[0]!.target && tasks[0]!.target.measure !== 'frequency' && typeof tasks[0]!.report?.value === 'number';
    })!;
    const trend = indicatorView(model, measured.id).trend!;
    expect(trend.measure).toBe('value');
    expect(trend.target?.value).toBe(model.progress.indicators.get(measured.id)!.assignments[0]!.target!.value);
    expect(trend.lines[0]!.points.at(-1)!.value).toBe(model.progress.indicators.get(measured.id)!.assignments[0]!.report!.value);
    const ward = indicatorView(model, '1.1').trend!;
    expect(ward.measure).toBe('percent');
    expect(ward.target?.value).toBe(100);
  });
});

describe('trend geometry', () => {
  const trend = {
    measure: 'percent' as const,
    lines: [{ name: 'Phường Trần Phú', role: 'main' as const, points: [{ date: '2024-01-31' }, { date: '2024-02-29', value: 50 }, { date: '2024-03-15', value: 100 }] }],
    target: { value: 100, label: 'Chỉ tiêu: hoàn thành 100%' },
  };

  it('spaces dates evenly, puts 0% at the bottom and 100% at the top, and skips a date without a value', () => {
    const layout = trendLayout(trend);
    expect(layout.xTicks.map((tick) => tick.label)).toEqual(['T1', 'T2', '15/03']);
    expect(layout.lines[0]!.dots).toEqual([
      { x: layout.xTicks[1]!.x, y: layout.plot.y + layout.plot.height / 2 },
      { x: layout.plot.x + layout.plot.width, y: layout.plot.y },
    ]);
    expect(layout.lines[0]!.path.startsWith('M')).toBe(true);
    expect(layout.target?.y).toBe(layout.plot.y);
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['0%', '50%', '100%']);
  });

  it('describes every figure in words', () => {
    expect(trendDescription(trend)).toBe('Phường Trần Phú: 31/01/2024 Chưa có, 29/02/2024 50,0%, 15/03/2024 100,0%. Chỉ tiêu: hoàn thành 100%. Số liệu chi tiết ở bảng ngay sau biểu đồ.');
  });

  it.each([
    ['2024-02-29', 'T2'],
    ['2024-02-28', '28/02'],
    ['2024-12-31', 'T12'],
  ])('labels %s as %s', (date, label) => {
    expect(trendDateLabel(date)).toBe(label);
  });
});
