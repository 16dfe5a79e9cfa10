/**
 * Issue 16 on the shared build of the shipped site: /uu-tien/ states the gains of uu-tien.csv, the
 * ward comparison shows the 16 × 8 figures of so-sanh-phuong-xa.csv, every unit that leads tasks
 * shows its scorecard, and the home page and a ward page each print to exactly one A4 page in Chromium.
 */
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { routes } from '../../src/lib/routes.ts';
import { parseCsv } from '../helpers/csv.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { qualityRoutes } from '../helpers/quality-routes.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

const root = resolve(import.meta.dirname, '../..');
const ROUTES = qualityRoutes(loadPortalContentFromDir(join(root, 'content'), root));
const file = (path: string) => `${path.replace(/^\//, '')}index.html`;
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)];

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('priorities, ward comparison and scorecards in the shipped build', () => {
  let site: ShippedBuild;
  beforeAll(() => {
    site = sharedShippedSite();
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('/uu-tien/ lists the 20 tasks with the most points at stake, with the gains of uu-tien.csv and the what-if line', () => {
    const html = site.read(file(routes.priorities()));
    const rows = all(html, /data-priority="([^"]+)" data-gain="([^"]+)"/g);
    expect(rows).toHaveLength(20);
    const csv = parseCsv(site.read('du-lieu/uu-tien.csv')).rows.filter((row) => row.rank !== '');
    for (const [index, [, task, gain]] of rows.entries()) {
      expect(`${csv[index]!.indicator_id} ${csv[index]!.unit_id}`).toBe(task);
      expect(Number(csv[index]!.city_gain_percent_points)).toBeCloseTo(Number(gain) * 100, 2);
    }
    expect(html).toMatch(/Hoàn thành 5 việc đầu danh sách, tỷ lệ hoàn thành chung của thành phố tăng từ [\d,]+% lên [\d,]+%\./);
    expect(html).toContain('không phải điểm DTI chính thức');
    // Filters are links to pages of their own, one per pillar and per unit kind.
    for (const href of [routes.priorities({ pillar: 'nhan-thuc-so' }), routes.priorities({ kind: 'co-quan' }), routes.priorities({ kind: 'phuong-xa' })]) {
      expect(html).toContain(`href="${href}"`);
      expect(site.read(file(href))).toContain('data-what-if');
    }
    expect(site.read('du-lieu/index.html')).toContain('Cách tính điểm còn thiếu');
  });

  it('/don-vi/so-sanh/ shows 16 × 8 figures equal to so-sanh-phuong-xa.csv, and the average row', () => {
    const html = site.read(file(routes.wardComparison()));
    const csv = parseCsv(site.read('du-lieu/so-sanh-phuong-xa.csv')).rows;
    const units = all(html, /<tr data-unit="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g);
    expect(units).toHaveLength(16);
    let cells = 0;
    for (const [, unit, row] of units) {
      // A cell without a figure has an empty data-percent, which Astro writes as a bare attribute.
      for (const [, pillar, percent] of all(row!, /data-pillar="(\d+)" data-percent(?:="([^"]*)")?/g)) {
        const line = csv.find((entry) => entry.unit_id === unit && entry.pillar_id === pillar);
        expect(line?.completion_percent, `${unit} × ${pillar}`).toBe(percent ?? '');
        cells += 1;
      }
    }
    expect(cells).toBe(16 * 8);
    expect(html).toContain('Trung bình các phường, xã');
  });

  it('every unit that leads tasks shows its scorecard, on its page and in the table on /don-vi/', () => {
    const leading = parseCsv(site.read('du-lieu/don-vi.csv')).rows.filter((row) => Number(row.assignment_count) > 0);
    expect(leading.length).toBeGreaterThan(16);
    const list = site.read(file(routes.units()));
    for (const row of leading) {
      expect(site.read(file(routes.unit(row.unit_id!))), row.unit_id).toContain(`data-scorecard="${row.unit_id}"`);
      expect(list, row.unit_id).toContain(`<tr data-scorecard="${row.unit_id}">`);
      expect(site.read(file(routes.unit(row.unit_id!))), row.unit_id).toContain('data-top-priorities');
    }
  });

  describe.skipIf(!hasChromium && !browserRequired)('printed as the leaders\' brief (Chromium, A4)', () => {
    let server: StaticSite;
    let browser: Browser;
    let page: Page;
    let close = async () => {};
    beforeAll(async () => {
      ({ server, browser, close } = await openSiteInChromium(site.outDir));
      page = await browser.newPage();
    });
    afterAll(async () => {
      await page?.close();
      await close();
    });

    async function print(path: string) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      const shown = await page.evaluate(() => {
        const visible = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].some((element) => element.offsetParent !== null || element.getClientRects().length > 0);
        return {
          brief: visible('[data-leaders-brief]'),
          priorities: visible('[data-top-priorities]'),
          trend: visible('.trend.brief svg'),
          priorityRows: document.querySelectorAll('[data-top-priorities] tr[data-priority]').length,
          overdue: document.querySelector('[data-leaders-brief]')?.textContent?.includes('Quá hạn') ?? false,
          date: visible('.print-only time'),
          nav: visible('.site-nav a'),
          footer: visible('.site-footer'),
          share: visible('.share'),
        };
      });
      return { pages: pdfPageCount(pdf), shown };
    }

    it.each([
      ['trang chủ', routes.home()],
      ['trang một phường', ROUTES.find((route) => route.type === 'unit')!.path],
    ])('%s prints as exactly one A4 page holding the brief', async (_, path) => {
      const { pages, shown } = await print(path);
      expect(pages, path).toBe(1);
      expect(shown).toEqual({ brief: true, priorities: true, trend: true, priorityRows: 3, overdue: true, date: true, nav: false, footer: false, share: false });
    });

    it('counts the pages of a long page, so one page is measured, not assumed', async () => {
      expect((await print(routes.plan())).pages).toBeGreaterThan(1);
    });
  });
});
