/**
 * Search on the shipped content, in Chromium: queries typed without marks
 * find the pages where their words stand together first (issue 14, point 7),
 * and the page leaves its timing marks in order (issue 18, point 4; the time
 * itself is measured by `npm run bench -- search`, never asserted here).
 * Reads the shipped site built once per test run (sharedShippedSite).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_MARKS, SEARCH_MEASURE, SEARCH_PAGE_MEASURE } from '../../src/lib/search/timing.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

/** Unmarked two- and three-word queries and the page that comes first on the shipped content. */
const PHRASE_QUERIES: { q: string; first: string }[] = [
  // Not "Dữ liệu mở" (which has "định dạng"), nor the plan for "Người ký … Đặng".
  { q: 'dang ky', first: '/chuyen-doi-so/doan-vien-thanh-nien-ho-tro-nguoi-dan-mo-tai-khoan-va-dung-chu-ky-so/' },
  { q: 'chuyen doi', first: '/chuyen-doi-so/tap-huan-chuyen-doi-so-cho-can-bo-cong-chuc-cac-phuong-xa/' },
  { q: 'dich vu cong', first: '/chuyen-doi-so/phat-thanh-chuyen-doi-so-so-4/' },
  { q: 'ha tang', first: '/tru-cot/ha-tang-so/' },
  { q: 'dinh danh', first: '/chuyen-doi-so/ho-tro-kich-hoat-dinh-danh-dien-tu-phuong-my-do/' },
];

/** Lower case, marks and the stroke of đ removed: how a reader who typed without marks reads a match. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe.skipIf(!hasChromium && !browserRequired)('search on the shipped site, in Chromium', () => {
  let site: ShippedBuild;
  let server: StaticSite;
  let browser: Browser;
  let close = async () => {};

  beforeAll(async () => {
    site = sharedShippedSite();
    expect(site.status, site.output).toBe(0);
    ({ server, browser, close } = await openSiteInChromium(site.outDir));
  });
  afterAll(() => close());

  const waitForResults = async (page: Page) => {
    await page.locator('#ket-qua-tim-kiem:not([aria-busy])').waitFor();
    await page.locator('#danh-sach-ket-qua > li').first().waitFor();
  };
  const results = (page: Page) =>
    page.locator('#danh-sach-ket-qua > li').evaluateAll((items) =>
      items.map((item) => ({
        path: new URL((item.querySelector('h3 a') as HTMLAnchorElement).href).pathname,
        marks: [...item.querySelectorAll('.search-result-excerpt mark')].map((mark) => mark.textContent ?? ''),
        excerpt: item.querySelector('.search-result-excerpt')?.textContent ?? '',
      })),
    );

  it.each(PHRASE_QUERIES)('"$q" lists first the pages where its words stand together ($first)', async ({ q, first }) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
    await waitForResults(page);
    const shown = await results(page);
    expect(shown[0]?.path, shown.map((result) => result.path).join('\n')).toBe(first);
    // The first five show the words side by side, marked as one run, in their snippet.
    for (const result of shown.slice(0, 5)) {
      expect(result.marks.map(fold), `${result.path}: ${result.excerpt}`).toContain(fold(q));
    }
    await page.close();
  });

  it('"dang ky" keeps the pages where the words are scattered after the phrase', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tim-kiem/?q=dang+ky`);
    await waitForResults(page);
    const paths = (await results(page)).map((result) => result.path);
    // "Dữ liệu mở" has "định dạng" and "ký" apart; it was third before phrases ranked first.
    expect(paths).not.toContain('/du-lieu/');
    await page.close();
  });

  it('leaves its performance marks in order: start, submit, results found, first result painted, first page painted, and the measures between', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tim-kiem/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Từ khóa', { exact: true }).fill('chuyen doi so');
    await page.getByLabel('Từ khóa', { exact: true }).press('Enter');
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, SEARCH_PAGE_MEASURE);
    const entries = await page.evaluate(
      ({ marks, measure, pageMeasure }) => ({
        marks: Object.fromEntries(Object.values(marks).map((name) => [name, performance.getEntriesByName(name, 'mark').map((entry) => entry.startTime)])),
        measure: performance.getEntriesByName(measure, 'measure').map((entry) => ({ start: entry.startTime, duration: entry.duration })),
        pageMeasure: performance.getEntriesByName(pageMeasure, 'measure').map((entry) => ({ start: entry.startTime, duration: entry.duration })),
      }),
      { marks: SEARCH_MARKS, measure: SEARCH_MEASURE, pageMeasure: SEARCH_PAGE_MEASURE },
    );
    const at = (name: string) => entries.marks[name] ?? [];
    expect(at(SEARCH_MARKS.start)).toHaveLength(1);
    expect(at(SEARCH_MARKS.submit)).toHaveLength(1);
    expect(at(SEARCH_MARKS.found)).toHaveLength(1);
    expect(at(SEARCH_MARKS.painted)).toHaveLength(1);
    const [start, submit, found, painted] = [SEARCH_MARKS.start, SEARCH_MARKS.submit, SEARCH_MARKS.found, SEARCH_MARKS.painted].map((name) => at(name)[0] as number);
    expect(start).toBeLessThan(submit as number);
    expect(submit).toBeLessThan(found as number);
    expect(found).toBeLessThan(painted as number);
    expect(entries.measure).toHaveLength(1);
    expect(entries.measure[0]?.start).toBe(submit);
    expect(entries.measure[0]?.duration).toBeCloseTo((painted as number) - (submit as number), 3);
    // The first result is painted before the other nine are fetched; the whole first page after it.
    expect(at(SEARCH_MARKS.pagePainted)).toHaveLength(1);
    const pagePainted = at(SEARCH_MARKS.pagePainted)[0] as number;
    expect(painted).toBeLessThan(pagePainted);
    expect(entries.pageMeasure).toEqual([{ start: submit, duration: expect.closeTo(pagePainted - (submit as number), 3) }]);
    expect(await page.locator('#danh-sach-ket-qua > li').count()).toBe(10);
    await page.close();
  });

  it('fetches no Pagefind worker: the search runs on the page', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/tim-kiem/?q=1.4`);
    await waitForResults(page);
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(requested).not.toContain('/pagefind/pagefind-worker.js');
    await page.close();
  });
});

it.runIf(!hasChromium && browserRequired)('requires Chromium under CI', () => {
  expect.fail('CI=true but Chromium is missing at /usr/bin/chromium: the browser tests must run in CI (apt-get install -y chromium).');
});
