/**
 * Issue 8 (Nghị định 42/2022/NĐ-CP): Dublin Core and footer on every page, the
 * human sitemap, contact and English pages rendered from site.yaml alone,
 * documents, related portals and print rules, checked on built fixture sites.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { buildFixture, runAstroBuild, type FixtureBuild } from '../helpers/build-fixture.ts';
import { browserRequired, hasChromium, openSiteInChromium, type SiteInChromium } from '../helpers/search-chromium.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const fixtureContent = join(projectRoot, 'test/fixtures/decree42-site/content');
const DC_ELEMENTS = ['title', 'creator', 'date', 'description', 'publisher', 'identifier', 'language'];

const decode = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const between = (html: string, open: RegExp, close: string) => {
  const start = html.search(open);
  return start === -1 ? '' : html.slice(start, html.indexOf(close, start) + close.length);
};
const mainOf = (html: string) => between(html, /<main[\s>]/, '</main>');
const footerOf = (html: string) => between(html, /<footer[\s>]/, '</footer>');
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const hrefsOf = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => decode(match[1] ?? ''));
const metaOf = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g'))].map((match) => decode(match[1] ?? ''));

function listHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Builds a content folder outside test/fixtures, as build-fixture.ts does for named fixtures. */
const buildContentDir = (contentDir: string, outDir: string) => runAstroBuild({ outDir, contentDir });

/** The fixture's site.yaml with every contact and English value changed; nothing else differs. */
function changeSiteYaml(text: string): string {
  const doc = parseDocument(text);
  const changes: [string[], unknown][] = [
    [['owner', 'functions'], 'Tham mưu về khoa học, công nghệ và đổi mới sáng tạo.'],
    [['owner', 'address'], 'Số 7 đường Đổi Mới, xã Đồng Sơn'],
    [['owner', 'phone'], '0204 777 8888'],
    [['owner', 'email'], 'lienhe@doimoi.example'],
    [['owner', 'demo'], false],
    [['responsibleOfficial', 'name'], 'Trần Văn Đổi Mới'],
    [['responsibleOfficial', 'title'], 'Chủ tịch Ủy ban nhân dân thành phố'],
    [['responsibleOfficial', 'email'], 'doimoi@hoabinhthu.example'],
    [['en', 'owner', 'name'], 'Department of Science and Information of Hòa Bình Thử City'],
    [['en', 'owner', 'functions'], 'Advises on science, technology and innovation.'],
    [['en', 'responsibleOfficial', 'title'], "Chairman of the City People's Committee"],
    [['en', 'plan', 'summary'], 'A changed summary of the test plan.'],
  ];
  for (const [path, value] of changes) doc.setIn(path, value);
  doc.deleteIn(['responsibleOfficial', 'phone']);
  doc.deleteIn(['en', 'owner', 'address']);
  doc.addIn(['en', 'pillars'], { id: 2, name: 'Digital institutions' });
  return doc.toString();
}

