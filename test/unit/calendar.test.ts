import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cityDeadlineEvents, dueOf, unitDeadlineEvents } from '../../src/lib/calendar/events.ts';
import { writeCalendar } from '../../src/lib/calendar/ics.ts';
import { calendarLinks } from '../../src/lib/calendar/links.ts';
import { pageSafetyProblems } from '../helpers/page-safety.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';

const model = createPortalModel(loadPortalContentFromDir('content'));
const origin = 'https://chuyendoiso.bacgiang.example/';

/** Parses with ical.js (Mozilla's RFC 5545 parser): throws on a malformed file. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const unitCalendar = (unitId: string) => {
  const unit = model.getUnit(unitId)!;
  return writeCalendar({ name: `Hạn chót — ${unit.name}`, description: 'Lịch', stamp: model.site.asOf, origin, events: unitDeadlineEvents(model, unit) });
};

describe('dueOf', () => {
  it.each([
    ['hạn chót', { text: 'Trước 29/02/2024', kind: 'deadline' as const, due: '2024-02-29' }, { date: '2024-02-29' }],
    ['cuối khoảng thời gian', { text: 'Từ tháng 3 đến tháng 10/2024', kind: 'window' as const, start: '2024-03-01', due: '2024-10-31' }, { date: '2024-10-31' }],
    ['hằng tuần: từ thứ Hai đầu tiên của năm', { text: 'Thường xuyên hàng tuần', kind: 'recurring' as const, cadence: { count: 1, per: 'week' as const } }, { date: '2024-01-01', recurrence: { freq: 'WEEKLY', interval: 1, until: '2024-12-31' } }],
    ['hằng tháng: ngày cuối mỗi tháng', { text: 'Hằng tháng', kind: 'recurring' as const, cadence: { count: 1, per: 'month' as const }, start: '2024-02-10' }, { date: '2024-02-29', recurrence: { freq: 'MONTHLY', interval: 1, byMonthDay: -1, until: '2024-12-31' } }],
    ['hằng quý: ngày cuối mỗi quý', { text: 'ít nhất 1 cuộc/ Quý', kind: 'recurring' as const, cadence: { count: 1, per: 'quarter' as const } }, { date: '2024-03-31', recurrence: { freq: 'MONTHLY', interval: 3, byMonthDay: -1, until: '2024-12-31' } }],
    ['hằng năm: không lặp', { text: 'Hằng năm', kind: 'recurring' as const, cadence: { count: 1, per: 'year' as const } }, undefined],
    ['thường xuyên, không rõ tần suất', { text: 'Thường xuyên', kind: 'recurring' as const }, undefined],
    ['khi có yêu cầu', { text: 'Khi có yêu cầu', kind: 'on-demand' as const }, undefined],
    ['đã ban hành', { text: 'Đã ban hành', kind: 'done' as const }, undefined],
  ])('%s', (_, timeframe, expected) => {
    expect(dueOf({ timeframe }, 2024)).toEqual(expected);
  });
});

describe('deadline calendars of the shipped content', () => {
  it('the city calendar parses, with one event per dated or recurring task indicator', () => {
    const events = cityDeadlineEvents(model);
    const leaves = model.indicators.filter((indicator) => model.childrenOf(indicator).length === 0 && dueOf(indicator, model.site.year));
    expect(events).toHaveLength(leaves.length);
    expect(events.length).toBeGreaterThan(40);
    const parsed = parse(writeCalendar({ name: 'Hạn chót', description: 'Lịch', stamp: model.site.asOf, origin, events }));
    expect(parsed.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
  });

  it.each(model.units.filter((unit) => (model.progress.units.get(unit.id)?.assignments.length ?? 0) > 0).map((unit) => unit.id))(
    '%s: parses, one event per task that falls due, each linking to its indicator page',
    (unitId) => {
      const unit = model.getUnit(unitId)!;
      const tasks = model.progress.units.get(unitId)!.assignments.filter((assignment) => dueOf(assignment.indicator, model.site.year));
      const parsed = parse(unitCalendar(unitId));
      expect(parsed).toHaveLength(tasks.length);
      for (const [index, event] of parsed.entries()) {
        const indicator = tasks[index]!.indicator;
        expect(event.summary).toContain(`Hạn chỉ số ${indicator.id}:`);
        expect(event.startDate.isDate).toBe(true);
        expect(event.component.getFirstPropertyValue('url')).toBe(`${origin}chi-so/${indicator.id.replaceAll('.', '-')}/`);
        expect(event.uid).toMatch(new RegExp(`^han-chot-${unit.id}-`));
      }
    },
  );

  it('writes weekly and quarterly cadences as RRULEs that a parser expands', () => {
    const events = cityDeadlineEvents(model).filter((event) => event.recurrence);
    expect(events.map((event) => event.recurrence?.freq).sort()).toEqual(['MONTHLY', 'WEEKLY', 'WEEKLY']);
    const [quarterly] = parse(writeCalendar({ name: 'x', description: 'x', stamp: model.site.asOf, origin, events: events.filter((event) => event.recurrence?.freq === 'MONTHLY') }));
    const iterator = quarterly!.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    expect(dates).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('is byte-identical across two builds, with CRLF lines of at most 75 octets and DTSTAMP from asOf', () => {
    const first = unitCalendar('phuong-tran-phu');
    const again = createPortalModel(loadPortalContentFromDir('content'));
    const unit = again.getUnit('phuong-tran-phu')!;
    expect(writeCalendar({ name: `Hạn chót — ${unit.name}`, description: 'Lịch', stamp: again.site.asOf, origin, events: unitDeadlineEvents(again, unit) })).toBe(first);
    expect(first.endsWith('\r\n')).toBe(true);
    const lines = first.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines.filter((line) => line.startsWith('DTSTAMP:'))).toEqual(lines.filter((line) => line === 'DTSTAMP:20241015T000000Z'));
  });

  it('escapes TEXT values: a title with ; , and a line break reads back unchanged', () => {
    const summary = 'Hạn chót; báo cáo, tổng hợp\\kết quả';
    const description = 'Dòng một\nDòng hai';
    const [event] = parse(writeCalendar({ name: 'x', description: 'x', stamp: '2024-10-15', origin, events: [{ uid: 'u@x', date: '2024-03-31', summary, description, path: '/chi-so/1-4/' }] }));
    expect(event?.summary).toBe(summary);
    expect(event?.description).toBe(description);
  });
});

describe('calendarLinks', () => {
  it('gives the https address and the same as webcal:', () => {
    expect(calendarLinks('/don-vi/phuong-tran-phu/han-chot.ics', origin)).toEqual({
      https: 'https://chuyendoiso.bacgiang.example/don-vi/phuong-tran-phu/han-chot.ics',
      webcal: 'webcal://chuyendoiso.bacgiang.example/don-vi/phuong-tran-phu/han-chot.ics',
    });
  });
});

describe('the page safety gate and calendar links (issue 12)', () => {
  it.each([
    ['webcal://chuyendoiso.bacgiang.example/don-vi/phuong-tran-phu/han-chot.ics', []],
    ['webcal://lich.example/han-chot.ics', ['<a href="webcal://lich.example/han-chot.ics"> (other-scheme)']],
    ['webcal://chuyendoiso.bacgiang.example/don-vi/', ['<a href="webcal://chuyendoiso.bacgiang.example/don-vi/"> (other-scheme)']],
  ])('%s', (href, expected) => {
    expect(pageSafetyProblems(`<a href="${href}">Thêm vào lịch</a>`, `${origin}don-vi/phuong-tran-phu/`)).toEqual(expected);
  });
});
