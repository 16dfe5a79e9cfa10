import { describe, expect, it } from 'vitest';
import { isServed, pageFileToPattern } from '../../src/lib/site-map/page-routes.ts';
import { SITE_SECTIONS, createSiteTree, flattenSiteTree } from '../../src/lib/site-map/tree.ts';

describe('pageFileToPattern', () => {
  it.each([
    ['index.astro', '/', true],
    ['index.astro', '/chi-so/', false],
    ['chi-so/index.astro', '/chi-so/', true],
    ['chi-so/[slug].astro', '/chi-so/1-2-1/', true],
    ['chi-so/[slug].astro', '/chi-so/', false],
    ['chi-so/[slug].astro', '/chi-so/1-2/1/', false],
    ['en/[...page].astro', '/en/', true],
    ['en/[...page].astro', '/en/lien-he/', true],
    ['rss.xml.ts', '/rss.xml', true],
    ['rss.xml.ts', '/rss.xml/', false],
    ['chuyen-doi-so/[unit]/rss.xml.ts', '/chuyen-doi-so/phuong-tran-phu/rss.xml', true],
    ['og/[...path].png.ts', '/og/chi-so/1-4.png', true],
    ['don-vi/[slug].md', '/don-vi/xa-dong-son/', true],
    ['404.astro', '/404/', true],
  ])('%s serves %s: %s', (file, path, expected) => {
    expect(pageFileToPattern(file)?.test(path)).toBe(expected);
  });

  it.each([['_components/Card.astro'], ['chi-so/_helpers.ts'], ['README.txt'], ['styles.css']])('%s is not a route', (file) => {
    expect(pageFileToPattern(file)).toBeUndefined();
  });
});

describe('isServed', () => {
  const files = ['index.astro', 'don-vi/index.astro', 'don-vi/[slug].astro', 'chuyen-doi-so/[slug].astro', 'en/[...page].astro'];
  it.each([
    ['/', true],
    ['/don-vi/#ward', true],
    ['/don-vi/phuong-tran-phu/', true],
    ['/chuyen-doi-so/', false],
    ['/chuyen-doi-so/tin-dau-tien/', true],
    ['/en/', true],
    ['/tim-kiem/', false],
  ])('%s: %s', (href, expected) => {
    expect(isServed(href, files)).toBe(expected);
  });
});

describe('createSiteTree', () => {
  const input = {
    pillars: [
      {
        label: 'Trụ cột 1. Nhận thức số',
        href: '/tru-cot/nhan-thuc-so/',
        indicators: [
          { label: 'Chỉ số 1.2: Bí thư hoặc Chủ tịch chủ trì', href: '/chi-so/1-2/' },
          { label: 'Chỉ số 1.2.1: Tham gia họp', href: '/chi-so/1-2-1/' },
        ],
      },
    ],
    unitKinds: [{ label: 'Phường', href: '/don-vi/#ward', units: [{ label: 'Phường Trần Phú', href: '/don-vi/phuong-tran-phu/' }] }],
    documents: [{ label: 'Nghị định số 42/2022/NĐ-CP', href: '/van-ban/nghi-dinh-42-2022-nd-cp/' }],
    feeds: [{ label: 'Tin mới dạng RSS', href: '/rss.xml' }],
  };

  it('puts every section under the home page, with its pages below it', () => {
    const [home, ...rest] = createSiteTree({ ...input, isBuilt: () => true });
    expect(rest).toEqual([]);
    expect(home?.href).toBe('/');
    expect(home?.children.map((node) => node.href)).toEqual([...SITE_SECTIONS.map((section) => section.href), '/rss.xml']);
    const indicators = home?.children.find((node) => node.href === '/chi-so/');
    expect(indicators?.children[0]?.children.map((node) => node.label)).toEqual([
      'Chỉ số 1.2: Bí thư hoặc Chủ tịch chủ trì',
      'Chỉ số 1.2.1: Tham gia họp',
    ]);
    expect(home?.children.find((node) => node.href === '/en/')).toMatchObject({ label: 'English', lang: 'en' });
    expect(home?.children.find((node) => node.href === '/chuyen-doi-so/')?.children.map((node) => node.href)).toEqual(['/chuyen-doi-so/don-vi/']);
  });

  it('leaves out sections and feeds this build does not have', () => {
    const built = new Set(['/', '/ke-hoach/', '/chi-so/', '/don-vi/', '/van-ban/', '/lien-he/', '/so-do-cong/']);
    const tree = createSiteTree({ ...input, isBuilt: (href) => built.has(href) });
    const hrefs = flattenSiteTree(tree).map((node) => node.href);
    expect(hrefs).not.toContain('/chuyen-doi-so/');
    expect(hrefs).not.toContain('/en/');
    expect(hrefs).not.toContain('/rss.xml');
    expect(hrefs).toContain('/van-ban/nghi-dinh-42-2022-nd-cp/');
    expect(hrefs).toContain('/don-vi/phuong-tran-phu/');
    expect(hrefs).toHaveLength(1 + built.size - 1 + 2 + 1 + 2 + 1);
  });
});