// Tests in a file run in order; builds share .astro/, so both builds stay in this file.
describe('Nghị định 42/2022 on a built fixture site', () => {
  let site: FixtureBuild;
  let changed: ReturnType<typeof buildContentDir>;
  let pages: string[];
  const tmp = mkdtempSync(join(tmpdir(), 'dti-decree42-'));

  beforeAll(() => {
    site = buildFixture('decree42-site');
    pages = site.status === 0 ? listHtml(site.outDir) : [];
    cpSync(fixtureContent, join(tmp, 'content'), { recursive: true });
    writeFileSync(join(tmp, 'content/site.yaml'), changeSiteYaml(readFileSync(join(fixtureContent, 'site.yaml'), 'utf8')));
    changed = buildContentDir(join(tmp, 'content'), join(tmp, 'dist'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('builds both sites', () => {
    expect(site.status, site.output).toBe(0);
    expect(changed.status, changed.output).toBe(0);
    expect(pages).toEqual(
      expect.arrayContaining(['en/index.html', 'lien-he/index.html', 'so-do-cong/index.html', 'van-ban/index.html', 'chuyen-doi-so/ra-mat-chuyen-muc/index.html']),
    );
  });

  describe('every page', () => {
    it('has the seven Dublin Core tags, each once, agreeing with the page', () => {
      expect(pages.length).toBeGreaterThan(15);
      for (const page of pages) {
        const html = site.read(page);
        const head = html.slice(0, html.indexOf('</head>'));
        for (const element of DC_ELEMENTS) {
          const values = metaOf(head, `DC.${element}`);
          expect(values, `${page}: DC.${element}`).toHaveLength(1);
          expect(values[0]?.trim(), `${page}: DC.${element}`).not.toBe('');
        }
        const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
        expect(metaOf(head, 'DC.language'), page).toEqual([lang]);
        expect(metaOf(head, 'DC.date')[0], page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // A news post may carry its own date; every other page is dated by the figures' date (asOf).
        if (!page.startsWith('chuyen-doi-so/')) expect(metaOf(head, 'DC.date'), page).toEqual(['2024-06-30']);
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
        if (canonical) expect(metaOf(head, 'DC.identifier'), page).toEqual([canonical]);
        expect(metaOf(head, 'DC.identifier')[0], page).toMatch(/^https:\/\/nd42\.thu-nghiem\.example\//);
        const english = lang === 'en';
        expect(metaOf(head, 'DC.creator'), page).toEqual([
          english ? 'Division of Culture and Information of Hòa Bình Thử City' : 'Phòng Văn hóa và Thông tin thành phố Hòa Bình Thử',
        ]);
        expect(metaOf(head, 'DC.publisher'), page).toEqual([
          english ? "People's Committee of Hòa Bình Thử City" : 'Ủy ban nhân dân thành phố Hòa Bình Thử',
        ]);
      }
    });

    it('has the footer fields: owning agency, responsible official, address, phone, email, copyright', () => {
      for (const page of pages) {
        const footer = textOf(footerOf(site.read(page)));
        // The English page's footer is in English, its facts from site.yaml's en: (issue 14).
        const fields =
          page === 'en/index.html'
            ? [
                'Division of Culture and Information of Hòa Bình Thử City',
                'Lê Thị Trách Nhiệm',
                "Vice Chairwoman of the City People's Committee",
                'Address: No. 42 Nghị Định Street, Trần Phú Ward',
                'Phone: 0204 424 2424',
                'Email: vanthu@hoabinhthu.example',
                "© 2024 People's Committee of Hòa Bình Thử City",
              ]
            : [
                'Phòng Văn hóa và Thông tin thành phố Hòa Bình Thử',
                'Lê Thị Trách Nhiệm',
                'Phó Chủ tịch Ủy ban nhân dân thành phố',
                'Địa chỉ: Số 42 đường Nghị Định, phường Trần Phú',
                'Điện thoại: 0204 424 2424',
                'Thư điện tử: vanthu@hoabinhthu.example',
                '© 2024 Ủy ban nhân dân thành phố Hòa Bình Thử',
              ];
        for (const field of fields) {
          expect(footer, `${page}: ${field}`).toContain(field);
        }
        expect(footerOf(site.read(page)), page).toContain('href="/lien-he/"');
      }
    });

    it('prints with the page address and the date of the figures', () => {
      for (const page of pages.filter((path) => path !== '404.html')) {
        const printOnly = textOf(between(site.read(page), /<div class="print-only"/, '</div>'));
        const url = `https://nd42.thu-nghiem.example/${page.replace(/index\.html$/, '')}`;
        if (page === 'en/index.html') {
          expect(printOnly, page).toContain(`Address of this page: ${url}`);
          expect(printOnly, page).toContain('Figures as of 30 June 2024');
          continue;
        }
        expect(printOnly, page).toContain(`Địa chỉ trang: ${url}`);
        expect(printOnly, page).toContain('Số liệu tính đến 30/06/2024');
      }
    });
  });

  describe('/so-do-cong/', () => {
    it('links to every section of the built site', () => {
      const links = new Set(hrefsOf(mainOf(site.read('so-do-cong/index.html'))));
      const sections = new Set(pages.filter((page) => page !== '404.html').map((page) => `/${page.split('/').slice(0, -1)[0] ?? ''}/`.replace('//', '/')));
      expect([...sections].sort()).toEqual(expect.arrayContaining(['/', '/chi-so/', '/don-vi/', '/en/', '/ke-hoach/', '/lien-he/', '/so-do-cong/', '/tru-cot/', '/van-ban/']));
      for (const section of sections) {
        if (section === '/tru-cot/') continue; // pillars are listed one by one, under the indicators
        expect(links.has(section), section).toBe(true);
      }
    });

    it('links every pillar, indicator, document and listed unit page', () => {
      const links = new Set(hrefsOf(mainOf(site.read('so-do-cong/index.html'))));
      const unitsListed = hrefsOf(mainOf(site.read('don-vi/index.html'))).filter((href) => /^\/don-vi\/[^#]+\/$/.test(href));
      const expected = [
        ...pages.filter((page) => /^(chi-so|tru-cot|van-ban)\/.+\/index\.html$/.test(page)).map((page) => `/${page.replace(/index\.html$/, '')}`),
        ...unitsListed,
      ];
      expect(expected.length).toBeGreaterThan(8);
      for (const href of expected) expect(links.has(href), href).toBe(true);
    });

    it('links nothing that was not built', () => {
      for (const href of hrefsOf(mainOf(site.read('so-do-cong/index.html')))) {
        if (/^https?:/.test(href)) continue;
        const path = href.split('#')[0] ?? href;
        const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
        expect(site.exists(file || 'index.html'), href).toBe(true);
      }
    });
  });

  describe('/lien-he/', () => {
    it('shows the functions, contacts and responsible official from site.yaml, marked as demo', () => {
      const main = mainOf(site.read('lien-he/index.html'));
      const text = textOf(main);
      for (const value of [
        'Tham mưu về văn hóa, thông tin và chuyển đổi số; tổng hợp việc thực hiện Kế hoạch DTI.',
        'Trực thuộc: Ủy ban nhân dân thành phố Hòa Bình Thử',
        'Số 42 đường Nghị Định, phường Trần Phú',
        'Lê Thị Trách Nhiệm',
        'Chức vụ: Phó Chủ tịch Ủy ban nhân dân thành phố',
        'Địa chỉ, điện thoại và thư điện tử dưới đây là thông tin minh họa, chưa phải thông tin chính thức.',
      ]) {
        expect(text).toContain(value);
      }
      expect(main).toContain('href="tel:02044242424"');
      expect(main).toContain('href="mailto:vanthu@hoabinhthu.example"');
      expect(main).toContain('href="tel:02044240000"');
      expect(main).toContain('href="mailto:trachnhiem@hoabinhthu.example"');
      expect(main).toContain('href="https://dichvucong.gov.vn"');
      expect(main).toContain('href="https://bacgiang.gov.vn"');
      expect(main).toMatch(/<a href="\/en\/" hreflang="en" lang="en">/);
    });

    it('changes when site.yaml changes', () => {
      const before = textOf(mainOf(site.read('lien-he/index.html')));
      const after = textOf(mainOf(changed.read('lien-he/index.html')));
      for (const value of ['Tham mưu về khoa học, công nghệ và đổi mới sáng tạo.', 'Số 7 đường Đổi Mới, xã Đồng Sơn', '0204 777 8888', 'lienhe@doimoi.example', 'Trần Văn Đổi Mới', 'Chức vụ: Chủ tịch Ủy ban nhân dân thành phố', 'doimoi@hoabinhthu.example']) {
        expect(after).toContain(value);
        expect(before).not.toContain(value);
      }
      for (const value of ['Tham mưu về văn hóa, thông tin', 'Số 42 đường Nghị Định', '0204 424 2424', 'Lê Thị Trách Nhiệm', '0204 424 0000', 'thông tin minh họa']) {
        expect(after).not.toContain(value);
      }
      expect(textOf(footerOf(changed.read('index.html')))).toContain('Trần Văn Đổi Mới');
    });
  });

  describe('/en/', () => {
    it('is in English, joined to the Vietnamese home by hreflang both ways', () => {
      const html = site.read('en/index.html');
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i);
      for (const page of [html, site.read('index.html')]) {
        expect(page).toContain('<link rel="alternate" hreflang="vi" href="https://nd42.thu-nghiem.example/">');
        expect(page).toContain('<link rel="alternate" hreflang="en" href="https://nd42.thu-nghiem.example/en/">');
      }
      expect(site.read('chi-so/index.html')).not.toContain('hreflang="en" href="https://');
      // The frame of the English page is in English too (issue 14): skip link, menu, footer; its links to Vietnamese pages say so.
      expect(html).toMatch(/<header class="site-header">/);
      expect(html).toMatch(/<footer class="site-footer">/);
      expect(html).toContain('>Skip to main content</a>');
      expect(html).toMatch(/<nav class="site-nav" aria-label="Main navigation \(menu\)">/);
      expect(html).toMatch(/<a href="\/chi-so\/" hreflang="vi"[^>]*>\s*Indicators\s*<\/a>/);
      expect(textOf(html.slice(html.indexOf('<footer')))).toContain('Owner of the portal');
      expect(textOf(html.slice(html.indexOf('<footer')))).not.toContain('Cơ quan chủ quản');
      expect(site.read('index.html')).toMatch(/<a class="lang-link" href="\/en\/" hreflang="en" lang="en">English<\/a>/);
    });

    it('shows the organisation, functions, contacts and plan summary from site.yaml', () => {
      const main = mainOf(site.read('en/index.html'));
      const text = textOf(main);
      for (const value of [
        'Digital Transformation of Hòa Bình Thử City',
        'Division of Culture and Information of Hòa Bình Thử City',
        "Part of: People's Committee of Hòa Bình Thử City",
        'Advises on culture, information and digital transformation; reports on the DTI plan.',
        'No. 42 Nghị Định Street, Trần Phú Ward',
        '0204 424 2424',
        'vanthu@hoabinhthu.example',
        'Lê Thị Trách Nhiệm',
        "Vice Chairwoman of the City People's Committee",
        'The 2024 test plan',
        'A test plan with two pillars and four indicators.',
        'These contact details are placeholders for demonstration, not yet the official ones.',
        'Digital awareness',
        'National Public Service Portal',
      ]) {
        expect(text).toContain(value);
      }
      expect(main.replace(/ data-label="[^"]*"/g, '')).toMatch(/<th scope="row" lang="vi">\s*Thể chế số\s*<\/th>/);
      expect(main).toMatch(/<li lang="vi"><a href="https:\/\/bacgiang\.gov\.vn">Cổng Thông tin điện tử tỉnh Bắc Giang<\/a>/);
    });

    it('changes when site.yaml changes', () => {
      const before = textOf(mainOf(site.read('en/index.html')));
      const afterMain = mainOf(changed.read('en/index.html'));
      const after = textOf(afterMain);
      for (const value of ['Department of Science and Information of Hòa Bình Thử City', 'Advises on science, technology and innovation.', "Chairman of the City People's Committee", 'A changed summary of the test plan.', 'Digital institutions', 'Trần Văn Đổi Mới', 'lienhe@doimoi.example']) {
        expect(after).toContain(value);
        expect(before).not.toContain(value);
      }
      for (const value of ['Division of Culture and Information', 'No. 42 Nghị Định Street', "Vice Chairwoman", 'placeholders']) {
        expect(after).not.toContain(value);
      }
      // Without an English address, the Vietnamese one is shown and marked as Vietnamese.
      expect(afterMain).toMatch(/<dd lang="vi">Số 7 đường Đổi Mới, xã Đồng Sơn<\/dd>/);
      expect(metaOf(changed.read('en/index.html'), 'DC.creator')).toEqual(['Department of Science and Information of Hòa Bình Thử City']);
    });
  });

  describe('/van-ban/', () => {
    it('lists each document with its number, date, issuer and summary, and gives each a page', () => {
      const list = textOf(mainOf(site.read('van-ban/index.html')));
      expect(list).toContain('42/2022/NĐ-CP Nghị định 24/06/2022 Chính phủ');
      expect(list).toContain('55/KH-UBND Kế hoạch không ghi ngày trong Kế hoạch không ghi trong Kế hoạch');
      expect(list).toContain('Nghị định về cung cấp thông tin và dịch vụ công trực tuyến.');
      const page = mainOf(site.read('van-ban/ke-hoach-55-kh-ubnd/index.html'));
      expect(textOf(page)).toContain('Ngày ban hành không ghi ngày trong Kế hoạch');
      expect(page).toContain('href="/chi-so/2-1/"');
      expect(textOf(page)).toContain('Thực hiện theo Kế hoạch 55/KH-UBND');
      expect(site.read('van-ban/nghi-dinh-42-2022-nd-cp/index.html')).toContain('<time datetime="2022-06-24">24/06/2022</time>');
    });
  });

  describe('print', () => {
    it('hides navigation and shows the print-only block in the print stylesheet', () => {
      const css = readdirSync(join(site.outDir, '_astro'))
        .filter((name) => name.endsWith('.css'))
        .map((name) => readFileSync(join(site.outDir, '_astro', name), 'utf8'))
        .join('\n');
      const print = [...css.matchAll(/@media print\{([\s\S]*?\})\}/g)].map((match) => match[1]).join('\n');
      for (const selector of ['.site-nav', '.site-footer', '.breadcrumbs', '.skip-link', '.lang-link']) {
        expect(print, selector).toMatch(new RegExp(`${selector.replace('.', '\\.')}[^{]*\\{display:none!important`));
      }
      expect(print).toMatch(/\.print-only\{[^}]*display:block/);
    });

    describe.skipIf(!hasChromium && !browserRequired)('in Chromium, with print media', () => {
      let chromium: SiteInChromium | undefined;
      beforeAll(async () => {
        chromium = await openSiteInChromium(site.outDir);
      });
      afterAll(async () => {
        await chromium?.close();
      });
      /** Loads `path` with the given CSS media type and returns `expression` evaluated in the page. */
      const evaluateIn = async <T>(path: string, media: 'print' | 'screen', expression: string): Promise<T> => {
        const page = await chromium!.browser.newPage();
        try {
          await page.emulateMedia({ media });
          await page.goto(`${chromium!.server.origin}/${path}`);
          return (await page.evaluate(expression)) as T;
        } finally {
          await page.close();
        }
      };

      it.each([['chi-so/1-2-1/'], ['chuyen-doi-so/ra-mat-chuyen-muc/'], ['van-ban/ke-hoach-55-kh-ubnd/'], ['ke-hoach/'], ['lien-he/']])('prints %s without navigation, with its address and date', async (path) => {
        const expression = `(() => {
          const shown = (selector) => [...document.querySelectorAll(selector)].some((node) => getComputedStyle(node).display !== 'none');
          return {
            nav: shown('.site-nav'), footer: shown('.site-footer'), breadcrumbs: shown('.breadcrumbs'), skip: shown('.skip-link'),
            printOnly: shown('.print-only'), printText: document.querySelector('.print-only')?.innerText ?? '',
          };
        })()`;
        const print = await evaluateIn<Record<string, unknown>>(path, 'print', expression);
        expect(print).toMatchObject({ nav: false, footer: false, breadcrumbs: false, skip: false, printOnly: true });
        expect(print.printText).toContain(`Địa chỉ trang: https://nd42.thu-nghiem.example/${path}`);
        expect(print.printText).toContain('Số liệu tính đến 30/06/2024');
        const screen = await evaluateIn<Record<string, unknown>>(path, 'screen', expression);
        expect(screen).toMatchObject({ nav: true, footer: true, printOnly: false });
      });
    });
  });
});
