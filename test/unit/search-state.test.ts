import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  hasSearchInput,
  parseSearchState,
  planSearches,
  searchStateToHref,
  searchStateToParams,
  toPagefindFilters,
  toPagefindSort,
  type SearchState,
} from '../../src/lib/search/url-state.ts';

const state = (partial: Partial<SearchState>): SearchState => ({ q: '', filters: {}, sort: 'relevance', ...partial });

describe('parseSearchState', () => {
  it.each([
    ['', state({})],
    ['?q=Tran+Phu', state({ q: 'Tran Phu' })],
    ['?q=%C4%91%C6%B0%E1%BB%9Dng', state({ q: 'đường' })],
    ['?q=Tra%CC%82%CC%80n%20Phu%CC%81', state({ q: 'Trần Phú' })],
    ['?q=1.4&loai=indicator', state({ q: '1.4', filters: { type: 'indicator' } })],
    [
      '?q=duong&loai=post&don-vi=phuong-tran-phu&tru-cot=nhan-thuc-so&trang-thai=overdue&nam=2024&sap-xep=moi-nhat',
      state({ q: 'duong', filters: { type: 'post', unit: 'phuong-tran-phu', pillar: 'nhan-thuc-so', status: 'overdue', year: '2024' }, sort: 'newest' }),
    ],
    ['?don-vi=PHUONG-TRAN-PHU', state({ filters: { unit: 'phuong-tran-phu' } })],
    ['?don-vi=%3Cscript%3E&trang-thai=qu%C3%A1%20h%E1%BA%A1n', state({})],
    ['?don-vi=&loai=', state({})],
    ['?sap-xep=ngau-nhien', state({})],
    ['?q=%E2%80%9Cchuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91%E2%80%9D', state({ q: '"chuyển đổi số"' })],
  ])('%s', (search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  it('accepts URLSearchParams', () => {
    expect(parseSearchState(new URLSearchParams({ q: 'đăng ký', 'tru-cot': 'the-che-so' }))).toEqual(state({ q: 'đăng ký', filters: { pillar: 'the-che-so' } }));
  });
});

describe('searchStateToHref', () => {
  it.each([
    [state({}), '/tim-kiem/'],
    [state({ q: '1.4' }), '/tim-kiem/?q=1.4'],
    [state({ q: 'đường', filters: { unit: 'phuong-tran-phu' } }), '/tim-kiem/?q=%C4%91%C6%B0%E1%BB%9Dng&don-vi=phuong-tran-phu'],
    [state({ filters: { status: 'overdue', type: 'indicator' }, sort: 'oldest' }), '/tim-kiem/?loai=indicator&trang-thai=overdue&sap-xep=cu-nhat'],
  ])('%j → %s', (value, href) => {
    expect(searchStateToHref(value, '/tim-kiem/')).toBe(href);
  });

  it.each([
    state({ q: 'Trần Phú', filters: { unit: 'phuong-tran-phu', year: '2024' }, sort: 'newest' }),
    state({ q: '"chuyển đổi số"', filters: { pillar: 'nhan-thuc-so' } }),
    state({ filters: { type: 'post' } }),
  ])('round-trips %j through the address', (value) => {
    expect(parseSearchState(searchStateToParams(value))).toEqual(value);
  });
});

describe('what to ask Pagefind', () => {
  it('tells input and filters apart', () => {
    expect(hasSearchInput(state({}))).toBe(false);
    expect(hasSearchInput(state({ q: 'a' }))).toBe(true);
    expect(hasSearchInput(state({ filters: { type: 'post' } }))).toBe(true);
    expect(hasFilters(state({ q: 'a' }))).toBe(false);
  });

  it('builds the filters, leaving one out on request', () => {
    const value = state({ filters: { unit: 'a', status: 'overdue' } });
    expect(toPagefindFilters(value)).toEqual({ unit: 'a', status: 'overdue' });
    expect(toPagefindFilters(value, 'unit')).toEqual({ status: 'overdue' });
  });

  it.each([
    ['relevance', {}],
    ['newest', { date: 'desc' }],
    ['oldest', { date: 'asc' }],
  ] as const)('sort %s', (sort, expected) => {
    expect(toPagefindSort(sort)).toEqual(expected);
  });

  it('plans one search, plus one per filter set, so each filter counts its own values without its own choice', () => {
    expect(planSearches(state({ q: 'a' }))).toEqual([{ filters: {} }]);
    expect(planSearches(state({ q: 'a', filters: { unit: 'x', status: 'overdue' } }))).toEqual([
      { filters: { unit: 'x', status: 'overdue' } },
      { facet: 'unit', filters: { status: 'overdue' } },
      { facet: 'status', filters: { unit: 'x' } },
    ]);
  });
});
