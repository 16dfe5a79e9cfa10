/**
 * Options of the search-index integration, their defaults and their checks.
 * Invalid options fail the build: they are never just logged.
 */
import { POST_INDEX_WORDS } from '../../lib/search/index-budget.ts';
import { INDEX_INCLUDE_CHARACTERS } from '../../lib/search/index-text.ts';

export interface PagefindOptions {
  /** Folder of the search bundle inside the build output. Default: "pagefind" (served at /pagefind/). */
  outputSubdir?: string;
  /**
   * Elements inside the indexed content that are not content: breadcrumbs and
   * previous/next links (all `nav`), the print-only footer, share buttons, the
   * demonstration-data notices and tags (a result says "Minh họa" from its
   * metadata instead; the same notice would otherwise fill every excerpt), the
   * dated history of each report (past statuses: "Đang thực hiện… Báo cáo giữa
   * kỳ", repeated for every unit, outranked real matches such as "đăng ký"),
   * and anything a template marks with `data-search-ignore`.
   */
  excludeSelectors?: string[];
  /** The one language of the index (ISO 639-1). The search page is Vietnamese, so one "vi" index. */
  language?: string;
  /** Keep Pagefind's own UI bundles, which the portal does not use. Default: false (they are removed). */
  keepDefaultUi?: boolean;
  /** Pages sent to Pagefind at once. */
  concurrency?: number;
  /** Characters kept inside indexed words; the search page must spell queries the same way. */
  includeCharacters?: string;
  /** Words of a news post's main content that the index reads (src/lib/search/index-budget.ts). Default: POST_INDEX_WORDS. */
  postIndexWords?: number;
}

export type ResolvedPagefindOptions = Required<PagefindOptions>;

export const DEFAULT_PAGEFIND_OPTIONS: ResolvedPagefindOptions = {
  outputSubdir: 'pagefind',
  excludeSelectors: [
    'nav',
    '.print-only',
    '.share',
    '[data-demo-notice]',
    '.post-demo-block',
    '.demo-tag',
    '.history-item',
    '[data-search-ignore]',
  ],
  language: 'vi',
  keepDefaultUi: false,
  concurrency: 32,
  includeCharacters: INDEX_INCLUDE_CHARACTERS,
  postIndexWords: POST_INDEX_WORDS,
};

/**
 * Fills in defaults and checks the values.
 * @throws {TypeError} With what is wrong and an example of a correct value.
 * @example resolvePagefindOptions({ concurrency: 8 }).outputSubdir; // 'pagefind'
 */
export function resolvePagefindOptions(options: PagefindOptions = {}): ResolvedPagefindOptions {
  const resolved = { ...DEFAULT_PAGEFIND_OPTIONS, ...options };
  if (!/^[a-z0-9_-]+$/i.test(resolved.outputSubdir)) {
    throw new TypeError(`pagefind: outputSubdir "${resolved.outputSubdir}" cần là tên một thư mục, ví dụ "pagefind".`);
  }
  if (!Array.isArray(resolved.excludeSelectors) || resolved.excludeSelectors.some((selector) => typeof selector !== 'string' || !selector.trim())) {
    throw new TypeError('pagefind: excludeSelectors cần là danh sách bộ chọn CSS, ví dụ ["nav", ".print-only"].');
  }
  if (!/^[a-z]{2}$/.test(resolved.language)) {
    throw new TypeError(`pagefind: language "${resolved.language}" cần là mã ngôn ngữ ISO 639-1, ví dụ "vi".`);
  }
  if (!Number.isInteger(resolved.concurrency) || resolved.concurrency < 1) {
    throw new TypeError(`pagefind: concurrency cần là số nguyên dương, ví dụ 32; nhận được ${String(resolved.concurrency)}.`);
  }
  if (!Number.isInteger(resolved.postIndexWords) || resolved.postIndexWords < 1) {
    throw new TypeError(`pagefind: postIndexWords cần là số nguyên dương, ví dụ 120; nhận được ${String(resolved.postIndexWords)}.`);
  }
  return resolved;
}
