/**
 * Trend charts (issue 15): a figure at each snapshot date, drawn as an inline SVG line chart with the same
 * figures in a table after it. Pure geometry and series; src/components/progress/TrendChart.astro draws them.
 */
import { formatDateVi } from '../format/date.ts';
import { formatNumberVi } from '../format/number.ts';
import { PERCENT_DECIMALS } from '../dashboard/percent.ts';

export interface TrendPoint {
  date: string;
  /** In the chart's measure: a percentage 0–100, or the reported value; undefined when nothing applies yet. */
  value?: number;
}

export interface TrendLine {
  name: string;
  /** The line the chart is about, or one drawn for comparison (dashed). */
  role: 'main' | 'comparison';
  points: TrendPoint[];
}

export interface Trend {
  /** Unique on the page; prefixes the ids of the title and description. */
  id: string;
  title: string;
  measure: 'percent' | 'value';
  lines: TrendLine[];
  /** A horizontal line: the target the value is read against. */
  target?: { value: number; label: string };
  /** The same figures as the chart, for the table after it. */
  table: { columns: string[]; rows: { date: string; cells: string[] }[] };
}

/** Sizes in SVG user units; the SVG scales to its container. */
export const TREND_CHART = { width: 320, height: 190, left: 40, right: 10, top: 12, bottom: 26 } as const;

export interface TrendLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  lines: { name: string; role: TrendLine['role']; path: string; dots: { x: number; y: number }[] }[];
  target?: { y: number; label: string };
}

/**
 * The short label of a snapshot date under the chart: "T6" for a month end, "15/10" otherwise.
 * @example trendDateLabel('2024-06-30') // 'T6'
 * @example trendDateLabel('2024-10-15') // '15/10'
 */
export function trendDateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day === last ? `T${month}` : formatDateVi(date).slice(0, 5);
}

/** A value as the chart and its table write it: "59,4%", "60,0%" (one decimal, as every page) or "1.250". */
export function trendValueLabel(value: number | undefined, measure: Trend['measure']): string {
  if (value === undefined) return 'Chưa có';
  return measure === 'percent' ? `${formatNumberVi(value, { minimumFractionDigits: PERCENT_DECIMALS, maximumFractionDigits: PERCENT_DECIMALS })}%` : formatNumberVi(value, { maximumFractionDigits: 2 });
}

/** A round upper bound for a value axis: 1, 2 or 5 times a power of ten. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out the chart: dates evenly spaced left to right, values bottom to top (0–100% for percentages).
 * @example trendLayout(trend).lines[0].path // 'M40,164 L71.1,150.2 …'
 */
export function trendLayout(trend: Pick<Trend, 'lines' | 'measure' | 'target'>): TrendLayout {
  const { width, height, left, right, top, bottom } = TREND_CHART;
  const plot = { x: left, y: top, width: width - left - right, height: height - top - bottom };
  const dates = trend.lines[0]?.points.map((point) => point.date) ?? [];
  const values = trend.lines.flatMap((line) => line.points.map((point) => point.value ?? 0));
  const max = trend.measure === 'percent' ? 100 : niceCeiling(Math.max(trend.target?.value ?? 0, ...values));
  const xOf = (index: number) => round(plot.x + (dates.length <= 1 ? plot.width / 2 : (plot.width * index) / (dates.length - 1)));
  const yOf = (value: number) => round(plot.y + plot.height - (plot.height * Math.min(value, max)) / max);
  return {
    width,
    height,
    plot,
    // Axis ticks are round marks of the scale, not figures: "0%", "50%", "100%".
    yTicks: [0, max / 2, max].map((value) => ({ y: yOf(value), label: trend.measure === 'percent' ? `${formatNumberVi(value, { maximumFractionDigits: 1 })}%` : trendValueLabel(value, trend.measure) })),
    xTicks: dates.map((date, index) => ({ x: xOf(index), label: trendDateLabel(date) })),
    lines: trend.lines.map((line) => {
      const dots = line.points.flatMap((point, index) => (point.value === undefined ? [] : [{ x: xOf(index), y: yOf(point.value) }]));
      return { name: line.name, role: line.role, dots, path: dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x},${dot.y}`).join(' ') };
    }),
    ...(trend.target ? { target: { y: yOf(trend.target.value), label: trend.target.label } } : {}),
  };
}

/**
 * The chart's description for screen readers: every figure of every line.
 * @example trendDescription(trend) // 'Toàn thành phố: 31/01/2024 0%, …, 15/10/2024 60%. Số liệu chi tiết ở bảng ngay sau biểu đồ.'
 */
export function trendDescription(trend: Pick<Trend, 'lines' | 'measure' | 'target'>): string {
  const lines = trend.lines.map((line) => `${line.name}: ${line.points.map((point) => `${formatDateVi(point.date)} ${trendValueLabel(point.value, trend.measure)}`).join(', ')}`);
  const target = trend.target ? ` ${trend.target.label}.` : '';
  return `${lines.join('; ')}.${target} Số liệu chi tiết ở bảng ngay sau biểu đồ.`;
}
