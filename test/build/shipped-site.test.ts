import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { indicatorIdToSlug } from '../../src/lib/plan/indicator-id.ts';
import { readMetaTags } from '../../src/lib/og/html-meta.ts';
import { ogImagePath } from '../../src/lib/og/plan.ts';
import { largestPages, overBudget, PAGE_HTML_BUDGET_BYTES } from '../../src/lib/page-budget/budget.ts';
import { htmlPageSizes } from '../../src/lib/page-budget/sizes-fs.ts';

const root = resolve(import.meta.dirname, '../..');
const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('the shipped content, built', () => {
  // The shipped site is built once per test run and shared with the other files that read it.
  let site: ShippedBuild;
  beforeAll(() => {
    site = sharedShippedSite();
  });
  const read = (path: string) => site.read(path);

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('writes a page for each of the 79 indicators', () => {
    const slugs = readdirSync(join(site.outDir, 'chi-so'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(slugs.map((entry) => entry.name).sort()).toEqual(model.indicators.map((indicator) => indicatorIdToSlug(indicator.id)).sort());
    expect(slugs).toHaveLength(79);
  });

  it.each(model.indicators.map((indicator) => [indicator.id, indicator] as const))(
    'indicator %s links its lead and partner units',
    (id, indicator) => {
      const main = mainOf(read(`chi-so/${indicatorIdToSlug(id)}/index.html`));
      for (const unit of [...model.leadUnitsOf(indicator), ...model.partnerUnitsOf(indicator)]) {
        expect(main, `${id} → ${unit.id}`).toContain(`href="/don-vi/${unit.id}/"`);
      }
      expect(main).toContain(`Chỉ số ${id}`);
    },
  );

  it('keeps every HTML page within 300 KB; indicators keep the table of their 16 wards, with their CSV (issue 18)', () => {
    const sizes = htmlPageSizes(site.outDir);
    // Every page type is among them (the home page, an indicator, a unit, a post list).
    expect(sizes.map(({ file }) => file)).toEqual(expect.arrayContaining(['index.html', 'chi-so/1-3/index.html', 'don-vi/phuong-tran-phu/index.html', 'chuyen-doi-so/index.html']));
    expect(overBudget(sizes), `largest: ${JSON.stringify(largestPages(sizes, 3))}`).toEqual([]);
    expect(largestPages(sizes)[0]!.bytes).toBeLessThanOrEqual(PAGE_HTML_BUDGET_BYTES);
    // 16 wards and communes is at most 30 rows: the table stays, and no list page is built.
    const main = mainOf(read('chi-so/1-3/index.html'));
    expect(main).toContain('data-full-table="true"');
    expect(main.match(/<tr[^>]* data-unit="[^"]*" data-indicator="1\.3"/g)?.length).toBe(model.leadUnitsOf(model.getIndicator('1.3')!).length);
    expect(main).toContain('href="/du-lieu/bao-cao/1-3.csv"');
    expect(existsSync(join(site.outDir, 'chi-so', '1-3', 'don-vi'))).toBe(false);
    expect(read('du-lieu/bao-cao/1-3.csv').startsWith('\uFEFFindicator_id,')).toBe(true);
    expect(mainOf(read('du-lieu/index.html'))).toContain('/du-lieu/bao-cao/&lt;mã chỉ số&gt;.csv');
  });

  it('writes a page for every unit and every pillar, and the fixed pages', () => {
    for (const unit of model.units) expect(read(`don-vi/${unit.id}/index.html`)).toContain(unit.name);
    for (const pillar of model.pillars) expect(read(`tru-cot/${pillar.slug}/index.html`)).toContain(pillar.name);
    for (const page of ['index.html', 'ke-hoach/index.html', 'chi-so/index.html', 'don-vi/index.html', '404.html']) {
      expect(read(page)).toMatch(/<html lang="vi"/);
    }
  });

  it('shows the plan, its appendix, and every pillar task', () => {
    const plan = mainOf(read('ke-hoach/index.html'));
    expect(plan).toContain('MỤC ĐÍCH, YÊU CẦU');
    expect(plan).toContain('Đặng Đình Hoan');
    expect((plan.match(/href="\/chi-so\/[0-9-]+\/"/g) ?? []).length).toBeGreaterThanOrEqual(79);
  });

  it('gives a list’s later pages their first page’s image, and draws none of their own (issue 18)', () => {
    const lists = ['chuyen-doi-so/'];
    const later = (list: string) => readdirSync(join(site.outDir, list, 'trang')).map((number) => `${list}trang/${number}/`);
    const pages = lists.flatMap(later);
    expect(pages.length).toBeGreaterThan(0);
    for (const list of lists) {
      const first = readMetaTags(read(`${list}index.html`));
      expect(new URL(first.get('og:image') ?? '').pathname).toBe(ogImagePath(`/${list}`));
      for (const page of later(list)) {
        const meta = readMetaTags(read(`${page}index.html`));
        expect(meta.get('og:image'), page).toBe(first.get('og:image'));
        expect(meta.get('og:image:alt'), page).toBe(first.get('og:image:alt'));
        // The page keeps its own title and address.
        expect(meta.get('og:title'), page).toMatch(/\(trang \d+\)$/);
        expect(existsSync(join(site.outDir, `.${ogImagePath(`/${page}`)}`)), page).toBe(false);
      }
    }
    expect(existsSync(join(site.outDir, `.${ogImagePath('/chuyen-doi-so/')}`))).toBe(true);
    expect(site.output).toMatch(/\d+ trang dùng chung ảnh của trang đầu danh sách, không vẽ ảnh riêng\./);
  });

  it("reads the draft's blank number and day as blanks, once, with no label doubled", () => {
    const text = mainOf(read('ke-hoach/index.html')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Số …/KH-UBND (bản chưa ghi số)');
    expect(text).toContain('Ngày ban hành … tháng 02 năm 2024 (chưa ghi ngày)');
    expect(text).not.toMatch(/Số:? Số:?/u);
    expect(text).not.toMatch(/ngày tháng/u);
  });

  it('puts the answer first: completion and ranking before the overdue list, which links to /qua-han/', () => {
    const home = mainOf(read('index.html'));
    const at = (needle: string) => home.indexOf(needle);
    expect(at('data-city-completion')).toBeGreaterThan(0);
    expect(at('data-city-completion')).toBeLessThan(at('id="xep-hang"'));
    expect(at('id="xep-hang"')).toBeLessThan(at('id="qua-han"'));
    expect(at('id="qua-han"')).toBeLessThan(at('id="ke-hoach"'));
    expect(home).toContain('href="/qua-han/"');
    expect(read('qua-han/index.html')).toMatch(/<h1>Nhiệm vụ quá hạn<\/h1>/);
    expect(read('sitemap-0.xml')).toContain('/qua-han/');
    expect(read('so-do-cong/index.html')).toContain('href="/qua-han/"');
    // Every completion percentage carries one decimal: "78,0%", never "78%".
    expect(home).not.toMatch(/data-percent>\d+%</u);
    for (const page of ['index.html', 'don-vi/index.html', 'chi-so/index.html']) {
      const percents = mainOf(read(page)).match(/data-percent>[^<]*</g) ?? [];
      expect(percents.length, page).toBeGreaterThan(0);
      for (const percent of percents) expect(percent, page).toMatch(/^data-percent>(?:\d{1,3},\d%|Không áp dụng)<$/u);
    }
  });
});
