/**
 * What a unit's template holds, as plain data: one row per task the unit leads (the one definition in
 * progress/tasks.ts), read-only plan cells, and the unit's current report prefilled so that it updates
 * rather than retypes. Tasks counted from news posts (1.4) are left out: nobody types them in.
 */
import type { Indicator, IndicatorTarget } from '../content/schemas/indicator.ts';
import type { Evidence, ProgressFile, Report, ReportValue } from '../content/schemas/progress.ts';
import { REPORTED_STATE_LABELS } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { NO_TARGET } from '../dashboard/value-label.ts';
import { cadenceLabel, CADENCE_PERIOD_LABELS, targetValueLabel } from '../plan/labels.ts';
import { leadTasksOf, type TaskSource } from '../progress/tasks.ts';
import { isFrequency, targetForUnit } from '../progress/target.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { memoized } from '../memo.ts';

/** What the template needs from the portal; the portal model provides it. */
export interface TemplateSource {
  site: { year: number; asOf: string; name: string };
  /** The build day (Vietnam time): no date in a filled template may be later. Unset: not checked. */
  today?: string;
  indicators: readonly Indicator[];
  units: readonly Unit[];
  progressFiles: readonly ProgressFile[];
  leadUnitsOf(indicator: Indicator): readonly Unit[];
}

/** The cells an officer fills, as the template prefills them. */
export interface FillCells {
  status?: string;
  /** A number in the target's unit, or a frequency in words ("2 lần/tháng") when its period differs. */
  value?: number | string;
  evidenceTitle?: string;
  evidenceNumber?: string;
  /** ISO date, written as a real date. */
  evidenceDate?: string;
  evidenceLink?: string;
  note?: string;
  updated?: string;
  reporter?: string;
}

export interface TemplateRow {
  indicator: Indicator;
  /** The target that applies to this unit, if the indicator has one. */
  target?: IndicatorTarget;
  id: string;
  title: string;
  timeframe: string;
  /** ISO date of the deadline, if the plan gives one. */
  deadline?: string;
  targetLabel: string;
  /** The unit of the value column: "%", "tin, bài", "lần/quý"; empty when no value is expected. */
  valueUnit: string;
  /** The unit's current report on this task. */
  report?: Report;
  prefill: FillCells;
}

/** One task source per template source, so the lead tasks of every unit are found once (src/lib/memo.ts). */
const taskSourceOf = memoized((source: TemplateSource): TaskSource => ({ year: source.site.year, indicators: source.indicators, leadUnitsOf: (indicator) => source.leadUnitsOf(indicator) }));

/** The unit's tasks that a report covers: lead tasks not counted from posts. */
export function reportableTasksOf(source: TemplateSource, unit: Pick<Unit, 'id'>): Indicator[] {
  return leadTasksOf(taskSourceOf(source), unit)
    .map((task) => task.indicator)
    .filter((indicator) => indicator.progressSource !== 'posts');
}

/** Whether a unit gets a template (and its page the download link). */
export function hasReportTemplate(source: TemplateSource, unit: Pick<Unit, 'id'>): boolean {
  return reportableTasksOf(source, unit).length > 0;
}

/**
 * The unit of a target's value, shown beside the value column.
 * @example valueUnitOf({ measure: 'frequency', per: 'quarter' }) // 'lần/quý'
 */
export function valueUnitOf(target: Pick<IndicatorTarget, 'measure' | 'noun' | 'per'> | undefined): string {
  switch (target?.measure) {
    case undefined:
      return '';
    case 'percent':
      return '%';
    case 'money':
      return 'đồng';
    case 'count':
      return target.noun ?? 'số lượng';
    case 'frequency':
      return target.per ? `${target.noun ?? 'lần'}/${CADENCE_PERIOD_LABELS[target.per]}` : (target.noun ?? 'lần');
  }
}

/** A reported value as the value cell shows it. */
export function valueCell(value: ReportValue | undefined, target: IndicatorTarget | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  if (!isFrequency(value)) return value;
  return target?.per === value.per ? value.count : cadenceLabel(value, target?.noun ?? 'lần');
}

/** The evidence item the sheet's evidence columns show: the first. */
function evidenceCells(evidence: readonly Evidence[]): FillCells {
  const first = evidence[0];
  if (!first) return {};
  return { evidenceTitle: first.title, evidenceNumber: first.number, evidenceDate: first.date, evidenceLink: first.url ?? first.file };
}

/** The template's rows for one unit, in appendix order. */
export function templateRows(source: TemplateSource, unit: Unit): TemplateRow[] {
  const reports = new Map((source.progressFiles.find((file) => file.unit === unit.id)?.reports ?? []).map((report) => [report.indicator, report]));
  return reportableTasksOf(source, unit).map((indicator) => {
    const target = targetForUnit(indicator.targets, unit);
    const report = reports.get(indicator.id);
    const prefill: FillCells = report
      ? {
          status: REPORTED_STATE_LABELS[report.status],
          value: valueCell(report.value, target),
          ...evidenceCells(report.evidence),
          note: report.note || undefined,
          updated: report.updated,
          reporter: report.reporter,
        }
      : {};
    return {
      indicator,
      target,
      id: indicator.id,
      title: inlineEmphasisToText(indicator.title),
      timeframe: indicator.timeframe?.text ?? '',
      deadline: indicator.timeframe?.due,
      targetLabel: target ? targetValueLabel(target) : NO_TARGET,
      valueUnit: valueUnitOf(target),
      report,
      prefill,
    };
  });
}
