/**
 * Figures shared by the image models, formatted exactly as the pages format
 * them (one rounding, one percent label), so an image never disagrees with
 * the page it previews.
 */
import type { Site } from '../content/schemas/site.ts';
import { EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { percentLabel, toPercent } from '../dashboard/percent.ts';
import { formatDateVi } from '../format/date.ts';
import { formatNumberVi } from '../format/number.ts';
import type { Assignment, StatusCounts } from '../progress/rollup.ts';
import type { OgCompletion, OgFigure, OgFrame, OgStatus } from './model.ts';
import { ogText } from './text.ts';

/**
 * The frame every image shares. `demo` is true when the portal runs on
 * demonstration data or the image's own figures are demonstration data.
 * @example
 * ogFrame({ name: 'CĐS Bắc Giang', asOf: '2024-10-15', demo: false }, true); // { siteName: 'CĐS Bắc Giang', asOf: '15/10/2024', demo: true }
 */
export function ogFrame(site: Pick<Site, 'name' | 'asOf' | 'demo'>, demo = false): OgFrame {
  return { siteName: ogText(site.name), asOf: formatDateVi(site.asOf), demo: Boolean(site.demo) || demo };
}

/**
 * A completion ratio as the image draws it.
 * @example
 * ogCompletion(0.5944); // { percent: 59.4, label: '59,4%' }
 * ogCompletion(undefined, 'Không có chỉ số chủ trì'); // { label: 'Không có chỉ số chủ trì' }
 */
export function ogCompletion(ratio: number | undefined, fallback = 'Chưa có số liệu'): OgCompletion {
  const percent = toPercent(ratio);
  return percent === undefined ? { label: fallback } : { percent, label: percentLabel(ratio) };
}

/** @example ogStatus('overdue'); // { status: 'overdue', label: 'Quá hạn' } */
export function ogStatus(status: EffectiveStatus): OgStatus {
  return { status, label: EFFECTIVE_STATUS_LABELS[status] };
}

/** @example ogFigure(79, 'chỉ số'); // { value: '79', label: 'chỉ số' } */
export function ogFigure(value: number, label: string): OgFigure {
  return { value: formatNumberVi(value), label };
}

/** The figures drawn under a completion bar: assignments done and overdue. */
export function statusFigures(counts: StatusCounts): OgFigure[] {
  return [ogFigure(counts.done, 'nhiệm vụ hoàn thành'), ogFigure(counts.overdue, 'nhiệm vụ quá hạn')];
}

/** Whether any report behind these assignments is demonstration data. */
export function anyDemo(assignments: readonly Pick<Assignment, 'report'>[]): boolean {
  return assignments.some((assignment) => assignment.report?.demo === true);
}
