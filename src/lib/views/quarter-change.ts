/**
 * Change since the previous quarter end (issue 15) as the pages, images and tables show it: one computation
 * (src/lib/timeline/change.ts over model.timeline) for the city, each pillar and each unit.
 */
import type { PortalModel } from '../portal/model.ts';
import { changeSentence, changeSinceQuarter, placesLabel, pointsLabel, type ChangeLabel, type FigureChange } from '../timeline/change.ts';

export interface ChangeView {
  change: FigureChange;
  points?: ChangeLabel;
  /** Only for ranked units (wards and communes). */
  places?: ChangeLabel;
  /** The change in words, without arrows: "Tăng 5,2 điểm % so với 30/09/2024, lên 2 bậc". */
  sentence?: string;
}

function changeView(change: FigureChange | undefined): ChangeView | undefined {
  if (!change) return undefined;
  const points = pointsLabel(change);
  const places = placesLabel(change);
  const sentence = changeSentence(change);
  if (!points && !places) return undefined;
  return { change, ...(points ? { points } : {}), ...(places ? { places } : {}), ...(sentence ? { sentence } : {}) };
}

/** @example cityChange(model)?.points?.text // '14,7 điểm % so với 30/09/2024' */
export const cityChange = (model: PortalModel) => changeView(changeSinceQuarter(model.timeline, (snapshot) => snapshot.city));

export const pillarChange = (model: PortalModel, pillarId: number) => changeView(changeSinceQuarter(model.timeline, (snapshot) => snapshot.pillars.get(pillarId)));

export const unitChange = (model: PortalModel, unitId: string) => changeView(changeSinceQuarter(model.timeline, (snapshot) => snapshot.units.get(unitId)));
