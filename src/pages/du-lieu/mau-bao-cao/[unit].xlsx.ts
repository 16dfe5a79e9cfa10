/** /du-lieu/mau-bao-cao/<unit>.xlsx: a unit's progress-report template, for units that lead tasks (src/lib/reports-xlsx/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal.ts';
import { hasReportTemplate } from '../../../lib/reports-xlsx/rows.ts';
import { writeReportTemplate } from '../../../lib/reports-xlsx/write.ts';
import { reportTemplateKey } from '../../../lib/cache-keys/routes.ts';

export const getStaticPaths = (async () => {
  const model = await getPortal();
  return model.units.filter((unit) => hasReportTemplate(model, unit)).map((unit) => ({ params: { unit: unit.id }, props: { id: unit.id }, cacheKey: reportTemplateKey(model, unit) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const model = await getPortal();
  const unit = model.getUnit((props as { id: string }).id);
  if (!unit) throw new Error(`Không tìm thấy đơn vị ${(props as { id: string }).id}`);
  return new Response(await writeReportTemplate(model, unit), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
