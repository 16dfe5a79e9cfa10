/**
 * What each indexed page tells the search: its type, title, date, units,
 * pillars and status. Pages pass a SearchPageMeta to BaseLayout (`search`
 * prop); BaseLayout renders it as `<meta data-pagefind-*>` tags in the head
 * (SearchMeta.astro) and marks the page's main content for indexing.
 */
import type { EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { SEARCH_SORT_KEY, type SearchMetaKey, type SearchPageType } from './page-types.ts';

/** Search metadata of one page. */
export interface SearchPageMeta {
  type: SearchPageType;
  /** Plain text, shown as the result's heading. */
  title: string;
  /** ISO date ('2024-03-05'), month ('2024-02') or year ('2022'): the date the content refers to. */
  date?: string;
  /** Unit ids for the unit filter. */
  unitIds?: readonly string[];
  /** The units as shown on a result, e.g. "Phòng Văn hóa và Thông tin; UBND các phường, xã". */
  unitsText?: string;
  /** Pillar slugs for the pillar filter. */
  pillarSlugs?: readonly string[];
  status?: EffectiveStatus;
  /** The page is demonstration content, or its status comes from demonstration reports. */
  demo?: boolean;
}

/** One `<meta>` tag: `<meta data-pagefind-{kind}="{name}[content]" content="{content}">`. */
export interface SearchMetaTag {
  kind: 'filter' | 'meta' | 'sort';
  name: string;
  content: string;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * The tags that carry a page's metadata to Pagefind. Filters hold ids (one
 * tag per value), metadata holds display text, the sort key holds the date.
 *
 * @throws {TypeError} When the date is not 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
 * @example
 * searchMetaTags({ type: 'post', title: 'Ra mắt', date: '2024-03-05', unitIds: ['phuong-tran-phu'] });
 * // [{ kind: 'filter', name: 'type', content: 'post' }, { kind: 'filter', name: 'unit', content: 'phuong-tran-phu' },
 * //  { kind: 'filter', name: 'year', content: '2024' }, { kind: 'meta', name: 'title', content: 'Ra mắt' }, …,
 * //  { kind: 'sort', name: 'date', content: '2024-03-05' }]
 */
export function searchMetaTags(meta: SearchPageMeta): SearchMetaTag[] {
  if (meta.date !== undefined && !DATE.test(meta.date)) {
    throw new TypeError(`searchMetaTags: ngày "${meta.date}" không hợp lệ; cần dạng YYYY-MM-DD, YYYY-MM hoặc YYYY, ví dụ "2024-03-05".`);
  }
  const filter = (name: string, values: readonly string[]) =>
    [...new Set(values)].map((content): SearchMetaTag => ({ kind: 'filter', name, content }));
  const metaTag = (name: SearchMetaKey, content: string | undefined): SearchMetaTag[] =>
    content ? [{ kind: 'meta', name, content }] : [];
  return [
    ...filter('type', [meta.type]),
    ...filter('unit', meta.unitIds ?? []),
    ...filter('pillar', meta.pillarSlugs ?? []),
    ...filter('status', meta.status ? [meta.status] : []),
    ...filter('year', meta.date ? [meta.date.slice(0, 4)] : []),
    ...metaTag('title', meta.title),
    ...metaTag('type', meta.type),
    ...metaTag('units', meta.unitsText),
    ...metaTag('date', meta.date),
    ...metaTag('status', meta.status),
    ...metaTag('demo', meta.demo ? 'true' : undefined),
    ...(meta.date ? [{ kind: 'sort' as const, name: SEARCH_SORT_KEY, content: meta.date }] : []),
  ];
}

/**
 * The latest of some ISO dates, or the fallback when there are none.
 * @example latestDate(['2024-03-01', '2024-09-30', '2024-05-02'], '2024-10-15'); // '2024-09-30'
 * @example latestDate([], '2024-10-15'); // '2024-10-15'
 */
export function latestDate(dates: readonly (string | undefined)[], fallback: string): string {
  return dates.reduce<string | undefined>((latest, date) => (date && (!latest || date > latest) ? date : latest), undefined) ?? fallback;
}

/**
 * Joins display names for a result line, shortening long lists: a row that
 * assigns every ward would otherwise print sixteen names.
 * @example joinUnitNames(['Phòng A', 'Phòng B']); // 'Phòng A; Phòng B'
 * @example joinUnitNames(['A', 'B', 'C', 'D', 'E'], 3); // 'A; B; C và 2 đơn vị khác'
 */
export function joinUnitNames(names: readonly string[], max = 3): string {
  const unique = [...new Set(names)];
  if (unique.length <= max) return unique.join('; ');
  return `${unique.slice(0, max).join('; ')} và ${unique.length - max} đơn vị khác`;
}
