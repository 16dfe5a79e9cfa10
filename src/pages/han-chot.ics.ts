import type { APIRoute } from 'astro';
import { getPortal } from '../data/portal.ts';
import { cityDeadlineEvents } from '../lib/calendar/events.ts';
import { writeCalendar } from '../lib/calendar/ics.ts';

/** The city's deadline calendar (iCalendar): every task indicator that falls due. */
export const GET: APIRoute = (context) => {
  const model = getPortal();
  const body = writeCalendar({
    name: `Hạn chót — ${model.site.name}`,
    description: `Hạn chót các chỉ số của Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year} của ${model.site.cityKind} ${model.site.city}.`,
    stamp: model.site.asOf,
    origin: context.site?.href ?? model.site.baseUrl,
    events: cityDeadlineEvents(model),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
