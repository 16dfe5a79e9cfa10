/**
 * Reads the figures the progress components mark with data attributes, so a
 * build test can compare pages with the open-data files. Regular expressions
 * over the built HTML: the markup is our own and stable.
 */

/** The part of a page inside <main>. */
/**
 * A page's <main>, without the column labels the phone layout repeats on every cell (data-label,
 * checked in Chromium by phone-layout.test.ts): tests here read content, not layout.
 */
export const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/ data-label="[^"]*"/g, '');

/** The percentage written after the first `data-percent` following `marker`. */
export function percentAfter(html: string, marker: string): string | undefined {
  const start = html.indexOf(marker);
  if (start < 0) return undefined;
  return /data-percent>([^<]*)</.exec(html.slice(start))?.[1];
}

/** The inner HTML of the first `<tr>` whose attributes include `attribute`. */
export function rowWith(html: string, attribute: string): string | undefined {
  const start = html.search(new RegExp(`<tr [^>]*${attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf('</tr>', start));
}

/** The text of the first element carrying a data attribute, e.g. `cell(row, 'data-rank')`. */
export function cell(html: string, attribute: string): string | undefined {
  return new RegExp(`${attribute}(?:="[^"]*")?>([^<]*)<`).exec(html)?.[1];
}

/**
 * The Vietnamese form of a CSV percentage, written independently of the
 * portal's formatter, always with one decimal: "59.4" → "59,4%", "60" → "60,0%", "" → "Không áp dụng".
 */
export function csvPercentToVi(value: string): string {
  return value === '' ? 'Không áp dụng' : `${(value.includes('.') ? value : `${value}.0`).replace('.', ',')}%`;
}

/** How many times a string occurs. */
export const countOf = (html: string, needle: string) => html.split(needle).length - 1;
