/**
 * Search, end to end, on the `search-vi` fixture: a real `astro build` (which
 * runs the Pagefind integration), then real queries against its index with
 * Pagefind's own JS API in Node, then the search page in Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefindFromDir } from '../../src/lib/search/pagefind-node-fs.ts';
import { toResultView, type PagefindResultData } from '../../src/lib/search/result.ts';
import { runSearch, type PagefindApi, type SearchOptions } from '../../src/lib/search/run-search.ts';
import { parseSearchState } from '../../src/lib/search/url-state.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import { axeViolations } from '../helpers/quality-browser.ts';
import { buildSearchFixture } from '../helpers/search-fixture.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

/** Every acceptance query of the issue: what a reader types, the page that must come first or near the top. */
const QUERIES: { q: string; expected: string; within: number }[] = [
  { q: 'chuyen doi so', expected: '/chuyen-doi-so/chuyen-doi-so-co-quan/', within: 3 },
  { q: 'chuyển đổi số', expected: '/chuyen-doi-so/chuyen-doi-so-co-quan/', within: 3 },
  { q: 'chuyen đổi so', expected: '/chuyen-doi-so/chuyen-doi-so-co-quan/', within: 3 },
  { q: 'duong', expected: '/chuyen-doi-so/nang-cap-duong-truyen/', within: 3 },
  { q: 'đường', expected: '/chuyen-doi-so/nang-cap-duong-truyen/', within: 1 },
  { q: 'dang ky', expected: '/chuyen-doi-so/ho-tro-dang-ky-dinh-danh/', within: 1 },
  { q: 'đăng ký', expected: '/chuyen-doi-so/ho-tro-dang-ky-dinh-danh/', within: 1 },
  { q: 'Tran Phu', expected: '/don-vi/phuong-tran-phu/', within: 1 },
  { q: 'Trần Phú', expected: '/don-vi/phuong-tran-phu/', within: 1 },
  { q: 'tran phu'.normalize('NFD'), expected: '/don-vi/phuong-tran-phu/', within: 1 },
  { q: 'Trần Phú'.normalize('NFD'), expected: '/don-vi/phuong-tran-phu/', within: 1 },
  { q: '1.4', expected: '/chi-so/1-4/', within: 1 },
  { q: '6.13', expected: '/chi-so/6-13/', within: 1 },
  { q: 'chỉ số 6.13', expected: '/chi-so/6-13/', within: 1 },
];

async function search(pagefind: PagefindApi, query: string, options?: SearchOptions) {
  const outcome = await runSearch(pagefind, parseSearchState(query), options);
  const data = await Promise.all(outcome.results.map((result) => result.data()));
  return { ...outcome, data, urls: data.map((page) => page.url) };
}

