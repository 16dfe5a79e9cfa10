/**
 * Writes deadline events as an iCalendar file (RFC 5545) with ical-generator,
 * which escapes TEXT values and folds lines at 75 octets. Everything written comes
 * from content: DTSTAMP is `asOf` (ADR 10: two builds of the same content are
 * byte-identical), and the events are all-day dates, so no time zone is involved.
 */
import ical from 'ical-generator';
import { absoluteUrl } from '../routes.ts';
import type { DeadlineEvent, Recurrence } from './events.ts';

export interface CalendarInput {
  /** The calendar's name in the reader's app, e.g. "Hạn chót — Phường Trần Phú". */
  name: string;
  description: string;
  /** YYYY-MM-DD, written as DTSTAMP of every event (the date the figures are computed against). */
  stamp: string;
  /** The public origin the indicator links point to. */
  origin: string;
  events: readonly DeadlineEvent[];
}

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** An RRULE whose UNTIL is a DATE, as RFC 5545 requires when DTSTART is a DATE. */
export function rruleOf(recurrence: Recurrence): string {
  return [
    `FREQ=${recurrence.freq}`,
    ...(recurrence.interval > 1 ? [`INTERVAL=${recurrence.interval}`] : []),
    ...(recurrence.byMonthDay ? [`BYMONTHDAY=${recurrence.byMonthDay}`] : []),
    `UNTIL=${recurrence.until.replaceAll('-', '')}`,
  ].join(';');
}

/**
 * The calendar's text, CRLF line ends included.
 * @example
 * writeCalendar({ name: 'Hạn chót', description: '…', stamp: '2024-10-15', origin: 'https://example.vn', events }).startsWith('BEGIN:VCALENDAR\r\n'); // true
 */
export function writeCalendar(input: CalendarInput): string {
  const calendar = ical({
    prodId: { company: 'dti-portal', product: 'han-chot', language: 'VI' },
    name: input.name,
    description: input.description,
  });
  const stamp = utcDay(input.stamp);
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      start: utcDay(event.date),
      allDay: true,
      summary: event.summary,
      description: event.description,
      url: absoluteUrl(event.path, input.origin),
      stamp,
      ...(event.recurrence && { repeating: rruleOf(event.recurrence) }),
    });
  }
  const text = calendar.toString();
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
