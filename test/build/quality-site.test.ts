/**
 * Quality gates on the shipped site (issue 7), all on one build of content/:
 * reproducibility (a second, cold-cache build is byte-identical), valid HTML,
 * no broken internal link, and in Chromium at a phone and a desktop width,
 * for every page type of quality-routes.ts: axe WCAG 2.1 A/AA, keyboard
 * navigation with a visible focus and a skip link, no request leaving the
 * site, and no content-security-policy violation.
 */
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';
import { buildShippedSite, diffTrees, sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { axeViolations, collectCspReports, focusStop, tabThrough, VIEWPORTS, watchPage } from '../helpers/quality-browser.ts';
import { qualityRoutes } from '../helpers/quality-routes.ts';
import { checkFeeds, checkPageSafety } from '../helpers/page-safety.ts';
import { builtOrigin, checkLinks, validateHtml } from '../helpers/quality-static-checks.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

const root = resolve(import.meta.dirname, '../..');
const ROUTES = qualityRoutes(loadPortalContentFromDir(join(root, 'content'), root));
/** The search page is checked with a query typed in, so Pagefind's worker and WebAssembly run under the policy. */
const SEARCH_QUERY = '?q=chuyen+doi+so';
const cspOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('quality gates on the shipped site', () => {
  let site: ShippedBuild;

  beforeAll(() => {
    site = sharedShippedSite();
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('has a built page for every page type', () => {
    for (const route of ROUTES) expect(site.exists(route.file), `${route.type}: ${route.file}`).toBe(true);
  });

  describe('reproducible builds', () => {
    it('a second build, with every cache empty and run as `npm run build` runs it, writes a byte-identical dist/', () => {
      // The first build is `astro build`, which indexes the search itself; this one hands the index to
      // scripts/build.ts, which builds it after Astro's process has ended (ADR 12). Both give the same site.
      const second = buildShippedSite({ coldCache: true, command: 'npm-run-build' });
      try {
        expect(second.status, second.output).toBe(0);
        expect(second.output).toContain('Chỉ mục tìm kiếm sẽ được lập sau khi Astro kết thúc');
        expect(second.output).toMatch(/\[dti-portal:pagefind\] Chỉ mục tìm kiếm: \d+ trang/);
        // The cold build really drew every social image again instead of copying the first build's.
        expect(second.output).toMatch(/\[dti-portal:og-images\] [1-9]\d* ảnh được vẽ lại, 0 ảnh lấy từ bộ nhớ đệm/);
        const diff = diffTrees(site.outDir, second.outDir);
        expect(diff.files).toBeGreaterThan(500);
        expect({ onlyInFirst: diff.onlyInFirst, onlyInSecond: diff.onlyInSecond, differing: diff.differing }).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
      } finally {
        second.remove();
      }
    });
  });

  describe('valid HTML', () => {
    it('html-validate (.htmlvalidate.json) finds 0 errors in every built page', async () => {
      const report = await validateHtml(site.outDir);
      expect(report.files).toBeGreaterThanOrEqual(ROUTES.length);
      expect(report.errors).toEqual([]);
    });
  });

  describe('no redirect, no foreign <base> or <form>, no unsafe scheme, well-formed feeds (issue 12)', () => {
    it('no page has http-equiv="refresh", a <base>, a <form> to another host, or an href/src/action that is not http(s), mailto, tel or on the site', () => {
      const report = checkPageSafety(site.outDir, builtOrigin(site.outDir));
      expect(report.files).toBeGreaterThanOrEqual(ROUTES.length);
      expect(report.problems).toEqual([]);
    });

    it('every RSS feed (/rss.xml and each unit feed) parses as XML', () => {
      const report = checkFeeds(site.outDir);
      expect(report.feeds).toContain('rss.xml');
      expect(report.feeds.filter((feed) => feed.startsWith('chuyen-doi-so/don-vi/')).length).toBeGreaterThan(10);
      expect(report.errors).toEqual([]);
    });
  });

  describe('links', () => {
    it('linkinator finds every internal link, asset, social image and #fragment', async () => {
      const report = await checkLinks(site.outDir);
      expect(report.broken).toEqual([]);
      expect(report.checked).toBeGreaterThan(500);
      // Links that leave the site are the plan's own references, share buttons and the audit trail's commits on GitHub; nothing else.
      for (const origin of report.externalOrigins) expect(origin).toMatch(/^https:\/\/(?:(?:[\w-]+\.)*(?:gov\.vn|chinhphu\.vn|creativecommons\.org|facebook\.com|zalo\.me)|github\.com)$/);
    });
  });

  describe('content security policy', () => {
    it.each(ROUTES)('$type ($file) carries the policy in its <head>', ({ file }) => {
      const html = site.read(file);
      const policy = cspOf(html);
      expect(policy, file).toBeDefined();
      expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('</head>'));
      for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).toMatch(/style-src 'self'/);
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      // Pagefind runs on the page without its worker (ADR 8): no page allows a worker source of its own.
      expect(policy).not.toContain('worker-src');
      // WebAssembly only where Pagefind runs.
      expect(policy?.includes("'wasm-unsafe-eval'"), file).toBe(file === 'tim-kiem/index.html');
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

    // Each page type is its own page in one context per width, several at a time (vitest's maxConcurrency):
    // Chromium renders and runs axe in one process per page, so the two cores are both busy.
    describe.each(VIEWPORTS)('at $name width ($width px)', (viewport) => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.name === 'phone' });
      });
      afterAll(async () => context?.close());

      it.concurrent.for(ROUTES)('$type ($path): 0 WCAG 2.1 A/AA violations, no CSP violation, no console error, no request off the site', async (route, { expect }) => {
        const page = await context.newPage();
        const log = await watchPage(page, server.origin);
        const response = await page.goto(`${server.origin}${route.path}${route.type === 'search' ? SEARCH_QUERY : ''}`);
        expect(response?.status()).toBe(route.type === 'not-found' ? 404 : 200);
        if (route.type === 'search') {
          // Results arrive through Pagefind's WebAssembly, run on the page (no worker, ADR 8).
          await page.locator('#ket-qua-tim-kiem:not([aria-busy])').waitFor();
          await page.getByRole('status').filter({ hasText: /^Có \d+ kết quả/ }).waitFor();
          expect(await page.locator('#danh-sach-ket-qua > li').count()).toBeGreaterThan(0);
        }
        expect(await axeViolations(page)).toEqual([]);
        await collectCspReports(page, log);
        expect(log.csp).toEqual([]);
        // The not-found page is served with status 404, which Chromium reports in the console.
        const problems = log.problems.filter((problem) => !(route.type === 'not-found' && /status of 404/.test(problem)));
        expect(problems).toEqual([]);
        expect(log.elsewhere, 'no CDN, font service, analytics or other third party').toEqual([]);
        if (route.type === 'search') {
          const fetched = server.requests.map((request) => request.path);
          expect(fetched).toContain('/pagefind/pagefind.js');
          expect(fetched).not.toContain('/pagefind/pagefind-worker.js');
          expect(fetched.some((path) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(path))).toBe(true);
        }
        await page.close();
      });

      it.concurrent.for(ROUTES)('$type ($path): the skip link comes first, is visible, and moves focus to the main content', async (route, { expect }) => {
        const page = await context.newPage();
        await page.goto(`${server.origin}${route.path}`);
        await page.keyboard.press('Tab');
        const skip = await focusStop(page);
        // In the page's language: the English page's frame is English (issue 14).
        expect(skip?.element).toMatch(route.type === 'english' ? /^a\.skip-link "Skip to main content"/ : /^a\.skip-link "Bỏ qua, đến nội dung chính"/);
        expect(skip).toMatchObject({ onScreen: true, indicated: true });
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => [location.hash, document.activeElement?.id])).toEqual(['#noi-dung-chinh', 'noi-dung-chinh']);
        const [next] = await tabThrough(page, 1);
        expect(next, 'the next Tab stays in the main content').toMatchObject({ inMain: true, onScreen: true, indicated: true });
        await page.close();
      });

      it.concurrent.for(ROUTES)('$type ($path): every element reached by Tab (first 40) is on screen with a visible focus indicator', async (route, { expect }) => {
        const page = await context.newPage();
        await page.goto(`${server.origin}${route.path}`);
        const stops = await tabThrough(page, 40);
        expect(stops.length).toBeGreaterThan(5);
        expect(stops.filter((stop) => !stop.onScreen || !stop.indicated)).toEqual([]);
        expect(stops.some((stop) => stop.inMain), 'Tab reaches the main content').toBe(true);
        await page.close();
      });

      it('moves through the site by keyboard alone: main menu, then the search box', async () => {
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);
        const focusName = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
        const tabTo = async (name: string) => {
          for (let step = 0; step < 20 && (await focusName()) !== name; step += 1) await page.keyboard.press('Tab');
          expect(await focusName()).toBe(name);
        };
        // On a phone the main menu sits behind the header's menu button (a <details>), and the search box on the search page.
        const phone = viewport.name === 'phone';
        if (phone) {
          await tabTo('Menu');
          await page.keyboard.press('Enter');
        }
        await tabTo('Chỉ số');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${server.origin}/chi-so/`);
        if (phone) {
          await tabTo('Tìm kiếm');
          await page.keyboard.press('Enter');
          await page.waitForURL(`${server.origin}/tim-kiem/`);
        }
        const searchBox = phone ? 'tu-khoa' : 'o-tim-kiem';
        for (let step = 0; step < 20 && (await page.evaluate(() => document.activeElement?.id)) !== searchBox; step += 1) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(searchBox);
        await page.keyboard.type('Trần Phú');
        const log = await watchPage(page, server.origin);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/tim-kiem\/\?q=Tr%E1%BA%A7n\+Ph%C3%BA(?:&|$)/);
        await page.getByRole('status').filter({ hasText: /^Có \d+ kết quả/ }).waitFor();
        // The GET form submits under form-action 'self' (ADR 9): no violation on the way.
        await collectCspReports(page, log);
        expect(log.csp).toEqual([]);
        await page.close();
      });
    });
  });

  it.runIf(!hasChromium && browserRequired)('requires Chromium under CI', () => {
    expect.fail('CI=true but Chromium is missing at /usr/bin/chromium: the browser tests must run in CI (apt-get install -y chromium).');
  });
});
