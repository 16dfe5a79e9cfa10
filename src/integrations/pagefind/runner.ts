/**
 * Builds the search index of a built site with Pagefind's Node API. Reads
 * every page that opted in (data-pagefind-body), hands Pagefind a prepared
 * copy of it (src/lib/search/index-html.ts, index-budget.ts), writes the
 * bundle, and always stops Pagefind's service once started. With a cache
 * folder, a bundle already built from exactly the same pages is copied
 * instead (index-cache.ts). Also run by scripts/bench-search.ts (uncached).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { indexedPortion } from '../../lib/search/index-budget.ts';
import { htmlPathToUrl, isSearchablePage, prepareHtmlForIndex } from '../../lib/search/index-html.ts';
import { createSearchIndexKey } from '../../lib/search/index-key.ts';
import { installedPagefindVersion, restoreSearchIndex, saveSearchIndex } from './index-cache.ts';
import type { ResolvedPagefindOptions } from './options.ts';

/** The part of Astro's logger the runner uses; the benchmark passes console. */
export interface RunnerLogger {
  info(message: string): void;
}

export interface PagefindRunSummary {
  /** Pages in the index. */
  pages: number;
  /** HTML files left out: they did not ask to be indexed. */
  skipped: number;
  milliseconds: number;
  outputPath: string;
  /** Whether the bundle was copied from the cache instead of indexed. */
  cached: boolean;
}

/** Pagefind's own search UIs; the portal has its own page and loads only pagefind.js. */
const DEFAULT_UI_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

async function listHtmlFiles(dir: string, skipDir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(skipDir))
    .sort();
}

function failIfErrors(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind báo lỗi khi ${what}: ${errors.join('; ')}`);
}

interface IndexedPage {
  url: string;
  content: string;
}

/**
 * The pages Pagefind reads, in file order, prepared (index-html.ts); files that are not indexed are left out.
 * Read once: the same prepared pages give the cache key and, when it misses, the index.
 */
async function readIndexedPages(dir: string, files: readonly string[], options: ResolvedPagefindOptions): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = [];
  for (let start = 0; start < files.length; start += options.concurrency) {
    const batch = files.slice(start, start + options.concurrency);
    const texts = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
    batch.forEach((file, position) => {
      const html = texts[position] ?? '';
      if (isSearchablePage(html)) pages.push({ url: htmlPathToUrl(relative(dir, file)), content: prepareHtmlForIndex(indexedPortion(html, options.postIndexWords)) });
    });
  }
  return pages;
}

/** The cache key of the index of `pages`: Pagefind's version, the settings it is given, and every page it reads. */
function keyOf(pages: readonly IndexedPage[], options: ResolvedPagefindOptions): string {
  const { excludeSelectors, language, includeCharacters, keepDefaultUi } = options;
  const key = createSearchIndexKey(installedPagefindVersion(), { excludeSelectors, language, includeCharacters, keepDefaultUi });
  for (const page of pages) key.addPage(page.url, page.content);
  return key.digest();
}

/**
 * Indexes `dir` and writes the bundle to `dir/<outputSubdir>`. With a
 * `cacheDir`, a bundle kept there for exactly the same pages and settings is
 * copied instead (index-cache.ts): the output is byte for byte what indexing
 * would write.
 * @throws {Error} "Không lập được chỉ mục tìm kiếm…", with Pagefind's error as `cause`.
 * @example
 * await runPagefind({ dir: 'dist', logger: console, options: resolvePagefindOptions(), cacheDir: 'node_modules/.astro/pagefind' });
 * // logs: Chỉ mục tìm kiếm: 232 trang (bỏ qua 18 trang không thuộc diện tìm kiếm) trong 1840 ms.
 * // or, unchanged: Chỉ mục tìm kiếm: 232 trang (bỏ qua 18 trang không thuộc diện tìm kiếm) trong 95 ms, lấy từ bộ nhớ đệm.
 */
export async function runPagefind({
  dir,
  logger,
  options,
  cacheDir,
}: {
  dir: string;
  logger: RunnerLogger;
  options: ResolvedPagefindOptions;
  /** Where bundles are kept between builds; without it, every run indexes. */
  cacheDir?: string;
}): Promise<PagefindRunSummary> {
  const started = performance.now();
  const outputPath = join(dir, options.outputSubdir);
  const finish = (pages: number, files: number, how: string): PagefindRunSummary => {
    const milliseconds = Math.round(performance.now() - started);
    const skipped = files - pages;
    logger.info(`Chỉ mục tìm kiếm: ${pages} trang (bỏ qua ${skipped} trang không thuộc diện tìm kiếm) trong ${milliseconds} ms${how}.`);
    return { pages, skipped, milliseconds, outputPath, cached: how !== '' };
  };
  let pagefindStarted = false;
  try {
    const files = await listHtmlFiles(dir, outputPath);
    const pages = await readIndexedPages(dir, files, options);
    const key = cacheDir ? keyOf(pages, options) : undefined;
    if (cacheDir && key && restoreSearchIndex(cacheDir, key, outputPath)) return finish(pages.length, files.length, ', lấy từ bộ nhớ đệm');

    pagefindStarted = true;
    const { index, errors } = await pagefind.createIndex({
      excludeSelectors: options.excludeSelectors,
      forceLanguage: options.language,
      includeCharacters: options.includeCharacters,
    });
    failIfErrors(errors, 'khởi tạo chỉ mục');
    if (!index) throw new Error('Pagefind không tạo được chỉ mục.');

    for (let start = 0; start < pages.length; start += options.concurrency) {
      // Pages reach Pagefind in file order: it numbers them as they arrive, so an
      // order that depends on which read finished first gives a different index
      // on every build (docs/adr/0010-reproducible-builds.md).
      const batch = pages.slice(start, start + options.concurrency);
      await Promise.all(batch.map((page) => index.addHTMLFile(page).then((response) => failIfErrors(response.errors, `đọc trang ${page.url}`))));
    }

    const written = await index.writeFiles({ outputPath });
    failIfErrors(written.errors, `ghi chỉ mục vào ${outputPath}`);
    if (!options.keepDefaultUi) {
      const bundle = await readdir(outputPath);
      await Promise.all(bundle.filter((name) => DEFAULT_UI_FILES.test(name)).map((name) => rm(join(outputPath, name))));
    }
    if (cacheDir && key) saveSearchIndex(cacheDir, key, outputPath);
    return finish(pages.length, files.length, '');
  } catch (error) {
    throw new Error(`Không lập được chỉ mục tìm kiếm Pagefind cho ${dir}.`, { cause: error });
  } finally {
    if (pagefindStarted) await pagefind.close();
  }
}
