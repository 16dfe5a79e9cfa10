import { describe, expect, it } from 'vitest';
import { activeFilters, noResultHints, optionLabel, resultSummary } from '../../src/lib/search/messages.ts';
import { excerptToSegments, formatSearchDate, toResultView } from '../../src/lib/search/result.ts';
import type { SearchState } from '../../src/lib/search/url-state.ts';

const S = '\u0335';
const state = (partial: Partial<SearchState>): SearchState => ({ q: '', filters: {}, sort: 'relevance', ...partial });
const labels = { unit: { 'phuong-tran-phu': 'Phường Trần Phú' }, status: { overdue: 'Quá hạn' }, type: { post: 'Tin bài' } };

describe('excerptToSegments', () => {
  it.each([
    ['no mark', 'Chuyển đổi số', [{ text: 'Chuyển đổi số', mark: false }]],
    [
      'a marked đ word',
      `Chuyển <mark>d${S}ổi</mark> số`,
      [
        { text: 'Chuyển ', mark: false },
        { text: 'đổi', mark: true },
        { text: ' số', mark: false },
      ],
    ],
    [
      'escaped brackets become text, never markup',
      '&lt;b&gt;<mark>đầy</mark> đủ&lt;/b&gt;',
      [
        { text: '<b>', mark: false },
        { text: 'đầy', mark: true },
        { text: ' đủ</b>', mark: false },
      ],
    ],
    ['an indicator id', 'Chỉ số <mark>1\u20244:</mark>', [{ text: 'Chỉ số ', mark: false }, { text: '1.4:', mark: true }]],
    ['empty', '', []],
  ])('%s', (_, excerpt, segments) => {
    expect(excerptToSegments(excerpt)).toEqual(segments);
  });
});

