/** /du-lieu/bao-cao/<indicator>.csv: the rows of bao-cao.csv for one indicator (src/lib/open-data/indicator-reports.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal.ts';
import { CONTENT_TYPES } from '../../../lib/open-data/files.ts';
import { indicatorsWithReportsFile, renderIndicatorReportsFile } from '../../../lib/open-data/indicator-reports.ts';
import { createOpenDataInput } from '../../../lib/open-data/input.ts';
import { indicatorIdToSlug } from '../../../lib/plan/indicator-id.ts';

export const getStaticPaths = (() =>
  indicatorsWithReportsFile(getPortal()).map((id) => ({
    params: { indicator: indicatorIdToSlug(id) },
    props: { id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const model = getPortal();
  const file = renderIndicatorReportsFile((props as { id: string }).id, createOpenDataInput(model, site?.href ?? model.site.baseUrl));
  return new Response(new TextEncoder().encode(file.body), { headers: { 'Content-Type': CONTENT_TYPES.csv } });
};
