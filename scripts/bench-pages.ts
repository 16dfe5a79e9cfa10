/**
 * The HTML pages of a built site, for the build benchmark: how many, and the
 * largest one (issue 18, point 5: no page over 300 KB at province scale).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface HtmlPages {
  count: number;
  /** The largest page: its address (`/chi-so/1-4/`) and size in bytes. */
  largest?: { path: string; bytes: number };
}

/** `chi-so/1-4/index.html` → `/chi-so/1-4/`; `404.html` → `/404.html`. */
export const pageAddress = (file: string) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Counts the `.html` files under `siteDir` and finds the largest. */
export function htmlPages(siteDir: string): HtmlPages {
  const pages: HtmlPages = { count: 0 };
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    pages.count += 1;
    if (bytes > (pages.largest?.bytes ?? -1)) pages.largest = { path: pageAddress(relative(siteDir, file)), bytes };
  }
  return pages;
}
