/**
 * Builds the search index of a built site with Pagefind's Node API. Reads
 * every page that opted in (data-pagefind-body), hands Pagefind a prepared
 * copy of it (src/lib/search/index-html.ts), writes the bundle, and always
 * stops Pagefind's service. Also run by scripts/bench-search.ts.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlPathToUrl, isSearchablePage, prepareHtmlForIndex } from '../../lib/search/index-html.ts';
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

/**
 * Indexes `dir` and writes the bundle to `dir/<outputSubdir>`.
 * @throws {Error} "Không lập được chỉ mục tìm kiếm…", with Pagefind's error as `cause`.
 * @example
 * await runPagefind({ dir: 'dist', logger: console, options: resolvePagefindOptions() });
 * // logs: Chỉ mục tìm kiếm: 232 trang (bỏ qua 18 trang không thuộc diện tìm kiếm) trong 1840 ms.
 */
export async function runPagefind({
  dir,
  logger,
  options,
}: {
  dir: string;
  logger: RunnerLogger;
  options: ResolvedPagefindOptions;
}): Promise<PagefindRunSummary> {
  const started = performance.now();
  const outputPath = join(dir, options.outputSubdir);
  try {
    const files = await listHtmlFiles(dir, outputPath);
    const { index, errors } = await pagefind.createIndex({
      excludeSelectors: options.excludeSelectors,
      forceLanguage: options.language,
      includeCharacters: options.includeCharacters,
    });
    failIfErrors(errors, 'khởi tạo chỉ mục');
    if (!index) throw new Error('Pagefind không tạo được chỉ mục.');

    let pages = 0;
    for (let start = 0; start < files.length; start += options.concurrency) {
      const batch = files.slice(start, start + options.concurrency);
      const pagesRead = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
      // Pages reach Pagefind in file order: it numbers them as they arrive, so an
      // order that depends on which read finished first gives a different index
      // on every build (docs/adr/0010-reproducible-builds.md).
      const added = batch.flatMap((file, position) => {
        const html = pagesRead[position] ?? '';
        if (!isSearchablePage(html)) return [];
        const url = htmlPathToUrl(relative(dir, file));
        return [index.addHTMLFile({ url, content: prepareHtmlForIndex(html) }).then((response) => failIfErrors(response.errors, `đọc trang ${url}`))];
      });
      await Promise.all(added);
      pages += added.length;
    }

    const written = await index.writeFiles({ outputPath });
    failIfErrors(written.errors, `ghi chỉ mục vào ${outputPath}`);
    if (!options.keepDefaultUi) {
      const bundle = await readdir(outputPath);
      await Promise.all(bundle.filter((name) => DEFAULT_UI_FILES.test(name)).map((name) => rm(join(outputPath, name))));
    }
    const milliseconds = Math.round(performance.now() - started);
    const skipped = files.length - pages;
    logger.info(`Chỉ mục tìm kiếm: ${pages} trang (bỏ qua ${skipped} trang không thuộc diện tìm kiếm) trong ${milliseconds} ms.`);
    return { pages, skipped, milliseconds, outputPath };
  } catch (error) {
    throw new Error(`Không lập được chỉ mục tìm kiếm Pagefind cho ${dir}.`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
