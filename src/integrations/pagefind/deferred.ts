/**
 * Handing the search index over to `npm run build` (scripts/build.ts), which
 * builds it after Astro's process has ended: Pagefind's service peaks at
 * ~2.5 GB while it writes the index of a 100× site, and inside `astro build`
 * that came on top of Astro's own ~2.3 GB (BENCHMARKS.md, docs/adr/0012-search-index-after-astro.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolvePagefindOptions, type ResolvedPagefindOptions } from './options.ts';

/** Set by scripts/build.ts to a file path: the integration writes what to index there instead of indexing. */
export const SEARCH_INDEX_HANDOFF_ENV = 'PORTAL_SEARCH_INDEX_HANDOFF';

/** What the integration hands over: the built site and the options it was configured with. */
export interface SearchIndexHandoff {
  dir: string;
  options: ResolvedPagefindOptions;
  /** Where search bundles are kept between builds (index-cache.ts): `pagefind/` in Astro's cacheDir. */
  cacheDir?: string;
}

export function writeSearchIndexHandoff(path: string, handoff: SearchIndexHandoff): void {
  writeFileSync(path, `${JSON.stringify(handoff)}\n`);
}

/**
 * Reads a handoff back, checking the options again.
 * @throws {Error} When the file is not a handoff the integration wrote.
 */
export function readSearchIndexHandoff(path: string): SearchIndexHandoff {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<SearchIndexHandoff> | null;
  if (typeof value?.dir !== 'string' || typeof value.options !== 'object' || value.options === null) {
    throw new Error(`${path}: không phải tệp chuyển giao chỉ mục tìm kiếm (cần "dir" và "options").`);
  }
  if (value.cacheDir !== undefined && typeof value.cacheDir !== 'string') throw new Error(`${path}: "cacheDir" cần là đường dẫn thư mục.`);
  return { dir: value.dir, options: resolvePagefindOptions(value.options), ...(value.cacheDir === undefined ? {} : { cacheDir: value.cacheDir }) };
}
