/** The wards and communes the comparison takes from the model, and their matrix, built once per model. */
import { RANKED_KINDS } from '../dashboard/ranking.ts';
import type { PortalModel } from '../portal/model.ts';
import type { UnitProgress } from '../progress/rollup.ts';
import { pillarMatrix, type PillarMatrix } from './matrix.ts';
import { memoized } from '../memo.ts';

/** The wards and communes active in the plan year, by kind then name, with their progress. */
export function comparedUnits(model: PortalModel): UnitProgress[] {
  return model
    .unitsByKind()
    .filter((entry) => RANKED_KINDS.includes(entry.kind))
    .flatMap((entry) => entry.units)
    .flatMap((unit) => model.progress.units.get(unit.id) ?? []);
}

/** The matrix /don-vi/so-sanh/ and du-lieu/so-sanh-phuong-xa.csv both read. */
export const wardMatrixOf = memoized((model: PortalModel): PillarMatrix => pillarMatrix(comparedUnits(model), model.pillars));
