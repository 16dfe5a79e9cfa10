/**
 * The page numbers a list's pagination shows (issue 18): with 2,230 pages of changes at province scale,
 * a link to every page made each page 267 KB of links. It shows the first and last pages, those
 * around the current one, and a gap between; "← Trang trước" and "Trang sau →" reach every other page.
 */

/** Pages shown on each side of the current one. */
export const PAGE_WINDOW_RADIUS = 2;

/** A page number to link, or a gap standing for the pages left out. */
export type PageWindowItem = { page: number } | { gap: number };

/**
 * @example pageWindow(1, 3) // [{ page: 1 }, { page: 2 }, { page: 3 }]
 * @example pageWindow(5, 2230).map((item) => ('page' in item ? item.page : '…')) // [1, 2, 3, 4, 5, 6, 7, '…', 2230]
 */
export function pageWindow(current: number, count: number, radius = PAGE_WINDOW_RADIUS): PageWindowItem[] {
  const shown = new Set<number>([1, count]);
  for (let page = current - radius; page <= current + radius; page += 1) if (page >= 1 && page <= count) shown.add(page);
  const pages = [...shown].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) items.push({ page: previous + 1 });
    else if (previous !== undefined && page - previous > 2) items.push({ gap: page - previous - 1 });
    items.push({ page });
  });
  return items;
}
