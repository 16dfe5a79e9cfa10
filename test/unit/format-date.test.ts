import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  daysInMonth,
  formatDateVi,
  formatMonthVi,
  isIsoDate,
  isLeapYear,
  toIsoDate,
} from '../../src/lib/format/date.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2024-10-15', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['0000-01-01', false],
    ['2024-2-9', false],
    ['29/02/2024', false],
    ['2024-02-29T00:00:00Z', false],
    [' 2024-02-29', false],
    ['２０２４-02-29', false],
    ['', false],
    [20240229, false],
    [new Date('2024-02-29'), false],
  ])('isIsoDate(%j) is %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('calendar helpers', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) is %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2024, 4, 30],
    [2024, 12, 31],
    [2024, 0, 0],
    [2024, 13, 0],
    [2024, 1.5, 0],
  ])('daysInMonth(%i, %s) is %i', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });

  it.each([
    [2024, 2, 29, '2024-02-29'],
    [2024, 2, 30, undefined],
    [2024, 10, 1, '2024-10-01'],
    [10000, 1, 1, undefined],
    [0, 1, 1, undefined],
  ])('toIsoDate(%i, %i, %i) is %j', (y, m, d, expected) => {
    expect(toIsoDate(y, m, d)).toBe(expected);
  });
});

describe('formatDateVi', () => {
  it.each([
    ['2024-02-29', '29/02/2024'],
    ['2024-10-15', '15/10/2024'],
    ['2024-01-01', '01/01/2024'],
    ['2024-12-31', '31/12/2024'],
  ])('formats %s as %s, whatever the time zone', (iso, expected) => {
    expect(formatDateVi(iso)).toBe(expected);
  });

  it.each([['2024-02-30'], ['29/02/2024'], ['2024-02-29T23:00:00+07:00'], ['']])(
    'rejects %j',
    (input) => {
      expect(() => formatDateVi(input)).toThrow(
        new TypeError(
          `formatDateVi: ngày không hợp lệ: ${JSON.stringify(input)}. ` +
            'Cần một ngày có thật theo dạng YYYY-MM-DD, ví dụ "2024-02-29".',
        ),
      );
    },
  );
});

describe('formatMonthVi', () => {
  it.each([
    ['2024-02', 'tháng 02/2024'],
    ['2024-10', 'tháng 10/2024'],
    ['2024-10-31', 'tháng 10/2024'],
  ])('formats %s as %s', (input, expected) => {
    const text = formatMonthVi(input);
    expect(text).toBe(expected);
    expect(text.normalize('NFC')).toBe(text);
  });

  it.each([['2024-13'], ['2024-00'], ['2024-2'], ['02/2024'], ['2024-02-30'], ['0000-01']])(
    'rejects %j',
    (input) => {
      expect(() => formatMonthVi(input)).toThrow(
        new TypeError(
          `formatMonthVi: tháng không hợp lệ: ${JSON.stringify(input)}. Cần dạng YYYY-MM, ví dụ "2024-02".`,
        ),
      );
    },
  );
});

describe('compareIsoDates', () => {
  it.each([
    ['2024-02-29', '2024-03-01', -1],
    ['2024-10-15', '2024-10-15', 0],
    ['2025-01-01', '2024-12-31', 1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });

  it('sorts deadlines of the appendix', () => {
    expect(['2024-10-15', '2024-02-29', '2024-06-30', '2024-03-31'].sort(compareIsoDates)).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-06-30',
      '2024-10-15',
    ]);
  });

  it('rejects an impossible date', () => {
    expect(() => compareIsoDates('2024-02-30', '2024-03-01')).toThrow(TypeError);
  });
});
