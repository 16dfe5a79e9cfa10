/**
 * What the search page says, in Vietnamese: the result count, the filters in
 * force, and what to try when nothing is found. Pure, so the wording is tested.
 */
import { formatNumberVi } from '../format/number.ts';
import { isPhraseQuery } from './query.ts';
import { SEARCH_FILTERS, type SearchFilterKey } from './page-types.ts';
import type { SearchState } from './url-state.ts';

/** Display labels of filter values, e.g. `unit → phuong-tran-phu → Phường Trần Phú`. */
export type FilterLabels = Partial<Record<SearchFilterKey, Record<string, string>>>;

/** A filter in force, described for readers. */
export interface ActiveFilter {
  key: SearchFilterKey;
  /** "Đơn vị: Phường Trần Phú" */
  text: string;
}

/**
 * The filters in force, in the form's order, with their labels.
 * @example activeFilters({ q: '', filters: { unit: 'phuong-tran-phu' }, sort: 'relevance' }, { unit: { 'phuong-tran-phu': 'Phường Trần Phú' } });
 * // [{ key: 'unit', text: 'Đơn vị: Phường Trần Phú' }]
 */
export function activeFilters(state: SearchState, labels: FilterLabels): ActiveFilter[] {
  return SEARCH_FILTERS.flatMap((filter) => {
    const value = state.filters[filter.key];
    if (!value) return [];
    return [{ key: filter.key, text: `${filter.label}: ${labels[filter.key]?.[value] ?? value}` }];
  });
}

/**
 * The summary read out after each search (role="status"). When the words were
 * typed with diacritics, says how many results have them exactly (those come
 * first), or that none does and the results differ in their marks.
 * @example
 * resultSummary(12, { q: 'đường', filters: {}, sort: 'relevance' }, {}); // 'Có 12 kết quả cho “đường”.'
 * resultSummary(48, { q: 'đường', filters: {}, sort: 'relevance' }, {}, 9);
 * // 'Có 48 kết quả cho “đường”; 9 kết quả có đúng dấu như từ khóa được xếp trước.'
 * resultSummary(3, { q: 'đường', filters: {}, sort: 'relevance' }, {}, 0);
 * // 'Không có trang nào có đúng “đường”; có 3 kết quả gần giống, khác dấu.'
 * resultSummary(0, { q: 'xyz', filters: { status: 'overdue' }, sort: 'relevance' }, { status: { overdue: 'Quá hạn' } });
 * // 'Không có kết quả nào cho “xyz” với bộ lọc Trạng thái: Quá hạn.'
 */
export function resultSummary(count: number, state: SearchState, labels: FilterLabels, exact?: number): string {
  const filters = activeFilters(state, labels).map((filter) => filter.text);
  const words = state.q ? ` cho “${state.q}”` : '';
  const filtered = filters.length > 0 ? ` với bộ lọc ${filters.join('; ')}` : '';
  if (count === 0) return `Không có kết quả nào${words}${filtered}.`;
  if (exact === 0) return `Không có trang nào có đúng “${state.q}”${filtered}; có ${formatNumberVi(count)} kết quả gần giống, khác dấu.`;
  const first = exact !== undefined && exact < count ? `; ${formatNumberVi(exact)} kết quả có đúng dấu như từ khóa được xếp trước` : '';
  return `Có ${formatNumberVi(count)} kết quả${words}${filtered}${first}.`;
}

/**
 * What to try when a search finds nothing, most useful first: remove the
 * filters (each one, or all), search words one by one instead of a phrase,
 * then check the spelling.
 * @example
 * noResultHints({ q: '"đổi mới"', filters: {}, sort: 'relevance' });
 * // ['Bỏ dấu ngoặc kép để tìm từng từ thay vì cả cụm từ.', 'Kiểm tra chính tả, hoặc thử từ khóa ngắn hơn, khác hơn. Gõ có dấu hay không dấu đều được.']
 */
export function noResultHints(state: SearchState): string[] {
  const hints: string[] = [];
  if (Object.keys(state.filters).length > 0) hints.push('Bỏ bớt bộ lọc: kết quả có thể nằm ngoài các bộ lọc đang chọn.');
  if (state.q && isPhraseQuery(state.q)) hints.push('Bỏ dấu ngoặc kép để tìm từng từ thay vì cả cụm từ.');
  if (state.q) hints.push('Kiểm tra chính tả, hoặc thử từ khóa ngắn hơn, khác hơn. Gõ có dấu hay không dấu đều được.');
  return hints;
}

/**
 * A filter option's text with its count.
 * @example optionLabel('Phường Trần Phú', 3); // 'Phường Trần Phú (3)'
 * @example optionLabel('Quá hạn', undefined); // 'Quá hạn'
 */
export function optionLabel(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${formatNumberVi(count)})`;
}
