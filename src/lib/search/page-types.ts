/**
 * The search taxonomy, declared once: the kinds of page in the index, the
 * filters Pagefind stores, and the URL parameters that carry them. The page
 * metadata (page-meta.ts), the search page's filter form and the client
 * script all derive from these arrays.
 */

/** Kinds of page a search result can be. `page` covers the portal's information pages (contact, open data). */
export const SEARCH_PAGE_TYPES = ['post', 'indicator', 'unit', 'pillar', 'plan', 'document', 'page'] as const;
export type SearchPageType = (typeof SEARCH_PAGE_TYPES)[number];

export const SEARCH_PAGE_TYPE_LABELS: Record<SearchPageType, string> = {
  post: 'Tin bài',
  indicator: 'Chỉ số',
  unit: 'Đơn vị',
  pillar: 'Trụ cột',
  plan: 'Kế hoạch',
  document: 'Văn bản',
  page: 'Trang thông tin',
};

/**
 * The filters every indexed page may carry (`<meta data-pagefind-filter>`),
 * in the order the search form shows them, with their URL parameter and label.
 * Values are stable ids (unit id, pillar slug, status id), never display text.
 */
export const SEARCH_FILTERS = [
  { key: 'type', param: 'loai', label: 'Loại trang', all: 'Mọi loại trang' },
  { key: 'unit', param: 'don-vi', label: 'Đơn vị', all: 'Mọi đơn vị' },
  { key: 'pillar', param: 'tru-cot', label: 'Trụ cột', all: 'Mọi trụ cột' },
  { key: 'status', param: 'trang-thai', label: 'Trạng thái', all: 'Mọi trạng thái' },
  { key: 'year', param: 'nam', label: 'Năm', all: 'Mọi năm' },
] as const;
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
export const SEARCH_FILTER_KEYS: readonly SearchFilterKey[] = SEARCH_FILTERS.map((filter) => filter.key);

/** Result orders; `relevance` is Pagefind's own ranking. */
export const SEARCH_SORTS = [
  { id: 'relevance', param: 'phu-hop', label: 'Phù hợp nhất' },
  { id: 'newest', param: 'moi-nhat', label: 'Mới nhất trước' },
  { id: 'oldest', param: 'cu-nhat', label: 'Cũ nhất trước' },
] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number]['id'];

/** The Pagefind sort key every indexed page carries (`<meta data-pagefind-sort="date[content]">`). */
export const SEARCH_SORT_KEY = 'date';

/** Metadata keys shown with each result (`<meta data-pagefind-meta>`). */
export const SEARCH_META_KEYS = ['title', 'type', 'units', 'date', 'status', 'demo'] as const;
export type SearchMetaKey = (typeof SEARCH_META_KEYS)[number];

/**
 * Whether a string is one of the page types.
 * @example isSearchPageType('indicator'); // true
 * @example isSearchPageType('tin-bai'); // false
 */
export function isSearchPageType(value: string): value is SearchPageType {
  return (SEARCH_PAGE_TYPES as readonly string[]).includes(value);
}
