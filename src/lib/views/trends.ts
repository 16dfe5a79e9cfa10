/**
 * The trend charts of the home, pillar, unit and indicator pages (issue 15), read from model.timeline:
 * the figure at each month end of the plan year up to asOf, and at asOf.
 */
import { toPercent } from '../dashboard/percent.ts';
import { formatDateVi } from '../format/date.ts';
import { formatNumberVi } from '../format/number.ts';
import { targetValueLabel } from '../plan/labels.ts';
import type { PortalModel } from '../portal/model.ts';
import type { Snapshot, SnapshotFigures } from '../timeline/snapshots.ts';
import { trendValueLabel, type Trend, type TrendLine } from '../timeline/trend.ts';

const DATE = 'Ngày';
const COMPLETION = 'Tỷ lệ hoàn thành';
const DONE = 'Nhiệm vụ hoàn thành';

const percentLine = (name: string, role: TrendLine['role'], snapshots: readonly Snapshot[], pick: (snapshot: Snapshot) => SnapshotFigures | undefined): TrendLine => ({
  name,
  role,
  points: snapshots.map((snapshot) => {
    const completion = pick(snapshot)?.completion;
    return { date: snapshot.date, ...(completion !== undefined ? { value: toPercent(completion) } : {}) };
  }),
});

const doneCell = (figures: SnapshotFigures | undefined) => (figures ? `${formatNumberVi(figures.done)}/${formatNumberVi(figures.applicable)}` : '0/0');

/** A completion trend of one entity, optionally with the city beside it. */
function completionTrend(
  model: PortalModel,
  id: string,
  title: string,
  name: string,
  pick: (snapshot: Snapshot) => SnapshotFigures | undefined,
  withCity: boolean,
): Trend {
  const { snapshots } = model.timeline;
  const main = percentLine(name, 'main', snapshots, pick);
  const city = percentLine('Toàn thành phố', 'comparison', snapshots, (snapshot) => snapshot.city);
  return {
    id,
    title,
    measure: 'percent',
    lines: withCity ? [main, city] : [main],
    table: {
      columns: [DATE, `${COMPLETION}: ${name}`, DONE, ...(withCity ? [`${COMPLETION}: Toàn thành phố`] : [])],
      rows: snapshots.map((snapshot, index) => ({
        date: formatDateVi(snapshot.date),
        cells: [
          trendValueLabel(main.points[index]!.value, 'percent'),
          doneCell(pick(snapshot)),
          ...(withCity ? [trendValueLabel(city.points[index]!.value, 'percent')] : []),
        ],
      })),
    },
  };
}

/** @example cityTrend(model).lines[0].points.length // 10 at asOf 2024-10-15 */
export function cityTrend(model: PortalModel): Trend {
  return completionTrend(model, 'xu-huong-thanh-pho', 'Tỷ lệ hoàn thành của thành phố theo tháng', 'Toàn thành phố', (snapshot) => snapshot.city, false);
}

/** @example pillarTrend(model, 6).title // 'Tỷ lệ hoàn thành của trụ cột 6 theo tháng' */
export function pillarTrend(model: PortalModel, pillarId: number): Trend {
  const pillar = model.getPillar(pillarId);
  return completionTrend(model, 'xu-huong-tru-cot', `Tỷ lệ hoàn thành của trụ cột ${pillarId} theo tháng`, `${pillarId}. ${pillar?.name ?? ''}`, (snapshot) => snapshot.pillars.get(pillarId), false);
}

/** The unit's line with the city's for comparison. */
export function unitTrend(model: PortalModel, unitId: string): Trend {
  const name = model.getUnit(unitId)?.name ?? unitId;
  return completionTrend(model, 'xu-huong-don-vi', `Tỷ lệ hoàn thành của ${name} theo tháng, so với toàn thành phố`, name, (snapshot) => snapshot.units.get(unitId), true);
}

/**
 * An indicator's history: its reported value against the target when one unit leads it and reports a number,
 * else its completion (100% is the target met).
 */
export function indicatorTrend(model: PortalModel, indicatorId: string): Trend {
  const { snapshots } = model.timeline;
  const tasks = model.progress.indicators.get(indicatorId)?.assignments ?? [];
  const target = tasks.length === 1 ? tasks[0]!.target : undefined;
  const values = snapshots.map((snapshot) => snapshot.indicators.get(indicatorId)?.value);
  if (target && target.measure !== 'frequency' && values.some((value) => value !== undefined)) {
    const line: TrendLine = { name: `Giá trị báo cáo của chỉ số ${indicatorId}`, role: 'main', points: snapshots.map((snapshot, index) => ({ date: snapshot.date, ...(values[index] !== undefined ? { value: values[index] } : {}) })) };
    const targetLabel = `Chỉ tiêu: ${targetValueLabel(target)}`;
    return {
      id: 'xu-huong-chi-so',
      title: `Giá trị của chỉ số ${indicatorId} theo tháng, so với chỉ tiêu`,
      measure: 'value',
      lines: [line],
      target: { value: target.value, label: targetLabel },
      table: {
        columns: [DATE, 'Giá trị báo cáo', 'Chỉ tiêu', COMPLETION],
        rows: snapshots.map((snapshot, index) => {
          const completion = snapshot.indicators.get(indicatorId)?.completion;
          return { date: formatDateVi(snapshot.date), cells: [trendValueLabel(values[index], 'value'), targetValueLabel(target), trendValueLabel(completion === undefined ? undefined : toPercent(completion), 'percent')] };
        }),
      },
    };
  }
  const trend = completionTrend(model, 'xu-huong-chi-so', `Tỷ lệ hoàn thành của chỉ số ${indicatorId} theo tháng`, `Chỉ số ${indicatorId}`, (snapshot) => snapshot.indicators.get(indicatorId), false);
  return { ...trend, target: { value: 100, label: 'Chỉ tiêu: hoàn thành 100%' } };
}
