import { describe, expect, it } from 'vitest';
import { loadPortalContent } from '../../src/lib/loading/load.ts';
import { indicators, issuesOf, sources } from '../helpers/content-sources.ts';

const withTarget = indicators.replace(
  '- id: "1.2"',
  `  targets:
    - text: tối thiểu 90%
      measure: percent
      comparator: ">="
      value: 90
      appliesTo: [city, ward]
      source: Phụ lục
- id: "1.2"`,
);

const report = (body: string) => `unit: phuong-tran-phu
reports:
  - indicator: "1.1"
    status: dang-thuc-hien
    updated: 2024-09-30
    reporter: Nguyễn Văn B
${body}`;

/** The build day: content may be dated after asOf (2024-10-15), not after this. */
const TODAY = '2024-12-31';

describe('progress reports', () => {
  it('accepts dates after asOf up to the build day: the portal shows the report as it stood on asOf', () => {
    const content = loadPortalContent(
      sources({
        indicators: withTarget,
        progress: {
          'phuong-tran-phu': report(`    value: 95
    evidence:
      - title: Quyết định
        number: 3/QĐ-UBND
        date: 2024-12-20
    history:
      - date: 2024-06-30
        status: chua-bat-dau
`).replace('updated: 2024-09-30', 'updated: 2024-12-31'),
        },
      }),
      { today: TODAY },
    );
    expect(content.progressFiles[0]?.reports[0]).toMatchObject({ updated: '2024-12-31', value: 95 });
  });

  it('refuses an asOf after the build day', () => {
    const issues = issuesOf(sources({}), { today: '2024-10-14' });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'content/site.yaml',
        line: 8,
        field: 'asOf',
        message: 'ngày chốt số liệu 15/10/2024 chưa tới (hôm nay là 14/10/2024); cổng chỉ tính số liệu đến một ngày đã qua',
      }),
    ]);
  });

  it('accepts a report from a unit that leads the indicator, with history and evidence', () => {
    const content = loadPortalContent(
      sources({
        indicators: withTarget,
        progress: {
          'phuong-tran-phu': report(`    value: 85.5
    evidence:
      - title: Quyết định kiện toàn
        number: 12/QĐ-UBND
        date: 2024-03-01
      - title: Chuyên mục
        url: https://example.vn/cds
      - title: Biên bản
        file: /minh-chung/bien-ban.pdf
    history:
      - date: 2024-06-30
        status: chua-bat-dau
        value: 40
`),
        },
      }),
      { publicFileExists: (path) => path === '/minh-chung/bien-ban.pdf' },
    );
    expect(content.progressFiles[0]?.reports[0]).toMatchObject({ value: 85.5, demo: false, history: [{ value: 40 }] });
  });

  it.each([
    {
      name: 'an indicator the unit does not lead',
      progress: { 'phuong-tran-phu': report('').replace('indicator: "1.1"', 'indicator: "1.2.1"') },
      expected: {
        file: 'content/progress/phuong-tran-phu.yaml',
        line: 3,
        entry: 'báo cáo chỉ số "1.2.1"',
        field: 'indicator',
        message: 'đơn vị "phuong-tran-phu" không chủ trì chỉ số "1.2.1" nên không báo cáo chỉ số này',
        fix: 'chỉ báo cáo các chỉ số mà đơn vị chủ trì; xem trang /don-vi/phuong-tran-phu/',
      },
    },
    {
      name: 'an indicator that does not exist',
      progress: { 'phuong-tran-phu': report('').replace('indicator: "1.1"', 'indicator: "9.9"') },
      expected: { field: 'indicator', message: 'không có chỉ số "9.9" trong Phụ lục' },
    },
    {
      name: 'a parent indicator, which rolls up from its children',
      progress: { 'phong-vhtt': report('').replace('phuong-tran-phu', 'phong-vhtt').replace('indicator: "1.1"', 'indicator: "1.2"') },
      expected: { field: 'indicator', message: 'chỉ số "1.2" được tính từ các chỉ số con (1.2.1)' },
    },
    {
      name: 'a percentage over 100',
      progress: { 'phuong-tran-phu': report('    value: 120\n') },
      expected: { line: 7, field: 'value', message: 'tỷ lệ phần trăm phải từ 0 đến 100, đang là 120' },
    },
    {
      name: 'a frequency where the target is a number',
      progress: { 'phuong-tran-phu': report('    value: { count: 1, per: week }\n') },
      expected: { field: 'value', message: 'chỉ tiêu là một con số, cần ghi một số, đang là một tần suất' },
    },
    {
      name: 'a value for an indicator without a target',
      indicators,
      progress: { 'phuong-tran-phu': report('    value: 50\n') },
      expected: { field: 'value', message: 'chỉ số này không có chỉ tiêu định lượng nên không nhận giá trị đo (value)' },
    },
    {
      name: 'an update later than the build day',
      progress: { 'phuong-tran-phu': report('').replace('updated: 2024-09-30', 'updated: 2025-01-02') },
      expected: { line: 5, field: 'updated', message: 'ngày 02/01/2025 chưa tới (hôm nay là 31/12/2024); báo cáo không thể ghi ngày ở tương lai' },
    },
    {
      name: 'evidence dated later than the build day',
      progress: { 'phuong-tran-phu': report('    evidence:\n      - title: Quyết định\n        number: 1/QĐ\n        date: 2025-02-01\n') },
      expected: { field: 'evidence[0].date', message: 'ngày 01/02/2025 chưa tới (hôm nay là 31/12/2024); báo cáo không thể ghi ngày ở tương lai' },
    },
    {
      name: 'an invalid date',
      progress: { 'phuong-tran-phu': report('').replace('updated: 2024-09-30', 'updated: 2024-09-31') },
      expected: { field: 'updated', message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29' },
    },
    {
      name: 'a history entry later than the build day',
      progress: { 'phuong-tran-phu': report('    history:\n      - date: 2025-01-01\n        status: chua-bat-dau\n') },
      expected: { field: 'history[0].date', message: 'ngày 01/01/2025 chưa tới (hôm nay là 31/12/2024); báo cáo không thể ghi ngày ở tương lai' },
    },
    {
      name: 'a history entry later than the report it precedes',
      progress: { 'phuong-tran-phu': report('    history:\n      - date: 2024-10-01\n        status: chua-bat-dau\n') },
      expected: { line: 8, field: 'history[0].date', message: 'mục lịch sử ngày 01/10/2024 muộn hơn ngày cập nhật của báo cáo (30/09/2024); history chỉ ghi các lần báo cáo trước' },
    },
    {
      name: 'a history out of date order',
      progress: { 'phuong-tran-phu': report('    history:\n      - date: 2024-06-30\n        status: dang-thuc-hien\n      - date: 2024-03-31\n        status: chua-bat-dau\n') },
      expected: { field: 'history[1].date', message: 'lịch sử không theo thứ tự ngày: mục thứ 2 (31/03/2024) sớm hơn mục trước nó (30/06/2024)', fix: 'xếp các mục history từ cũ đến mới, mục cũ nhất ở trên cùng' },
    },
    {
      name: 'a missing local evidence file',
      progress: { 'phuong-tran-phu': report('    evidence:\n      - title: Biên bản\n        file: /minh-chung/khong-co.pdf\n') },
      expected: { field: 'evidence[0].file', message: 'không tìm thấy tệp minh chứng public/minh-chung/khong-co.pdf' },
    },
    {
      name: 'evidence with neither number and date, nor link, nor file',
      progress: { 'phuong-tran-phu': report('    evidence:\n      - title: Biên bản\n        number: 1/BB\n') },
      expected: { entry: 'báo cáo chỉ số "1.1"', field: 'evidence[0]', message: 'minh chứng cần số và ngày văn bản (number và date), hoặc một liên kết (url), hoặc một tệp (file)' },
    },
    {
      name: 'an unknown status',
      progress: { 'phuong-tran-phu': report('').replace('status: dang-thuc-hien', 'status: xong') },
      expected: { line: 4, entry: 'báo cáo chỉ số "1.1"', field: 'status', message: 'cần một trong: chua-bat-dau, dang-thuc-hien, hoan-thanh, khong-ap-dung' },
    },
    {
      name: 'a file named after another unit',
      progress: { 'xa-dong-son': report('') },
      expected: { file: 'content/progress/xa-dong-son.yaml', field: 'unit', message: 'tệp báo cáo của đơn vị "phuong-tran-phu" phải tên là phuong-tran-phu.yaml' },
    },
    {
      name: 'two reports on one indicator',
      progress: { 'phuong-tran-phu': `${report('')}  - indicator: "1.1"\n    status: hoan-thanh\n    updated: 2024-10-01\n    reporter: B\n` },
      expected: { field: 'indicator', message: 'chỉ số "1.1" đã có báo cáo ở mục thứ 1' },
    },
  ])('rejects $name', ({ progress, expected, indicators: rows }) => {
    const issues = issuesOf(sources({ indicators: rows ?? withTarget, progress }), { publicFileExists: () => false, today: TODAY });
    expect(issues).toContainEqual(expect.objectContaining(expected));
  });
});
