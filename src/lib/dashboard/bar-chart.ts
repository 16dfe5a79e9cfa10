/**
 * Geometry of the horizontal bar charts: pure numbers, drawn as inline SVG by
 * the components. Each row has its label (left) and figure (right) on one
 * line and the bar below, so the chart stays legible when scaled down on a phone.
 */

export interface BarInput {
  label: string;
  /** 0–1, or undefined when nothing applies (drawn as an empty track). */
  ratio: number | undefined;
  /** The figure written above the end of the bar, e.g. '59,4%'. */
  valueText: string;
}

export interface BarGeometry extends BarInput {
  /** Baseline of the label and the figure. */
  textY: number;
  barY: number;
  fillWidth: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  trackWidth: number;
  barHeight: number;
  bars: BarGeometry[];
}

/** Sizes in SVG user units; the SVG scales to its container. */
export const BAR_CHART = { width: 320, rowHeight: 44, barHeight: 14, textToBar: 6, textBaseline: 15, padding: 4 } as const;

/**
 * Lays out one bar per row, the fill proportional to the ratio (clamped to 0–1).
 * @example
 * barChartLayout([{ label: '1. Nhận thức số', ratio: 0.5, valueText: '50%' }]).bars[0].fillWidth // 160
 */
export function barChartLayout(rows: readonly BarInput[]): BarChartLayout {
  const { width, rowHeight, barHeight, textToBar, textBaseline, padding } = BAR_CHART;
  const bars = rows.map((row, index): BarGeometry => {
    const textY = padding + index * rowHeight + textBaseline;
    const ratio = row.ratio === undefined ? 0 : Math.min(1, Math.max(0, row.ratio));
    return { ...row, textY, barY: textY + textToBar, fillWidth: Math.round(width * ratio * 10) / 10 };
  });
  return { width, height: padding * 2 + rows.length * rowHeight, trackWidth: width, barHeight, bars };
}
