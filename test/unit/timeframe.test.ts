import { describe, expect, it } from 'vitest';
import {
  CADENCE_PERIODS,
  TIMEFRAME_KINDS,
  lastDayOfMonth,
  lastDayOfQuarter,
  parseCadence,
  parseTimeframe,
  type ParsedTimeframe,
} from '../../src/lib/content/schemas/timeframe.ts';

const YEAR_2024: ParsedTimeframe = { kind: 'window', start: '2024-01-01', due: '2024-12-31' };
const Q1: ParsedTimeframe = { kind: 'deadline', due: '2024-03-31' };
const Q2: ParsedTimeframe = { kind: 'deadline', due: '2024-06-30' };
const MARCH_TO_OCTOBER: ParsedTimeframe = {
  kind: 'window',
  start: '2024-03-01',
  due: '2024-10-31',
};
const RECURRING: ParsedTimeframe = { kind: 'recurring' };
const ON_DEMAND: ParsedTimeframe = { kind: 'on-demand' };

/**
 * Every distinct "Thời gian thực hiện" of the seed's appendix (27 strings,
 * tags included), copied verbatim, with the rows that use it.
 */
const SEED_TIMEFRAMES: ReadonlyArray<[string, ParsedTimeframe]> = [
  ['Kiện toàn kịp thời khi có sự thay đổi', ON_DEMAND], // 1.1
  ['Khi tổ chức hội nghị hoặc ban hành văn bản', ON_DEMAND], // 1.2
  ['Khi có yêu cầu', ON_DEMAND], // 1.2.1
  ['ít nhất 1 cuộc/ Quý', { kind: 'recurring', cadence: { count: 1, per: 'quarter' } }], // 1.2.2
  ['Thực hiện theo chỉ đạo của Trung ương, tỉnh,', ON_DEMAND], // 1.3
  ['Thường xuyên', RECURRING], // 1.4, 1.5, 1.7, 1.8, … (17 rows)
  ['Thường xuyên hàng tuần', { kind: 'recurring', cadence: { count: 1, per: 'week' } }], // 1.6
  ['Đã ban hành', { kind: 'done' }], // 2.1, 2.2, 4.1, 4.2
  ['Trong tháng 02/2024', { kind: 'window', start: '2024-02-01', due: '2024-02-29' }], // 2.3
  ['Tham gia khi có triệu tập', ON_DEMAND], // 2.4
  ['Trước Quý I/2024', Q1], // 2.5, 2.7
  ['Từ tháng 3 đến tháng 10/2024', MARCH_TO_OCTOBER], // 2.6
  ['Trong quý I/2024, khi có chỉ đạo của Trung ương, tỉnh', Q1], // 2.8
  ['Quý I/2024', Q1], // 2.9, 6.1, 6.2, 6.3
  ['Trước 10/10/2024', { kind: 'deadline', due: '2024-10-10' }], // 3.1, 3.2, 3.3
  ['Năm 2024', YEAR_2024], // 3.5, 6.11, 6.12, 7.x, 8.x (17 rows)
  ['Trước 29/02/2024', { kind: 'deadline', due: '2024-02-29' }], // 4.3, 4.4
  ['Tháng 3 đến tháng 10/2024', MARCH_TO_OCTOBER], // 4.5
  ['Xong trước 15/10/2024', { kind: 'deadline', due: '2024-10-15' }], // 4.6
  ['Thực hiện theo chỉ đạo của Bộ', ON_DEMAND], // 4.7
  ['Trước Quý II/2024', Q2], // 5.1, 5.2
  ['<i>Cả năm</i>', YEAR_2024], // 5.5.1, 5.5.2
  ['<i>Thực hiện theo tỉnh</i>', ON_DEMAND], // 5.5.3, 5.5.4, 5.5.5
  ['<i>Năm 2024</i>', YEAR_2024], // 5.5.6
  ['<i>Thường xuyên</i>', RECURRING], // 5.5.7
  ['Cả năm 2024', YEAR_2024], // 6.4–6.8
  ['Quý II/2024', Q2], // 6.9, 6.10
];

describe('parseTimeframe: every phrase of the seed appendix', () => {
  it('has 27 distinct phrases', () => {
    expect(new Set(SEED_TIMEFRAMES.map(([text]) => text)).size).toBe(27);
  });

  it.each(SEED_TIMEFRAMES)('%j', (text, expected) => {
    expect(parseTimeframe(text, 2024)).toStrictEqual(expected);
  });

  it.each(SEED_TIMEFRAMES)('NFD input %j reads the same', (text, expected) => {
    expect(parseTimeframe(text.normalize('NFD'), 2024)).toStrictEqual(expected);
  });

  it.each(SEED_TIMEFRAMES)('upper-case input %j reads the same', (text, expected) => {
    expect(parseTimeframe(text.toUpperCase(), 2024)).toStrictEqual(expected);
  });

  it('only uses declared kinds and periods', () => {
    for (const [text] of SEED_TIMEFRAMES) {
      const parsed = parseTimeframe(text, 2024);
      expect(TIMEFRAME_KINDS).toContain(parsed?.kind);
      if (parsed?.cadence) expect(CADENCE_PERIODS).toContain(parsed.cadence.per);
    }
  });
});

