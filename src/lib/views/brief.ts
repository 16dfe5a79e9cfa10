/**
 * The leaders' brief (issue 16 §5): what the home page and each unit page print on one A4 page — the
 * key figures, the 3 priorities, the overdue items and the date. Sections that join the printed brief
 * carry the class `brief` (src/styles/print-brief.css); everything else on the page is left off paper.
 */
import type { Unit } from '../content/schemas/unit.ts';
import { groupOverdue } from '../dashboard/overdue.ts';
import { percentLabel } from '../dashboard/percent.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import { leadDone, tallyOf } from '../progress/distribution.ts';
import { routes } from '../routes.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { filteredStakes, priorityItems, unitPrioritiesView, whatIfLine, type PriorityItem, type UnitPrioritiesView, type WhatIfLine } from './priorities.ts';
import { unitScorecard, type ScorecardView } from './scorecards.ts';

/** Overdue lines the printed brief keeps; the rest are counted. */
export const BRIEF_OVERDUE_LINES = 6;

export interface BriefOverdueLine {
  href: string;
  label: string;
  due: string | undefined;
  /** Who is late, e.g. "3 đơn vị: Phường Trần Phú, …" on the home page; empty on a unit page. */
  who: string;
}

export interface BriefView {
  subject: string;
  asOf: string;
  figures: { value: string; label: string }[];
  overdue: BriefOverdueLine[];
  /** Overdue lines not printed. */
  overdueMore: number;
}

/** The 3 priorities on the home page: the first three of /uu-tien/. */
export interface HomePrioritiesView {
  items: PriorityItem[];
  whatIf: WhatIfLine | undefined;
  href: string;
}

export const HOME_PRIORITY_SIZE = 3;

export function homePrioritiesView(model: PortalModel): HomePrioritiesView {
  const stakes = filteredStakes(model);
  return {
    items: priorityItems(model, stakes.slice(0, HOME_PRIORITY_SIZE)),
    whatIf: stakes.length > 0 ? whatIfLine(model, stakes.slice(0, HOME_PRIORITY_SIZE), 'danh sách ưu tiên') : undefined,
    href: routes.priorities(),
  };
}

const names = (units: readonly Pick<Unit, 'name'>[], max = 2) =>
  units.slice(0, max).map((unit) => unit.name).join(', ') + (units.length > max ? ` và ${formatNumberVi(units.length - max)} đơn vị khác` : '');

/** The home page's brief: the city's figures and overdue indicators. */
export function homeBriefView(model: PortalModel): BriefView & { priorities: HomePrioritiesView } {
  const { progress } = model;
  const tally = tallyOf(progress.counts);
  const groups = groupOverdue(progress.overdue);
  return {
    subject: `${model.site.cityKind} ${model.site.city}`,
    asOf: model.site.asOf,
    figures: [
      { value: percentLabel(progress.completion), label: 'tỷ lệ hoàn thành chung' },
      { value: `${formatNumberVi(tally.done)}/${formatNumberVi(tally.applicable)}`, label: 'nhiệm vụ hoàn thành' },
      { value: formatNumberVi(progress.counts.overdue), label: 'nhiệm vụ quá hạn' },
    ],
    overdue: groups.slice(0, BRIEF_OVERDUE_LINES).map((group) => ({
      href: routes.indicator(group.indicator.id),
      label: `${group.indicator.id}: ${inlineEmphasisToText(group.indicator.title)}`,
      due: group.due,
      who: `${formatNumberVi(group.units.length)} đơn vị: ${names(group.units)}`,
    })),
    overdueMore: Math.max(0, groups.length - BRIEF_OVERDUE_LINES),
    priorities: homePrioritiesView(model),
  };
}

/** A unit page's brief: its figures, its scorecard's on-time rate, its overdue tasks and its 3 priorities. */
export interface UnitBriefView extends BriefView {
  priorities: UnitPrioritiesView | undefined;
  scorecard: ScorecardView | undefined;
}

export function unitBriefView(model: PortalModel, unit: Unit): UnitBriefView {
  const progress = model.progress.units.get(unit.id);
  const scorecard = unitScorecard(model, unit);
  const late = progress?.late ?? [];
  return {
    subject: unit.name,
    asOf: model.site.asOf,
    figures: progress && progress.assignments.length > 0
      ? [
          { value: percentLabel(progress.completion), label: 'tỷ lệ hoàn thành' },
          { value: leadDone(progress.counts).figure, label: 'chỉ số chủ trì hoàn thành' },
          { value: formatNumberVi(progress.counts.overdue), label: 'quá hạn' },
          ...(scorecard ? [{ value: scorecard.onTimeLabel, label: 'đúng hạn' }] : []),
        ]
      : [],
    overdue: late.slice(0, BRIEF_OVERDUE_LINES).map((assignment) => ({
      href: routes.indicator(assignment.indicator.id),
      label: `${assignment.indicator.id}: ${inlineEmphasisToText(assignment.indicator.title)}`,
      due: assignment.due,
      who: '',
    })),
    overdueMore: Math.max(0, late.length - BRIEF_OVERDUE_LINES),
    priorities: unitPrioritiesView(model, unit),
    scorecard,
  };
}
