import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/errors.ts';
import { decodeContentFile } from '../../src/lib/loading/load-fs.ts';
import { loadPortalContent } from '../../src/lib/loading/load.ts';
import { indicators, issuesOf, pillars, site, sources, units } from '../helpers/content-sources.ts';

describe('loadPortalContent', () => {
  it('accepts valid content and applies defaults', () => {
    const content = loadPortalContent(sources());
    expect(content.indicators.map((indicator) => indicator.id)).toEqual(['1.1', '1.2', '1.2.1']);
    expect(content.indicators[1]?.partners).toEqual([]);
    expect(content.units[0]?.aliases).toEqual([]);
  });

  it.each([
    {
      name: 'a tab used for indentation',
      input: sources({ pillars: pillars.replace('  slug', '\tslug') }),
      expected: { file: 'content/pillars.yaml', line: 2, column: 1, message: 'dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách' },
    },
    {
      name: 'a string where a date belongs',
      input: sources({ site: site.replace('asOf: 2024-10-15', 'asOf: 15 tháng 10') }),
      expected: { file: 'content/site.yaml', line: 8, column: 7, field: 'asOf', message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29' },
    },
    {
      name: 'a date that does not exist',
      input: sources({ indicators: indicators.replace('due: 2024-03-31', 'due: 2024-02-30') }),
      expected: { file: 'content/indicators/1.yaml', line: 8, entry: 'chỉ số "1.1"', field: 'timeframe.due', message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29' },
    },
    {
      name: 'an unknown unit id',
      input: sources({ indicators: indicators.replace('lead: [phong-vhtt]\n- id: 1.2.1', 'lead: [phong-khong-co]\n- id: 1.2.1') }),
      expected: {
        file: 'content/indicators/1.yaml',
        line: 11,
        entry: 'chỉ số "1.2"',
        field: 'lead[0]',
        message: 'không có đơn vị hay nhóm đơn vị nào mang mã "phong-khong-co" trong content/units.yaml',
      },
    },
    {
      name: 'a duplicated indicator id',
      input: sources({ indicators: indicators.replace('id: "1.2"', 'id: "1.1"') }),
      expected: { file: 'content/indicators/1.yaml', line: 9, entry: 'chỉ số "1.1"', field: 'id', message: 'mã "1.1" bị trùng; đã dùng ở content/indicators/1.yaml dòng 1' },
    },
    {
      name: 'a sub-indicator without its parent',
      input: sources({ indicators: indicators.replace('id: "1.2"', 'id: "1.3"') }),
      expected: { file: 'content/indicators/1.yaml', entry: 'chỉ số "1.2.1"', field: 'id', message: 'chỉ số con "1.2.1" không có chỉ số cha "1.2"' },
    },
    {
      name: 'an indicator of an unknown pillar',
      input: sources({ indicators: `${indicators}- id: "9.1"\n  title: Lạ\n  lead: [phong-vhtt]\n` }),
      expected: { entry: 'chỉ số "9.1"', field: 'id', message: 'chỉ số thuộc trụ cột 9, nhưng content/pillars.yaml không có trụ cột id 9' },
    },
    {
      name: 'an unquoted indicator id read as a number',
      input: sources({ indicators: indicators.replace('id: "1.1"', 'id: 1.1') }),
      expected: { entry: 'chỉ số "1.1"', field: 'id', message: 'cần một mã chỉ số trong dấu nháy, ví dụ "1.2.1", nhưng đang là số 1.1' },
    },
    {
      name: 'a wrong unit kind',
      input: sources({ units: units.replace('kind: ward', 'kind: phuong') }),
      expected: { file: 'content/units.yaml', line: 8, entry: 'đơn vị "phuong-tran-phu"', field: 'kind', message: 'cần một trong các loại: agency, organization, ward, commune' },
    },
    {
      name: 'a missing required field',
      input: sources({ pillars: pillars.replace('  name: Nhận thức số\n', '') }),
      expected: { entry: 'trụ cột "1"', field: 'name', message: 'thiếu trường bắt buộc này' },
    },
    {
      name: 'a misspelt field',
      input: sources({ pillars: pillars.replace('maxPoints', 'maxPoint') }),
      expected: { entry: 'trụ cột "1"', message: 'có trường không được hỗ trợ: "maxPoint" — bạn muốn viết maxPoints?' },
    },
    {
      name: 'a duplicated unit id',
      input: sources({ units: units.replace('id: phuong-tran-phu', 'id: phong-vhtt') }),
      expected: { file: 'content/units.yaml', entry: 'đơn vị "phong-vhtt"', field: 'id', message: 'mã "phong-vhtt" bị trùng; đã dùng ở content/units.yaml dòng 2' },
    },
    {
      name: 'an agency spelling nobody answers to',
      input: sources({ indicators: indicators.replace('leadText: Phòng VH&TT, UBND phường, xã', 'leadText: Phòng VH&TT, Phòng Ngoại giao') }),
      expected: { entry: 'chỉ số "1.1"', field: 'leadText', message: 'không nhận ra đơn vị "phong ngoai giao"' },
    },
    {
      name: 'an empty file',
      input: sources({ pillars: '  \n' }),
      expected: { file: 'content/pillars.yaml', message: 'tệp trống' },
    },
  ])('rejects $name with a message naming the file and field', ({ input, expected }) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf(
      sources({
        site: site.replace('asOf: 2024-10-15', 'asOf: hôm qua'),
        indicators: indicators.replace('lead: [phong-vhtt]\n- id: 1.2.1', 'lead: [phong-khong-co]\n- id: 1.2.1'),
      }),
    );
    expect(issues.map((issue) => issue.field)).toEqual(['asOf', 'lead[0]']);
  });

  it('formats an issue as where, what, how to fix and where to read more', () => {
    const [issue] = issuesOf(sources({ indicators: indicators.replace('lead: [phong-vhtt]\n- id: 1.2.1', 'lead: [phong-khong-co]\n- id: 1.2.1') }));
    expect(formatIssue(issue!)).toBe(
      [
        'content/indicators/1.yaml:11:10 — chỉ số "1.2", trường "lead[0]": không có đơn vị hay nhóm đơn vị nào mang mã "phong-khong-co" trong content/units.yaml',
        '  Cách sửa: dùng một mã có trong content/units.yaml, ví dụ "phong-vhtt", hoặc thêm đơn vị mới vào tệp đó',
        '  Xem hướng dẫn: CONTRIBUTING.md',
      ].join('\n'),
    );
  });
});

describe('decodeContentFile', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it.each([
    { name: 'UTF-8', bytes: encode('tên: Đồng Sơn'), text: 'tên: Đồng Sơn' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...encode('a: đ')]), text: 'a: đ' },
    { name: 'NFD input, normalised to NFC', bytes: encode('Đồng Sơn'.normalize('NFD')), text: 'Đồng Sơn' },
  ])('reads $name', ({ bytes, text }) => {
    expect(decodeContentFile('x.yaml', bytes)).toEqual({ text });
  });

  it.each([
    { name: 'UTF-16', bytes: new Uint8Array([0xff, 0xfe, 0x61, 0x00]), message: 'tệp được lưu bằng bảng mã UTF-16, không phải UTF-8' },
    // "Đ" in Windows-1258 is the single byte 0xD0, which is not valid UTF-8 here.
    { name: 'Windows-1258', bytes: new Uint8Array([0x74, 0xea, 0x6e, 0x3a, 0x20, 0xd0, 0x20]), message: 'tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3); chữ tiếng Việt sẽ bị lỗi' },
    { name: 'an oversized file', bytes: new Uint8Array(3 * 1024 * 1024).fill(0x61), message: 'tệp quá lớn (3072 KB, tối đa 2048 KB)' },
  ])('refuses $name', ({ bytes, message }) => {
    expect(decodeContentFile('x.yaml', bytes).issue).toMatchObject({ file: 'x.yaml', message });
  });
});
