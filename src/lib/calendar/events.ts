/**
 * The deadline calendars' events (/han-chot.ics, /don-vi/<unit>/han-chot.ics), from
 * the model: one event per dated deadline or window end, and one repeating event
 * per weekly, monthly or quarterly cadence. Pure; ics.ts writes them (RFC 5545).
 *
 * UIDs are made of the unit, the indicator and the date, never of the build, so a
 * calendar app that subscribed updates its events instead of adding them again.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { lastDayOfMonth } from '../format/date.ts';
import { indicatorIdToSlug } from '../plan/indicator-id.ts';
import type { PortalModel } from '../portal/model.ts';
import { routes } from '../routes.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';

/** How an event repeats, written as an RRULE. */
export interface Recurrence {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** -1: the last day of the month. */
  byMonthDay?: -1;
  /** The last day it may occur (a DATE, as the event is all-day). */
  until: string;
}

/** One all-day event. */
export interface DeadlineEvent {
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  /** Root-relative address of the indicator page. */
  path: string;
  recurrence?: Recurrence | undefined;
}

const compact = (date: string) => date.replaceAll('-', '');

/** The first day on or after `date` that is a Monday (weekly tasks are due each week from then). */
function firstMondayFrom(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (8 - day.getUTCDay()) % 7;
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

/** The end of the first month (or quarter) at or after `date`. */
function firstPeriodEnd(date: string, months: 1 | 3): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const end = months === 1 ? month : Math.ceil(month / 3) * 3;
  return lastDayOfMonth(year, end);
}

/**
 * When an indicator falls due: its deadline or window end, or a recurrence for a
 * weekly, monthly or quarterly cadence within the plan year. Undefined otherwise
 * (done, on demand, yearly or undated).
 * @example
 * dueOf({ timeframe: { kind: 'recurring', cadence: { count: 1, per: 'quarter' }, text: '…' } }, 2024);
 * // { date: '2024-03-31', recurrence: { freq: 'MONTHLY', interval: 3, byMonthDay: -1, until: '2024-12-31' } }
 */
export function dueOf(indicator: Pick<Indicator, 'timeframe'>, year: number): { date: string; recurrence?: Recurrence } | undefined {
  const timeframe = indicator.timeframe;
  if (!timeframe) return undefined;
  if (timeframe.due && timeframe.kind !== 'recurring') return { date: timeframe.due };
  const per = timeframe.cadence?.per;
  if (timeframe.kind !== 'recurring' || (per !== 'week' && per !== 'month' && per !== 'quarter')) return timeframe.due ? { date: timeframe.due } : undefined;
  const from = timeframe.start ?? `${year}-01-01`;
  const until = timeframe.due ?? `${year}-12-31`;
  if (per === 'week') return { date: firstMondayFrom(from), recurrence: { freq: 'WEEKLY', interval: 1, until } };
  const months = per === 'month' ? 1 : 3;
  return { date: firstPeriodEnd(from, months), recurrence: { freq: 'MONTHLY', interval: months, byMonthDay: -1, until } };
}

const eventText = (indicator: Indicator, lines: string[]) =>
  [...lines, indicator.timeframe ? `Thời gian thực hiện: ${inlineEmphasisToText(indicator.timeframe.text)}` : ''].filter(Boolean).join('\n');

/** The host part of UIDs: the portal's own address, so two portals' UIDs never collide. */
const uidHost = (model: Pick<PortalModel, 'site'>) => new URL(model.site.baseUrl).hostname;

/**
 * A unit's calendar: one event per task (indicator it leads) that falls due.
 * @example unitDeadlineEvents(model, model.getUnit('phuong-tran-phu')!)[0].uid; // 'han-chot-phuong-tran-phu-1-2-1-20240331@chuyendoiso.bacgiang.example'
 */
export function unitDeadlineEvents(model: PortalModel, unit: Unit): DeadlineEvent[] {
  const tasks = model.progress.units.get(unit.id)?.assignments ?? [];
  return tasks.flatMap(({ indicator }) => {
    const due = dueOf(indicator, model.site.year);
    if (!due) return [];
    const title = inlineEmphasisToText(indicator.title);
    return [
      {
        uid: `han-chot-${unit.id}-${indicatorIdToSlug(indicator.id)}-${compact(due.date)}@${uidHost(model)}`,
        date: due.date,
        summary: `Hạn chỉ số ${indicator.id}: ${title}`,
        description: eventText(indicator, [`${unit.name} chủ trì chỉ số ${indicator.id}: ${title}.`]),
        path: routes.indicator(indicator.id),
        recurrence: due.recurrence,
      },
    ];
  });
}

/**
 * The city's calendar: one event per task indicator (one with lead units, no sub-indicators) that falls due.
 * @example cityDeadlineEvents(model).length; // every dated or recurring task indicator
 */
export function cityDeadlineEvents(model: PortalModel): DeadlineEvent[] {
  return model.indicators.flatMap((indicator) => {
    if (model.childrenOf(indicator).length > 0) return [];
    const due = dueOf(indicator, model.site.year);
    if (!due) return [];
    const title = inlineEmphasisToText(indicator.title);
    const leads = model.resolveRefs(indicator.lead).map((ref) => (ref.type === 'unit' ? ref.unit.name : ref.group.name));
    return [
      {
        uid: `han-chot-${indicatorIdToSlug(indicator.id)}-${compact(due.date)}@${uidHost(model)}`,
        date: due.date,
        summary: `Hạn chỉ số ${indicator.id}: ${title}`,
        description: eventText(indicator, [leads.length > 0 ? `Chủ trì: ${leads.join('; ')}.` : '']),
        path: routes.indicator(indicator.id),
        recurrence: due.recurrence,
      },
    ];
  });
}
