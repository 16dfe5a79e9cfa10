/** /du-lieu/bao-cao/<indicator>.csv: the rows of bao-cao.csv for one indicator (src/lib/open-data/indicator-reports.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal.ts';
import type { OpenDataInput } from '../../../lib/open-data/columns.ts';
import { CONTENT_TYPES } from '../../../lib/open-data/files.ts';
import { indicatorsWithReportsFile, renderIndicatorReportsFile } from '../../../lib/open-data/indicator-reports.ts';
import { createOpenDataInput } from '../../../lib/open-data/input.ts';
import { indicatorIdToSlug } from '../../../lib/plan/indicator-id.ts';

export const getStaticPaths = (() =>
  indicatorsWithReportsFile(getPortal()).map((id) => ({
    params: { indicator: indicatorIdToSlug(id) },
    props: { id },
  }))) satisfies GetStaticPaths;

// One input for the ~80 files of a build: it computes the ward matrix, 1,600 × 8 cells at province scale.
const inputs = new WeakMap<object, Map<string, OpenDataInput>>();

export const GET: APIRoute = ({ props, site }) => {
  const model = getPortal();
  const origin = site?.href ?? model.site.baseUrl;
  const byOrigin = inputs.get(model) ?? new Map<string, OpenDataInput>();
  inputs.set(model, byOrigin);
  const input = byOrigin.get(origin) ?? createOpenDataInput(model, origin);
  byOrigin.set(origin, input);
  const file = renderIndicatorReportsFile((props as { id: string }).id, input);
  return new Response(new TextEncoder().encode(file.body), { headers: { 'Content-Type': CONTENT_TYPES.csv } });
};
