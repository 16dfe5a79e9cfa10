/**
 * Produces every page's social image after the build: reads the pages from
 * dist/, plans one image per page, copies cached images and renders the
 * rest, then logs how many were rendered and how many came from the cache.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { ogCacheKey } from '../../lib/og/cache-key.ts';
import { createOgImageCache } from '../../lib/og/cache-fs.ts';
import { rendererFingerprint } from '../../lib/og/fingerprint-fs.ts';
import { loadOgFonts } from '../../lib/og/fonts-fs.ts';
import type { OgImageJob, OgImageModel } from '../../lib/og/model.ts';
import { readBuiltPages } from '../../lib/og/pages-fs.ts';
import { OG_IMAGE_DIR, planOgImages } from '../../lib/og/plan.ts';
import { recordedOgImages } from '../../lib/og/records.ts';
import { renderOgPng } from '../../lib/og/render.ts';
import type { ResolvedOgImagesOptions } from './options.ts';

export interface OgRunInput extends ResolvedOgImagesOptions {
  distDir: string;
  logger: { info(message: string): void; warn(message: string): void };
  /**
   * The models pages recorded in the previous build (records-fs.ts): a page Astro's incremental build
   * copied instead of rendering recorded none this time, and its model is the one it recorded then.
   */
  previousRecords?: ReadonlyMap<string, OgImageModel>;
}

/** What a run did; also written to `<cacheDir>/last-build.json` for tests and the benchmark. */
export interface OgRunReport {
  /** Images planned, one per page that draws its own. */
  pages: number;
  /** Pages that share another page's image (a list's later pages), so drew none. */
  shared: number;
  rendered: string[];
  cached: string[];
  withoutImage: string[];
  /** Wall time of the whole run, and of rendering alone. */
  totalMs: number;
  renderMs: number;
  keys: Record<string, string>;
  /** What each image draws, by image path: the agreement tests compare these with the pages and the open data. */
  models: Record<string, OgImageModel>;
  /** The model of every built page that recorded one, this build or (copied pages) the previous one, by page path. */
  records: Map<string, OgImageModel>;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * @example
 * await generateOgImages({ distDir, cacheDir, concurrency: 2, prune: true, logger });
 */
export async function generateOgImages(input: OgRunInput): Promise<OgRunReport> {
  const started = performance.now();
  const { pages, withoutImage } = readBuiltPages(input.distDir, OG_IMAGE_DIR);
  if (withoutImage.length > 0) {
    input.logger.warn(`${withoutImage.length} trang không khai báo og:image nên không có ảnh chia sẻ: ${withoutImage.slice(0, 5).join(', ')}${withoutImage.length > 5 ? '…' : ''}`);
  }
  // Each page recorded the image model of its own view model while it rendered (src/lib/og/records.ts).
  const fresh = recordedOgImages();
  const records = new Map<string, OgImageModel>();
  for (const page of pages) {
    const model = fresh.get(page.path) ?? input.previousRecords?.get(page.path);
    if (model) records.set(page.path, model);
  }
  const anyRecord = [...records.values()];
  const siteFrame = (anyRecord.find((model) => model.kind === 'page') ?? anyRecord[0])?.frame ?? { siteName: '', asOf: '', demo: false };
  const { jobs, shared, duplicates, unrecorded } = planOgImages({ records, frame: siteFrame, pages });
  for (const page of duplicates) input.logger.warn(`Trang ${page.path} dùng lại ảnh ${page.imagePath} của trang khác.`);
  if (unrecorded.length > 0) input.logger.warn(`${unrecorded.length} trang không ghi lại mô hình ảnh nên dùng mẫu chung: ${unrecorded.slice(0, 5).map((page) => page.path).join(', ')}`);

  const fingerprint = rendererFingerprint();
  const cache = createOgImageCache(input.cacheDir);
  const keys: Record<string, string> = {};
  const models: Record<string, OgImageModel> = {};
  const cached: string[] = [];
  const toRender: { job: OgImageJob; key: string; dest: string }[] = [];
  const distRoot = resolve(input.distDir);
  for (const job of jobs) {
    const key = ogCacheKey(job.model, fingerprint);
    const dest = resolve(distRoot, `.${job.imagePath}`);
    if (!dest.startsWith(distRoot + sep)) throw new Error(`Địa chỉ ảnh nằm ngoài thư mục dist/: ${job.imagePath}`);
    keys[job.imagePath] = key;
    models[job.imagePath] = job.model;
    mkdirSync(dirname(dest), { recursive: true });
    if (cache.copyTo(key, dest)) cached.push(job.imagePath);
    else toRender.push({ job, key, dest });
  }

  const renderStarted = performance.now();
  const rendered: string[] = [];
  if (toRender.length > 0) {
    const { fonts } = loadOgFonts();
    await inPool(toRender, input.concurrency, async ({ job, key, dest }) => {
      let png: Buffer;
      try {
        png = await renderOgPng(job.model, fonts);
      } catch (error) {
        throw new Error(`Không vẽ được ảnh chia sẻ của trang ${job.pagePath} (${job.model.kind}): ${(error as Error).message}`, { cause: error });
      }
      cache.put(key, png);
      writeFileSync(dest, png);
      rendered.push(job.imagePath);
    });
  }
  const renderMs = performance.now() - renderStarted;
  if (input.prune) cache.prune(new Set(Object.values(keys)));

  const report: OgRunReport = { pages: jobs.length, shared: shared.length, rendered: rendered.sort(), cached, withoutImage, totalMs: performance.now() - started, renderMs, keys, models, records };
  mkdirSync(input.cacheDir, { recursive: true });
  writeFileSync(join(input.cacheDir, 'last-build.json'), `${JSON.stringify({ ...report, records: undefined }, null, 2)}\n`);
  const perImage = rendered.length > 0 ? `, ${(renderMs / rendered.length).toFixed(1)} ms/ảnh vẽ` : '';
  input.logger.info(
    `${rendered.length} ảnh được vẽ lại, ${cached.length} ảnh lấy từ bộ nhớ đệm (${Math.round(report.totalMs)} ms${perImage}).`,
  );
  if (shared.length > 0) input.logger.info(`${shared.length} trang dùng chung ảnh của trang đầu danh sách, không vẽ ảnh riêng.`);
  return report;
}
