/**
 * Search speed in Chromium (part of `npm run bench -- search`): the time from
 * submitting a query on /tim-kiem/ to its first result painted, and to its
 * first page of results (up to 10) painted, read from
 * the page's own performance marks (src/lib/search/timing.ts), on a built
 * site served from 127.0.0.1.
 *
 * Each run is a reader with an empty cache: a fresh browser context opens
 * /tim-kiem/, the page loads (and fetches Pagefind while the reader reads),
 * the query is typed and submitted. Also measured: opening /tim-kiem/?q=…
 * directly (from the header box of another page), timed from navigation start.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { SEARCH_MARKS, SEARCH_MEASURE, SEARCH_PAGE_MEASURE } from '../src/lib/search/timing.ts';
import { launchChromium } from '../test/helpers/search-chromium.ts';
import { serveDirectory } from './lib/static-site-fs.ts';

/** The queries of the search tests (test/build/search-site.test.ts, search-shipped.test.ts). */
export const TIMED_QUERIES = [
  'chuyen doi so',
  'chuyển đổi số',
  'duong',
  'đường',
  'dang ky',
  'đăng ký',
  'Tran Phu',
  'Trần Phú',
  '1.4',
  '6.13',
  'chỉ số 6.13',
  'chuyen doi',
  'dich vu cong',
  'ha tang',
] as const;

export interface QueryTiming {
  query: string;
  /** Submit → first result painted, one per run, in milliseconds. */
  submit: number[];
  /** Submit → the first page of results (up to 10) painted, one per run. */
  submitPage: number[];
  /** CPU time of the page's main thread from submit to painted (Chromium's ThreadTime): about what the wall time is when the machine is idle. */
  busy: number[];
  /** Navigation start → first results painted, opening /tim-kiem/?q=… directly. */
  arrival: number[];
}

const median = (values: readonly number[]) => percentile(values, 0.5);

/** The value at `fraction` of the sorted values (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] as number;
}

async function timeSubmit(browser: Browser, origin: string, query: string): Promise<{ wall: number; wallPage: number; busy: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Từ khóa', { exact: true }).fill(query);
    const before = await threadTime();
    await page.getByLabel('Từ khóa', { exact: true }).press('Enter');
    const wallPage = await readMeasure(page, SEARCH_PAGE_MEASURE);
    const wall = await readMeasure(page, SEARCH_MEASURE);
    return { wall, wallPage, busy: (await threadTime()) - before };
  } finally {
    await context.close();
  }
}

async function timeArrival(browser: Browser, origin: string, query: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await readMeasure(page, SEARCH_MEASURE);
    // Mark times are from navigation start.
    return await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN, SEARCH_MARKS.painted);
  } finally {
    await context.close();
  }
}

async function readMeasure(page: import('playwright-core').Page, measure: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, measure, { timeout: 30_000 });
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? Number.NaN, measure);
}

/** Times every query `runs` times each way on the site built in `siteDir`. */
export async function timeSearchInChromium(siteDir: string, { runs = 3, queries = TIMED_QUERIES }: { runs?: number; queries?: readonly string[] } = {}): Promise<QueryTiming[]> {
  const server = await serveDirectory(siteDir);
  const browser = await launchChromium();
  try {
    // One warm-up run: Chromium's first page pays for its own start-up.
    await timeSubmit(browser, server.origin, 'chuyen doi so');
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      const timing: QueryTiming = { query, submit: [], submitPage: [], busy: [], arrival: [] };
      for (let run = 0; run < runs; run += 1) {
        const { wall, wallPage, busy } = await timeSubmit(browser, server.origin, query);
        timing.submit.push(wall);
        timing.submitPage.push(wallPage);
        timing.busy.push(busy);
        timing.arrival.push(await timeArrival(browser, server.origin, query));
      }
      timings.push(timing);
    }
    return timings;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The table `npm run bench -- search` prints: per query, then median and p90 over every run. */
export function formatSearchTimings(timings: readonly QueryTiming[]): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const lines = [
    '| query | submit → first result painted (median) | runs | submit → first 10 painted (median) | main thread CPU time, submit → first 10 (median) | opening /tim-kiem/?q=… → first result painted (median) |',
    '| --- | ---: | --- | ---: | ---: | ---: |',
    ...timings.map(
      (timing) =>
        `| ${timing.query} | ${ms(median(timing.submit))} | ${timing.submit.map(ms).join(', ')} | ${ms(median(timing.submitPage))} | ${ms(median(timing.busy))} | ${ms(median(timing.arrival))} |`,
    ),
  ];
  const all = (key: 'submit' | 'submitPage' | 'busy' | 'arrival') => timings.flatMap((timing) => timing[key]);
  const summary = (values: number[]) => `median ${ms(median(values))}, p90 ${ms(percentile(values, 0.9))}`;
  lines.push(`| **all ${all('submit').length} runs** | **${summary(all('submit'))}** | | ${summary(all('submitPage'))} | ${summary(all('busy'))} | ${summary(all('arrival'))} |`);
  lines.push('', `Load average while measuring: ${loadavg().map((value) => value.toFixed(1)).join(', ')} (1, 5, 15 min) on ${availableParallelism()} cores.`);
  return lines.join('\n');
}
