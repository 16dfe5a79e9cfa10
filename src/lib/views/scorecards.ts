/** The scorecards of the units that lead tasks: on their pages and in one table on /don-vi/ (issue 16 §4). */
import type { Unit } from '../content/schemas/unit.ts';
import { percentLabel } from '../dashboard/percent.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import { taskStakes } from '../priorities/points.ts';
import { routes } from '../routes.ts';
import { scorecardOf, type Scorecard } from '../scorecards/scorecard.ts';
import { pointsLabel } from './priorities.ts';

export interface ScorecardView extends Scorecard {
  href: string;
  onTimeLabel: string;
  completionLabel: string;
  pointsLabel: string;
  /** "2 trong 3 nhiệm vụ đã đến hạn hoặc đã xong theo hạn được hoàn thành đúng hạn". */
  onTimeSentence: string;
}

const memo = new WeakMap<PortalModel, Map<string, ScorecardView>>();

/** A unit's scorecard; undefined for a unit that leads no task in the plan year. */
export function unitScorecard(model: PortalModel, unit: Pick<Unit, 'id'>): ScorecardView | undefined {
  let byUnit = memo.get(model);
  if (!byUnit) memo.set(model, (byUnit = new Map()));
  const cached = byUnit.get(unit.id);
  if (cached) return cached;
  const progress = model.progress.units.get(unit.id);
  if (!progress || progress.assignments.length === 0) return undefined;
  const card = scorecardOf(progress, taskStakes(model.progress, model.indicators), model.site.year);
  const judged = card.counts['on-time'] + card.counts.late + card.counts['open-overdue'];
  const view: ScorecardView = {
    ...card,
    href: routes.unit(unit.id),
    onTimeLabel: percentLabel(card.onTimeRate, 'Chưa có nhiệm vụ đến hạn'),
    completionLabel: percentLabel(card.completion),
    pointsLabel: pointsLabel(card.pointsAtStake),
    onTimeSentence:
      judged === 0
        ? 'Chưa có nhiệm vụ nào đến hạn hoặc hoàn thành theo hạn'
        : `${formatNumberVi(card.counts['on-time'])} trong ${formatNumberVi(judged)} nhiệm vụ đã đến hạn hoặc đã xong theo hạn được hoàn thành đúng hạn`,
  };
  byUnit.set(unit.id, view);
  return view;
}

/** Every unit active in the plan year that leads tasks, by kind then name, as /don-vi/ lists them. */
export function scorecardsView(model: PortalModel): ScorecardView[] {
  return model.unitsByKind().flatMap((entry) => entry.units.flatMap((unit) => unitScorecard(model, unit) ?? []));
}