describe('formatSearchDate', () => {
  it.each([
    ['2024-03-05', '05/03/2024'],
    ['2024-02', 'tháng 02/2024'],
    ['2022', 'năm 2022'],
    ['2024-02-30', undefined],
    ['hôm qua', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, text) => {
    expect(formatSearchDate(value)).toBe(text);
  });
});

describe('toResultView', () => {
  it('shows type, unit, date, status and demo flag, decoding the index spelling', () => {
    expect(
      toResultView({
        url: '/chi-so/6-13/',
        excerpt: `hồ sơ <mark>6\u202413</mark> d${S}ược xử lý`,
        meta: {
          title: `Chỉ số 6\u202413: 90% hồ sơ công việc d${S}ược xử lý`,
          type: 'indicator',
          units: `Các cơ quan, d${S}ơn vị thành phố`,
          date: '2024-10-06',
          status: 'overdue',
          demo: 'true',
        },
      }),
    ).toEqual({
      url: '/chi-so/6-13/',
      title: 'Chỉ số 6.13: 90% hồ sơ công việc được xử lý',
      type: 'indicator',
      typeLabel: 'Chỉ số',
      units: 'Các cơ quan, đơn vị thành phố',
      date: '2024-10-06',
      dateText: '06/10/2024',
      dateLabel: 'Cập nhật',
      status: 'overdue',
      statusLabel: 'Quá hạn',
      demo: true,
      excerpt: [
        { text: 'hồ sơ ', mark: false },
        { text: '6.13', mark: true },
        { text: ' được xử lý', mark: false },
      ],
    });
  });

  it('leaves out what the page does not carry, and ignores unknown values', () => {
    expect(toResultView({ url: '/lien-he/', excerpt: '', meta: { title: 'Liên hệ', type: 'trang-la', status: 'rat-tot' } })).toEqual({
      url: '/lien-he/',
      title: 'Liên hệ',
      demo: false,
      excerpt: [],
    });
  });

  it('does not repeat a unit page’s own name as its unit', () => {
    expect(toResultView({ url: '/don-vi/xa-tan-my/', excerpt: '', meta: { title: 'Xã Tân Mỹ', type: 'unit', units: 'Xã Tân Mỹ' } }).units).toBeUndefined();
  });

  it('falls back to the address when a page has no title', () => {
    expect(toResultView({ url: '/x/', excerpt: '', meta: {} }).title).toBe('/x/');
  });
});

describe('messages', () => {
  it.each([
    [12, state({ q: 'đường' }), 'Có 12 kết quả cho “đường”.'],
    [1234, state({ q: 'xã' }), 'Có 1.234 kết quả cho “xã”.'],
    [3, state({ q: 'đường', filters: { unit: 'phuong-tran-phu' } }), 'Có 3 kết quả cho “đường” với bộ lọc Đơn vị: Phường Trần Phú.'],
    [5, state({ filters: { type: 'post' } }), 'Có 5 kết quả với bộ lọc Loại trang: Tin bài.'],
    [0, state({ q: 'xyz' }), 'Không có kết quả nào cho “xyz”.'],
    [
      0,
      state({ q: 'xyz', filters: { status: 'overdue', unit: 'phuong-tran-phu' } }),
      'Không có kết quả nào cho “xyz” với bộ lọc Đơn vị: Phường Trần Phú; Trạng thái: Quá hạn.',
    ],
    [0, state({ filters: { unit: 'khong-ro' } }), 'Không có kết quả nào với bộ lọc Đơn vị: khong-ro.'],
  ])('resultSummary(%i, %j)', (count, value, text) => {
    expect(resultSummary(count, value, labels)).toBe(text);
  });

  it.each([
    [48, 9, 'Có 48 kết quả cho “đường”; 9 kết quả có đúng dấu như từ khóa được xếp trước.'],
    [9, 9, 'Có 9 kết quả cho “đường”.'],
    [3, 0, 'Không có trang nào có đúng “đường”; có 3 kết quả gần giống, khác dấu.'],
    [0, 0, 'Không có kết quả nào cho “đường”.'],
  ])('says how many of %i results have the diacritics typed (%i)', (count, exact, text) => {
    expect(resultSummary(count, state({ q: 'đường' }), labels, exact)).toBe(text);
  });

  it('names the filters when no page has the exact diacritics', () => {
    expect(resultSummary(3, state({ q: 'đường', filters: { unit: 'phuong-tran-phu' } }), labels, 0)).toBe(
      'Không có trang nào có đúng “đường” với bộ lọc Đơn vị: Phường Trần Phú; có 3 kết quả gần giống, khác dấu.',
    );
  });

  it('suggests removing filters first when nothing is found', () => {
    expect(noResultHints(state({ q: 'xyz', filters: { unit: 'phuong-tran-phu' } }))).toEqual([
      'Bỏ bớt bộ lọc: kết quả có thể nằm ngoài các bộ lọc đang chọn.',
      'Kiểm tra chính tả, hoặc thử từ khóa ngắn hơn, khác hơn. Gõ có dấu hay không dấu đều được.',
    ]);
    expect(noResultHints(state({ q: '"đổi mới toàn diện"' }))).toEqual([
      'Bỏ dấu ngoặc kép để tìm từng từ thay vì cả cụm từ.',
      'Kiểm tra chính tả, hoặc thử từ khóa ngắn hơn, khác hơn. Gõ có dấu hay không dấu đều được.',
    ]);
  });

  it('lists the active filters in the form order', () => {
    expect(activeFilters(state({ filters: { status: 'overdue', type: 'post' } }), labels)).toEqual([
      { key: 'type', text: 'Loại trang: Tin bài' },
      { key: 'status', text: 'Trạng thái: Quá hạn' },
    ]);
  });

  it.each([
    ['Phường Trần Phú', 3, 'Phường Trần Phú (3)'],
    ['Quá hạn', 0, 'Quá hạn (0)'],
    ['Chỉ số', 1500, 'Chỉ số (1.500)'],
    ['Tin bài', undefined, 'Tin bài'],
  ])('optionLabel(%j, %j)', (label, count, text) => {
    expect(optionLabel(label, count)).toBe(text);
  });
});
