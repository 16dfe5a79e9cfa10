/** The open-data input taken from the portal model. */
import type { PortalModel } from '../portal/model.ts';
import type { OpenDataInput } from './columns.ts';
import { wardMatrixOf } from '../comparison/wards.ts';

/**
 * Picks what the datasets need from the model: units active in the plan year,
 * grouped by kind and sorted by name, as on /don-vi/.
 * @example renderAllFiles(createOpenDataInput(model, 'https://chuyendoiso.bacgiang.gov.vn'))
 */
export function createOpenDataInput(model: PortalModel, origin: string): OpenDataInput {
  return {
    site: model.site,
    origin,
    progress: model.progress,
    timeline: model.timeline,
    pillars: model.pillars,
    indicators: model.indicators,
    units: model.unitsByKind().flatMap((entry) => entry.units),
    wardMatrix: wardMatrixOf(model),
  };
}