describe('parseTimeframe: other phrasings', () => {
  it.each<[string, ParsedTimeframe]>([
    ['trước 29/2/2024', { kind: 'deadline', due: '2024-02-29' }],
    ['Trước ngày 15/10/2024', { kind: 'deadline', due: '2024-10-15' }],
    ['Hoàn thành trước 31.12.2024', { kind: 'deadline', due: '2024-12-31' }],
    ['Chậm nhất 30/6/2024', { kind: 'deadline', due: '2024-06-30' }],
    ['Trước 15/10 hàng năm', { kind: 'deadline', due: '2024-10-15' }],
    ['Trước 15/10', { kind: 'deadline', due: '2024-10-15' }],
    ['Quý 1/2024', Q1],
    ['quý III/2024', { kind: 'deadline', due: '2024-09-30' }],
    ['Quý IV năm 2024', { kind: 'deadline', due: '2024-12-31' }],
    ['Trước quý 4/2025', { kind: 'deadline', due: '2025-12-31' }],
    ['Quý II', Q2],
    ['Trong tháng 02/2023', { kind: 'window', start: '2023-02-01', due: '2023-02-28' }],
    ['Trong tháng 2/2000', { kind: 'window', start: '2000-02-01', due: '2000-02-29' }],
    ['Trong tháng 02/1900', { kind: 'window', start: '1900-02-01', due: '1900-02-28' }],
    ['Tháng 11/2024', { kind: 'window', start: '2024-11-01', due: '2024-11-30' }],
    ['Đến hết tháng 10/2024', { kind: 'deadline', due: '2024-10-31' }],
    ['Tháng 3 – tháng 10/2024', MARCH_TO_OCTOBER],
    ['tháng 3-10/2024', MARCH_TO_OCTOBER],
    ['Từ tháng 3 đến hết tháng 10/2024', MARCH_TO_OCTOBER],
    [
      'Từ tháng 11/2024 đến tháng 2/2025',
      { kind: 'window', start: '2024-11-01', due: '2025-02-28' },
    ],
    ['Tháng 3 đến tháng 10', MARCH_TO_OCTOBER],
    ['Trong năm 2024', YEAR_2024],
    ['Cả năm', YEAR_2024],
    ['Đến hết năm 2024', { kind: 'deadline', due: '2024-12-31' }],
    ['Thường xuyên, 1 lần/tuần', { kind: 'recurring', cadence: { count: 1, per: 'week' } }],
    ['1 lần/tuần', { kind: 'recurring', cadence: { count: 1, per: 'week' } }],
    ['1 lần/1 tuần', { kind: 'recurring', cadence: { count: 1, per: 'week' } }],
    ['từ 1 tuần/1 lần', { kind: 'recurring', cadence: { count: 1, per: 'week' } }],
    ['Hàng tháng', { kind: 'recurring', cadence: { count: 1, per: 'month' } }],
    ['Hằng năm', { kind: 'recurring', cadence: { count: 1, per: 'year' } }],
    ['Định kỳ hằng quý', { kind: 'recurring', cadence: { count: 1, per: 'quarter' } }],
    ['Mỗi tuần', { kind: 'recurring', cadence: { count: 1, per: 'week' } }],
    ['Định kỳ', RECURRING],
    ['2 lần/tháng', { kind: 'recurring', cadence: { count: 2, per: 'month' } }],
    ['ít nhất hai buổi mỗi quý', { kind: 'recurring', cadence: { count: 2, per: 'quarter' } }],
    ['1 lần/6 tháng', { kind: 'recurring', cadence: { count: 2, per: 'year' } }],
    ['Đã hoàn thành', { kind: 'done' }],
    ['Đã ban hành năm 2021', { kind: 'done' }],
    ['Khi cần', ON_DEMAND],
    ['Theo yêu cầu của tỉnh', ON_DEMAND],
    ['Đột xuất', ON_DEMAND],
    ['  <i>Khi có yêu cầu</i>.  ', ON_DEMAND],
    ['*Thực hiện theo tỉnh*', ON_DEMAND], // the seed's <i> as Markdown
    ['*Cả năm*', YEAR_2024],
    ['**Quý I/2024**', Q1],
  ])('%j', (text, expected) => {
    expect(parseTimeframe(text, 2024)).toStrictEqual(expected);
  });

  it('takes the plan year for phrases without one', () => {
    expect(parseTimeframe('Cả năm', 2025)).toStrictEqual({
      kind: 'window',
      start: '2025-01-01',
      due: '2025-12-31',
    });
    expect(parseTimeframe('Quý I', 2028)).toStrictEqual({ kind: 'deadline', due: '2028-03-31' });
    expect(parseTimeframe('Trước 29/02', 2023)).toBeUndefined();
  });
});

