/**
 * Phone-first reading (issue 14), on the shared build of the shipped site: in
 * Chromium at 360×780, every page type of quality-routes.ts fits the screen
 * (no sideways scrolling, no table wider than its container, no status badge
 * cut), starts its h1 within the first 40% of the screen, and has 0 axe
 * WCAG 2.1 A/AA violations at that width. The header's menu opens without
 * JavaScript and the tables stack into labelled rows.
 */
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { axeViolations } from '../helpers/quality-browser.ts';
import { qualityRoutes, type QualityRoute } from '../helpers/quality-routes.ts';
import { H1_TOP_LIMIT, PHONE, readPhoneLayout } from '../helpers/phone-layout.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

const root = resolve(import.meta.dirname, '../..');
const ROUTES = qualityRoutes(loadPortalContentFromDir(join(root, 'content'), root));
/** The search page is read with results on it, the widest state it has. */
const SEARCH_QUERY = '?q=chuyen+doi+so';

describe('phone layout of the shipped site (360×780)', () => {
  let site: ShippedBuild;

  beforeAll(() => {
    site = sharedShippedSite();
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  describe.skipIf(!hasChromium && !browserRequired)('in Chromium', () => {
    let server: StaticSite;
    let browser: Browser;
    let context: BrowserContext;
    let close = async () => {};

    beforeAll(async () => {
      ({ server, browser, close } = await openSiteInChromium(site.outDir));
      context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    });
    afterAll(async () => {
      await context?.close();
      await close();
    });

    const open = async (route: QualityRoute): Promise<Page> => {
      const page = await context.newPage();
      const response = await page.goto(`${server.origin}${route.path}${route.type === 'search' ? SEARCH_QUERY : ''}`);
      expect(response?.status()).toBe(route.type === 'not-found' ? 404 : 200);
      if (route.type === 'search') {
        await page.getByRole('status').filter({ hasText: /^Có \d+ kết quả/ }).waitFor();
        // The count is announced before the list is drawn: wait for the first result itself.
        await page.locator('#danh-sach-ket-qua > li').first().waitFor();
        expect(await page.locator('#danh-sach-ket-qua > li').count()).toBeGreaterThan(0);
      }
      return page;
    };

    // Several page types at a time, each in its own page (vitest's maxConcurrency).
    it.concurrent.for(ROUTES)('$type ($path): fits 360 px, no table wider than its container, no badge cut, h1 in the first 40%, 0 axe violations', async (route, { expect }) => {
      const page = await open(route);
      const layout = await readPhoneLayout(page);
      expect(layout.pastTheEdge, 'nothing reaches past the right edge of the screen').toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(PHONE.width);
      expect(layout.wideTables).toEqual([]);
      expect(layout.cutBadges).toEqual([]);
      expect(layout.h1Top, 'the page has an h1').toBeDefined();
      expect(layout.h1Top).toBeLessThanOrEqual(H1_TOP_LIMIT);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('shows the site name, the menu button and the search link in one row, and the demo notice on one line', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      const boxes = await page.evaluate(() =>
        ['.site-name', '.site-menu > summary', '.search-link', '.demo-banner p'].map((selector) => {
          const element = document.querySelector(selector);
          const rect = element?.getBoundingClientRect();
          if (!element || !rect) return undefined;
          const style = getComputedStyle(element);
          const textHeight = rect.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
          return { top: rect.top, bottom: rect.bottom, lines: Math.round(textHeight / parseFloat(style.lineHeight)) };
        }),
      );
      const [name, menu, search, notice] = boxes;
      expect(name && menu && search && notice, 'all four are on the page').toBeTruthy();
      // One row: every item's vertical middle lies within each of the others.
      for (const box of [menu!, search!]) {
        const middle = (box.top + box.bottom) / 2;
        expect(middle).toBeGreaterThan(name!.top);
        expect(middle).toBeLessThan(name!.bottom);
      }
      expect(notice!.lines).toBe(1);
      expect(await page.locator('.demo-banner a').getAttribute('href')).toBe('/du-lieu/#du-lieu-minh-hoa');
      // The wide navigation and the header search box are not shown on a phone.
      expect(await page.locator('.site-nav--wide').isVisible()).toBe(false);
      expect(await page.locator('#o-tim-kiem').isVisible()).toBe(false);
      await page.close();
    });

    it('opens the menu without JavaScript, by touch and by keyboard, and follows a link from it', async () => {
      const noScript = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
      try {
        const page = await noScript.newPage();
        await page.goto(`${server.origin}/`);
        const menuLink = page.locator('.site-menu .site-nav a', { hasText: 'Chỉ số' });
        // One language link for both arrangements (SiteHeader.astro): on a phone it shows with the open menu, inside its panel.
        const langLink = page.locator('.site-header .lang-link');
        expect(await langLink.count()).toBe(1);
        expect(await menuLink.isVisible()).toBe(false);
        expect(await langLink.isVisible()).toBe(false);
        await page.locator('.site-menu > summary').tap();
        expect(await menuLink.isVisible()).toBe(true);
        expect(await langLink.isVisible()).toBe(true);
        const [panel, lang] = await Promise.all([page.locator('.site-menu__panel').boundingBox(), langLink.boundingBox()]);
        expect(lang!.y).toBeGreaterThanOrEqual(panel!.y);
        expect(lang!.y + lang!.height).toBeLessThanOrEqual(panel!.y + panel!.height);
        expect(lang!.x + lang!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
        await page.locator('.site-menu > summary').tap();
        expect(await menuLink.isVisible()).toBe(false);
        expect(await langLink.isVisible()).toBe(false);
        // By keyboard: Tab to the button, Enter opens it, Tab reaches its links.
        const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        for (let step = 0; step < 10 && (await focused()) !== 'Menu'; step += 1) await page.keyboard.press('Tab');
        expect(await focused()).toBe('Menu');
        await page.keyboard.press('Enter');
        for (let step = 0; step < 10 && (await focused()) !== 'Chỉ số'; step += 1) await page.keyboard.press('Tab');
        expect(await focused()).toBe('Chỉ số');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${server.origin}/chi-so/`);
        await page.close();
      } finally {
        await noScript.close();
      }
    });

    it('stacks a table into rows, each cell under its column header, and keeps it a table', async () => {
      const route = ROUTES.find((entry) => entry.type === 'unit')!;
      const page = await open(route);
      const table = page.locator('table.assignments').first();
      const cells = await table.evaluate((element) => {
        const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
        const firstRow = element.querySelector('tbody tr')!;
        return {
          headers,
          labels: [...firstRow.children].map((cell) => cell.getAttribute('data-label')),
          shown: [...firstRow.children].map((cell) => getComputedStyle(cell, '::before').content),
          lefts: [...firstRow.children].map((cell) => Math.round(cell.getBoundingClientRect().left)),
          tops: [...firstRow.children].map((cell) => cell.getBoundingClientRect().top),
        };
      });
      expect(cells.headers.length).toBeGreaterThan(5);
      expect(cells.labels).toEqual(cells.headers);
      // Every cell starts at the same left edge, each one below the last.
      expect(new Set(cells.lefts).size).toBe(1);
      for (let index = 1; index < cells.tops.length; index += 1) expect(cells.tops[index]).toBeGreaterThan(cells.tops[index - 1]!);
      expect(cells.shown[0]).toContain(cells.headers[0]);
      // Screen readers still find a table with its column headers.
      expect(await page.getByRole('table').count()).toBeGreaterThan(0);
      expect(await table.getByRole('columnheader').count()).toBe(cells.headers.length);
      await page.close();
    });
  });

  it.runIf(!hasChromium && browserRequired)('requires Chromium under CI', () => {
    expect.fail('CI=true but Chromium is missing at /usr/bin/chromium: the browser tests must run in CI (apt-get install -y chromium).');
  });
});