describe('search on a built site', () => {
  let site: ReturnType<typeof buildSearchFixture>;
  let pagefind: PagefindApi;

  beforeAll(async () => {
    site = buildSearchFixture('search-vi');
    if (site.status === 0) pagefind = await loadPagefindFromDir(site.outDir);
  });
  afterAll(() => site?.remove());

  it('builds the index inside `astro build`, logging the page count', () => {
    expect(site.status, site.output).toBe(0);
    // Or copied from the fixture's cache (test/fixtures/search-vi/.cache/astro/pagefind) when its pages did not change.
    expect(site.output).toMatch(/\[dti-portal:pagefind\] Chỉ mục tìm kiếm: \d+ trang \(bỏ qua \d+ trang không thuộc diện tìm kiếm\) trong \d+ ms(, lấy từ bộ nhớ đệm)?\./);
    expect(site.exists('pagefind/pagefind.js')).toBe(true);
    expect(site.exists('pagefind/pagefind-entry.json')).toBe(true);
    // The portal has its own search page: Pagefind's default UI is not shipped.
    expect(site.exists('pagefind/pagefind-ui.css')).toBe(false);
    expect(site.exists('pagefind/pagefind-ui.js')).toBe(false);
  });

  describe('Vietnamese queries against the index, with Pagefind’s JS API in Node', () => {
    it.each(QUERIES)('"$q" finds $expected within the first $within', async ({ q, expected, within }) => {
      // As the page searches before the filters are opened: without counts.
      const { urls } = await search(pagefind, `?q=${encodeURIComponent(q)}`, { counts: false });
      expect(urls.indexOf(expected), urls.join('\n')).toBeGreaterThanOrEqual(0);
      expect(urls.indexOf(expected), urls.join('\n')).toBeLessThan(within);
    });

    it('"1.4" does not find every 14 (14 tuổi, 14/KH-UBND, 14/10/2024)', async () => {
      const { urls } = await search(pagefind, '?q=1.4');
      expect(urls).not.toContain('/chuyen-doi-so/so-hoa-ho-so/');
      const { urls: fourteen } = await search(pagefind, '?q=14');
      expect(fourteen).toContain('/chuyen-doi-so/so-hoa-ho-so/');
    });

    it('"đường" lists the pages with đường before those with dưỡng', async () => {
      const { urls, exact } = await search(pagefind, `?q=${encodeURIComponent('đường')}`);
      expect(urls.indexOf('/chuyen-doi-so/nang-cap-duong-truyen/')).toBeLessThan(urls.indexOf('/chuyen-doi-so/boi-duong-ky-nang-so/'));
      expect(exact).toBeGreaterThan(0);
      expect(exact).toBeLessThan(urls.length);
      expect((await search(pagefind, '?q=duong')).exact, 'typed without diacritics: no exact pass').toBeUndefined();
    });

    it.each(['"chuyển đổi số"', '"chuyen doi so"', '“chuyển đổi số”'])('the quoted phrase %s finds the phrase, not its words scattered', async (q) => {
      const loose = await search(pagefind, `?q=${encodeURIComponent(q.replace(/["“”]/g, ''))}`);
      const phrase = await search(pagefind, `?q=${encodeURIComponent(q)}`);
      // "Số hóa hồ sơ, đổi mới cách chuyển giao" has all three words, apart.
      expect(loose.urls).toContain('/chuyen-doi-so/so-hoa-ho-so/');
      expect(phrase.urls).not.toContain('/chuyen-doi-so/so-hoa-ho-so/');
      expect(phrase.urls).toContain('/chuyen-doi-so/chuyen-doi-so-co-quan/');
      expect(phrase.urls).toContain('/chi-so/1-4/');
    });

    it('a query with no result finds nothing, with or without filters', async () => {
      expect((await search(pagefind, '?q=xyzzyq')).urls).toEqual([]);
      expect((await search(pagefind, `?q=${encodeURIComponent('đường truyền')}&don-vi=xa-dong-son`)).urls).toEqual([]);
    });

    it('shows each result with its type, unit, date, status and a marked excerpt, spelled as on the page', async () => {
      const { data } = await search(pagefind, '?q=6.13');
      const view = toResultView(data.find((page) => page.url === '/chi-so/6-13/') as PagefindResultData);
      expect(view).toMatchObject({
        title: 'Chỉ số 6.13: 90% hồ sơ công việc tại thành phố, 70% UBND phường, xã được xử lý trên môi trường mạng',
        typeLabel: 'Chỉ số',
        units: 'Phòng Nội vụ; UBND các phường, xã',
        dateText: '30/09/2024',
        statusLabel: 'Chưa báo cáo',
        demo: false,
      });
      // The snippet (src/lib/search/snippet.ts) marks the id itself, not the punctuation after it.
      expect(view.excerpt.filter((segment) => segment.mark).map((segment) => segment.text)).toContain('6.13');
      const { data: posts } = await search(pagefind, `?q=${encodeURIComponent('đường truyền')}`);
      const post = toResultView(posts[0] as PagefindResultData);
      expect(post).toMatchObject({ title: 'Nâng cấp đường truyền số liệu chuyên dùng đến các phường, xã', typeLabel: 'Tin bài', units: 'Phòng Văn hóa và Thông tin', dateText: '10/04/2024', dateLabel: 'Ngày đăng' });
      expect(post.excerpt.map((segment) => segment.text).join('')).toContain('đường truyền số liệu');
    });

    it('filters by type, unit, pillar and status, counting each filter’s values without its own choice', async () => {
      const posts = await search(pagefind, '?q=chuyen+doi+so&loai=post');
      expect(posts.data.every((page) => page.meta.type === 'post')).toBe(true);
      expect(posts.counts.type?.post).toBe(posts.urls.length);
      expect(posts.counts.type?.indicator).toBeGreaterThan(0);
      expect(posts.counts.unit?.['phong-noi-vu']).toBe(1);

      const ward = await search(pagefind, '?q=chuyen+doi+so&don-vi=phuong-tran-phu');
      expect(ward.urls).toContain('/don-vi/phuong-tran-phu/');
      expect(ward.urls).toContain('/chi-so/1-4/');
      expect(ward.urls).not.toContain('/chuyen-doi-so/chuyen-doi-so-co-quan/');

      const pillar = await search(pagefind, '?loai=indicator&tru-cot=hoat-dong-chinh-quyen-so');
      expect(pillar.urls.sort()).toEqual(['/chi-so/6-1/', '/chi-so/6-13/']);

      const overdue = await search(pagefind, '?trang-thai=overdue');
      expect(overdue.urls).toEqual(['/chi-so/1-1/']);
      expect(overdue.counts.status?.['not-reported']).toBeGreaterThan(0);
    });

    it('sorts by date, newest or oldest first', async () => {
      const newest = await search(pagefind, '?loai=post&sap-xep=moi-nhat');
      const dates = newest.data.map((page) => page.meta.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      expect(newest.urls[0]).toBe('/chuyen-doi-so/chuyen-doi-so-co-quan/');
      const oldest = await search(pagefind, '?loai=post&sap-xep=cu-nhat');
      expect(oldest.urls).toEqual([...newest.urls].reverse());
    });

    it('indexes only main content: not the header, footer, breadcrumbs or the search page itself', async () => {
      expect((await search(pagefind, `?q=${encodeURIComponent('"Bỏ qua, đến nội dung chính"')}`)).urls).toEqual([]);
      expect((await search(pagefind, `?q=${encodeURIComponent('"được cấp phép theo"')}`)).urls).toEqual([]);
      const everything = await search(pagefind, '?nam=2024');
      for (const url of ['/tim-kiem/', '/404.html', '/chi-so/', '/don-vi/', '/so-do-cong/', '/chuyen-doi-so/', '/']) {
        expect(everything.urls).not.toContain(url);
      }
      expect(everything.urls).toEqual(expect.arrayContaining(['/ke-hoach/', '/chi-so/6-13/', '/don-vi/xa-dong-son/', '/tru-cot/nhan-thuc-so/', '/lien-he/']));
    });

    it('keeps table cells apart in the index (no "chứng1.1")', async () => {
      const { data } = await search(pagefind, '?q=1.1');
      const pillar = data.find((page) => page.url === '/tru-cot/nhan-thuc-so/') as PagefindResultData & { content: string };
      expect(pillar).toBeDefined();
      expect(pillar.content).not.toMatch(/chứng1/);
      expect(pillar.content).toMatch(/Minh chứng\S*\s+1\u20241/);
    });
  });

  describe('the pages', () => {
    it('put the header search box on every page: a plain GET form to /tim-kiem/', () => {
      for (const page of ['index.html', 'chi-so/1-4/index.html', 'tim-kiem/index.html']) {
        const html = site.read(page);
        expect(html).toMatch(/<form class="header-search" role="search" aria-label="Tìm kiếm trên cổng" action="\/tim-kiem\/" method="get"/);
        expect(html).toMatch(/<input id="o-tim-kiem" name="q" type="search"/);
      }
    });

    it('carry their search metadata as <meta data-pagefind-*> in the head', () => {
      const html = site.read('chi-so/6-13/index.html');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head).toContain('<meta name="pagefind-filter-type" data-pagefind-filter="type[content]" content="indicator">');
      expect(head).toContain('<meta name="pagefind-filter-unit" data-pagefind-filter="unit[content]" content="phong-noi-vu">');
      expect(head).toContain('<meta name="pagefind-filter-unit" data-pagefind-filter="unit[content]" content="phuong-tran-phu">');
      expect(head).toContain('<meta name="pagefind-filter-pillar" data-pagefind-filter="pillar[content]" content="hoat-dong-chinh-quyen-so">');
      expect(head).toContain('<meta name="pagefind-filter-status" data-pagefind-filter="status[content]" content="not-reported">');
      expect(head).toContain('<meta name="pagefind-sort-date" data-pagefind-sort="date[content]" content="2024-09-30">');
      const post = site.read('chuyen-doi-so/ho-tro-dang-ky-dinh-danh/index.html');
      expect(post).toContain('<meta name="pagefind-filter-type" data-pagefind-filter="type[content]" content="post">');
      expect(post).toContain('<meta name="pagefind-sort-date" data-pagefind-sort="date[content]" content="2024-03-05">');
      expect(site.read('tim-kiem/index.html')).not.toContain('data-pagefind-body');
    });

    it('ship client JavaScript on the search page only', () => {
      expect(site.read('tim-kiem/index.html')).toMatch(/<script type="module"/);
      // The search page asks for Pagefind's script and WebAssembly in its head; both exist in the bundle.
      const preloads = [...site.read('tim-kiem/index.html').matchAll(/<link rel="(?:modulepreload|preload)" href="\/([^"]+)"/g)].map((match) => match[1]);
      expect(preloads).toEqual(['pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind']);
      for (const file of preloads) expect(site.exists(file as string), file).toBe(true);
      for (const page of ['index.html', 'chi-so/1-4/index.html', 'chuyen-doi-so/nang-cap-duong-truyen/index.html', 'don-vi/phuong-tran-phu/index.html']) {
        expect(site.read(page), page).not.toMatch(/<script/i);
      }
    });
  });

  describe.skipIf(!hasChromium && !browserRequired)('in Chromium', () => {
    let server: StaticSite;
    let browser: Browser;
    let close = async () => {};

    beforeAll(async () => {
      ({ server, browser, close } = await openSiteInChromium(site.outDir));
    });
    afterAll(() => close());

    const results = (page: Page) => page.locator('#danh-sach-ket-qua > li');
    const resultLinks = async (page: Page) =>
      (await page.locator('#danh-sach-ket-qua > li h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)));
    const waitForSearch = async (page: Page) => {
      await page.locator('#ket-qua-tim-kiem:not([aria-busy])').waitFor();
      await page.getByRole('status').filter({ hasText: /kết quả/ }).waitFor();
    };
    // The shared helper evaluates axe over the DevTools protocol, which the page's CSP does not block.
    const axe = axeViolations;

    it('searches from the header box, filters, and reloads the shared address', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const elsewhere: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(server.origin)) elsewhere.push(request.url());
      });
      await page.goto(`${server.origin}/chi-so/1-1/`);
      await page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).fill('duong');
      await page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).press('Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=duong$/);
      await waitForSearch(page);
      expect(await page.getByLabel('Từ khóa', { exact: true }).inputValue()).toBe('duong');
      await expect.poll(() => resultLinks(page)).toContain('/chuyen-doi-so/nang-cap-duong-truyen/');
      expect((await resultLinks(page)).indexOf('/chuyen-doi-so/nang-cap-duong-truyen/')).toBeLessThan(3);
      const post = results(page).filter({ has: page.locator('h3 a[href="/chuyen-doi-so/nang-cap-duong-truyen/"]') });
      await expect.poll(() => post.textContent()).toMatch(/Tin bài.*Đơn vị: Phòng Văn hóa và Thông tin.*Ngày đăng: 10\/04\/2024/);
      expect(await post.locator('mark').allTextContents()).toContain('đường');

      const type = page.getByLabel('Loại trang');
      expect(await type.isVisible()).toBe(false);
      await page.locator('#bo-loc-chi-tiet > summary').click();
      // Opening the filters counts their values for the search on screen.
      await expect.poll(() => type.locator('option[value="post"]').textContent()).toMatch(/^Tin bài \(\d+\)$/);
      await type.selectOption('post');
      await page.waitForURL(/\/tim-kiem\/\?q=duong&loai=post$/);
      await waitForSearch(page);
      await expect.poll(() => resultLinks(page)).toEqual(expect.arrayContaining(['/chuyen-doi-so/nang-cap-duong-truyen/']));
      const filtered = await resultLinks(page);
      expect(filtered.every((path) => path.startsWith('/chuyen-doi-so/'))).toBe(true);
      expect(await page.getByRole('status').textContent()).toMatch(/^Có \d+ kết quả cho “duong” với bộ lọc Loại trang: Tin bài\.$/);

      await page.reload();
      await waitForSearch(page);
      expect(await page.getByLabel('Từ khóa', { exact: true }).inputValue()).toBe('duong');
      expect(await page.getByLabel('Loại trang').inputValue()).toBe('post');
      expect(await page.getByLabel('Loại trang').isVisible(), 'a chosen filter keeps the filters open').toBe(true);
      await expect.poll(() => resultLinks(page)).toEqual(filtered);
      expect(errors).toEqual([]);
      expect(elsewhere, 'no request leaves the site: no CDN, no third party').toEqual([]);
      // Everything the page loaded came from the site itself, and was there (the browser asks for /favicon.ico on its own).
      expect(server.requests.filter((request) => request.status !== 200 && request.path !== '/favicon.ico')).toEqual([]);
      await page.close();
    });

    it.each(QUERIES.filter((query) => query.q === query.q.normalize('NFC')))('"$q" finds $expected in the browser too', async ({ q, expected, within }) => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await waitForSearch(page);
      await expect.poll(() => resultLinks(page)).toContain(expected);
      expect((await resultLinks(page)).indexOf(expected)).toBeLessThan(within);
      await page.close();
    });

    it('says when nothing is found and offers to remove the filters', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('đường truyền')}&don-vi=xa-dong-son`);
      await waitForSearch(page);
      expect(await page.getByRole('status').textContent()).toBe('Không có kết quả nào cho “đường truyền” với bộ lọc Đơn vị: Xã Đồng Sơn.');
      expect(await page.getByText('Bỏ bớt bộ lọc: kết quả có thể nằm ngoài các bộ lọc đang chọn.').isVisible()).toBe(true);
      expect(await axe(page)).toEqual([]);
      await page.getByRole('link', { name: 'Bỏ lọc Đơn vị: Xã Đồng Sơn' }).click();
      await page.waitForURL(/\/tim-kiem\/\?q=%C4%91%C6%B0%E1%BB%9Dng\+truy%E1%BB%81n$/);
      await waitForSearch(page);
      await expect.poll(() => resultLinks(page)).toContain('/chuyen-doi-so/nang-cap-duong-truyen/');
      await page.close();
    });

    it('works by keyboard alone, and has no WCAG 2.1 A/AA violation', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/tim-kiem/`);
      expect(await axe(page)).toEqual([]);
      const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? '');
      for (let step = 0; step < 30 && (await focused()) !== 'tu-khoa'; step += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe('tu-khoa');
      await page.keyboard.type('6.13');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?q=6\.13$/);
      await waitForSearch(page);
      expect(await axe(page)).toEqual([]);
      for (let step = 0; step < 30 && !(await page.evaluate(() => document.activeElement?.closest('#danh-sach-ket-qua') !== null)); step += 1) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe('/chi-so/6-13/');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/chi-so\/6-13\/$/);
      await page.close();
    });
  });

  it.runIf(!hasChromium && browserRequired)('requires Chromium under CI', () => {
    expect.fail('CI=true but Chromium is missing at /usr/bin/chromium: the browser tests must run in CI (apt-get install -y chromium).');
  });
});
