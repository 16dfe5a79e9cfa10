/**
 * Splits a list into numbered pages. An empty list still has one (empty) page,
 * so a list's address always exists.
 */

/** Posts shown per list page: a screenful on a phone, few enough to scan. */
export const POSTS_PER_PAGE = 10;

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Number of pages in the list (at least 1). */
  pageCount: number;
  items: T[];
  /** Number of items in the whole list. */
  total: number;
  /** 1-based position of the first and last item on this page; 0 when empty. */
  first: number;
  last: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
}

/**
 * Splits `items` into pages of `size`, with each page's address.
 * @throws {TypeError} When `size` is not a positive integer.
 * @example
 * paginate(['a', 'b', 'c'], 2, (n) => `/tin/${n}/`).map((page) => page.items); // [['a', 'b'], ['c']]
 * paginate([], 10, (n) => `/tin/${n}/`).length; // 1
 */
export function paginate<T>(items: readonly T[], size: number, urlOf: (page: number) => string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) {
    throw new TypeError(`paginate: số mục mỗi trang phải là số nguyên dương, nhưng nhận được ${String(size)}.`);
  }
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => {
    const number = index + 1;
    const pageItems = items.slice(index * size, number * size);
    return {
      number,
      pageCount,
      items: pageItems,
      total: items.length,
      first: pageItems.length > 0 ? index * size + 1 : 0,
      last: index * size + pageItems.length,
      url: urlOf(number),
      prevUrl: number > 1 ? urlOf(number - 1) : undefined,
      nextUrl: number < pageCount ? urlOf(number + 1) : undefined,
    };
  });
}
