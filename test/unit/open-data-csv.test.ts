import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv } from '../../src/lib/open-data/csv.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('csvField', () => {
  it.each<[Parameters<typeof csvField>[0], string]>([
    ['xa-dong-son', 'xa-dong-son'],
    ['Xã Đồng Sơn', 'Xã Đồng Sơn'],
    ['Phòng TC-KH, UBND phường', '"Phòng TC-KH, UBND phường"'],
    ['Cổng "Một cửa"', '"Cổng ""Một cửa"""'],
    ['"', '""""'],
    ['dòng một\ndòng hai', '"dòng một\ndòng hai"'],
    ['dòng một\r\ndòng hai', '"dòng một\r\ndòng hai"'],
    ['cuối\r', '"cuối\r"'],
    [' có khoảng trắng ', ' có khoảng trắng '],
    ['', ''],
    [59.4, '59.4'],
    [100, '100'],
    [0, '0'],
    [-0, '0'],
    [1234567.5, '1234567.5'],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes Vietnamese in NFC, whatever the input form', () => {
    const nfd = 'Đồng Sơn, Dĩnh Trì'.normalize('NFD');
    expect(csvField(nfd)).toBe('"Đồng Sơn, Dĩnh Trì"');
    expect(csvField(nfd).normalize('NFC')).toBe(csvField(nfd));
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('rejects %d', (value) => {
    expect(() => csvField(value)).toThrow(TypeError);
  });
});

describe('toCsv', () => {
  const header = ['unit_id', 'unit_name', 'completion_percent', 'note', 'demo'];
  const rows = [
    ['phuong-tran-phu', 'Phường Trần Phú', 75, 'Đang chờ ý kiến, "Đảng ủy" phường.\nDự kiến tháng 3.', true],
    ['xa-dong-son', 'Xã Đồng Sơn', 0, null, false],
    ['xa-dinh-tri', 'Xã Dĩnh Trì'.normalize('NFD'), 66.7, 'đ Đ ă â ê ô ơ ư ạ ả ã á à', false],
  ];
  const csv = toCsv(header, rows);

  it('starts with the UTF-8 byte-order mark, then the header', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(header.join(','));
  });

  it('ends every record with CRLF, the last one included, and uses no bare LF outside quotes', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
    expect(unquoted.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('round-trips Vietnamese text, commas, quotes and line breaks', () => {
    const parsed = parseCsv(csv);
    expect(parsed.bom).toBe(true);
    expect(parsed.header).toEqual(header);
    expect(parsed.records).toEqual([
      ['phuong-tran-phu', 'Phường Trần Phú', '75', 'Đang chờ ý kiến, "Đảng ủy" phường.\nDự kiến tháng 3.', 'true'],
      ['xa-dong-son', 'Xã Đồng Sơn', '0', '', 'false'],
      ['xa-dinh-tri', 'Xã Dĩnh Trì', '66.7', 'đ Đ ă â ê ô ơ ư ạ ả ã á à', 'false'],
    ]);
  });

  it('survives a UTF-8 encode and decode byte for byte', () => {
    const bytes = new TextEncoder().encode(csv);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow('dòng 1 có 1 ô, tiêu đề có 2 cột');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });
});
