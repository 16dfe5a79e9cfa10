import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal.ts';
import { unitDeadlineEvents } from '../../../lib/calendar/events.ts';
import { writeCalendar } from '../../../lib/calendar/ics.ts';
import { unitCalendarKey } from '../../../lib/cache-keys/routes.ts';

/** One calendar per unit, including units with no dated task (an empty calendar is still one to subscribe to). */
export const getStaticPaths = (() => getPortal().units.map((unit) => ({ params: { slug: unit.id }, cacheKey: unitCalendarKey(getPortal(), unit) }))) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const model = getPortal();
  const unit = model.getUnit(context.params.slug ?? '');
  if (!unit) throw new Error(`Không tìm thấy đơn vị ${context.params.slug ?? ''}`);
  const body = writeCalendar({
    name: `Hạn chót — ${unit.name}`,
    description: `Hạn chót các chỉ số ${unit.name} chủ trì trong Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year}.`,
    stamp: model.site.asOf,
    origin: context.site?.href ?? model.site.baseUrl,
    events: unitDeadlineEvents(model, unit),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