describe('parseTimeframe: not recognised', () => {
  it.each([
    ['Trước 30/02/2024'], // no such day
    ['Trước 29/02/2023'], // 2023 is not a leap year
    ['Trước 31/04/2024'],
    ['Trước 00/10/2024'],
    ['Trước 15/13/2024'],
    ['Trước 30/02/2024, khi có yêu cầu'], // an impossible date is never rescued by the tail
    ['Quý V/2024'],
    ['Quý 0/2024'],
    ['Trong tháng 13/2024'],
    ['Tháng 10 đến tháng 3/2024'], // window ends before it starts
    ['Năm 0000'],
    ['Trước tháng 10/2024'], // "before October": ambiguous, left to the editor
    ['Thường xuyên hàng ngày'], // no 'day' period
    ['1 lần/2 tuần'], // every other week cannot be expressed
    ['Sớm nhất có thể'],
    ['2024'],
    ['Năm'],
    [''],
    ['   '],
    ['<i></i>'],
  ])('%j', (text) => {
    expect(parseTimeframe(text, 2024)).toBeUndefined();
  });

  it('rejects a non-string text and a bad plan year', () => {
    expect(() => parseTimeframe(undefined as unknown as string, 2024)).toThrow(TypeError);
    expect(() => parseTimeframe('Cả năm', 2024.5)).toThrow(RangeError);
    expect(() => parseTimeframe('Cả năm', 0)).toThrow(RangeError);
  });
});

describe('parseCadence', () => {
  it.each([
    ['Tần suất phát sóng từ 1 lần/1 tuần', { count: 1, per: 'week' }], // evidence of 1.8
    ['Tần suất phát sóng từ 1 tuần/1 lần', { count: 1, per: 'week' }], // evidence of 1.6
    ['ít nhất 1 cuộc/ Quý', { count: 1, per: 'quarter' }],
    ['Thường xuyên hàng tuần', { count: 1, per: 'week' }],
    ['HẰNG THÁNG', { count: 1, per: 'month' }],
    ['Phát 3 bản tin/tháng trên đài', { count: 3, per: 'month' }],
    ['1 lần/3 tháng', { count: 1, per: 'quarter' }],
    ['1 lần/12 tháng', { count: 1, per: 'year' }],
    ['2 lần trong 1 năm', { count: 2, per: 'year' }],
    ['Tần suất phát sóng từ 1 lần/1 tuần'.normalize('NFD'), { count: 1, per: 'week' }],
  ])('%j → %j', (text, expected) => {
    expect(parseCadence(text)).toStrictEqual(expected);
  });

  it.each([
    ['Thường xuyên'],
    ['hàng ngày'],
    ['1 lần/2 tuần'],
    ['Tổ chức từ 1-2 lớp tập huấn cho toàn thể cán bộ'],
    ['Ngân hàng năm 2024'],
    ['Trước 15/10/2024'],
    ['0 lần/tuần'],
  ])('%j has no cadence', (text) => {
    expect(parseCadence(text)).toBeUndefined();
  });
});

describe('lastDayOfMonth and lastDayOfQuarter', () => {
  it.each([
    [2024, 1, '2024-01-31'],
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [2000, 2, '2000-02-29'],
    [2100, 2, '2100-02-28'],
    [2024, 4, '2024-04-30'],
    [2024, 12, '2024-12-31'],
  ])('lastDayOfMonth(%i, %i) is %s', (year, month, expected) => {
    expect(lastDayOfMonth(year, month)).toBe(expected);
  });

  it.each([
    [2024, 1, '2024-03-31'],
    [2024, 2, '2024-06-30'],
    [2024, 3, '2024-09-30'],
    [2024, 4, '2024-12-31'],
  ])('lastDayOfQuarter(%i, %i) is %s', (year, quarter, expected) => {
    expect(lastDayOfQuarter(year, quarter)).toBe(expected);
  });

  it.each([
    ['lastDayOfMonth(2024, 0)', () => lastDayOfMonth(2024, 0)],
    ['lastDayOfMonth(2024, 13)', () => lastDayOfMonth(2024, 13)],
    ['lastDayOfMonth(0, 1)', () => lastDayOfMonth(0, 1)],
    ['lastDayOfMonth(2024, 1.5)', () => lastDayOfMonth(2024, 1.5)],
    ['lastDayOfQuarter(2024, 0)', () => lastDayOfQuarter(2024, 0)],
    ['lastDayOfQuarter(2024, 5)', () => lastDayOfQuarter(2024, 5)],
  ])('%s throws a RangeError', (_call, call) => {
    expect(call).toThrow(RangeError);
  });
});
