/**
 * Page cache keys (src/lib/cache-keys/): the hash of exactly what a page shows.
 * Plain TypeScript over the posts fixture's model and copies of it with one
 * change each: the pages that show the changed entry get a new key, the
 * others keep theirs. The built-site proof is test/build/warm-build.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { countPageRenders, pageRenderLine } from '../../src/lib/cache-keys/build-log.ts';
import { contentHash, stableStringify } from '../../src/lib/cache-keys/hash.ts';
import { forgetPostFiles } from '../../src/lib/cache-keys/post-files-fs.ts';
import { documentPageKey, englishPageKey, postPageKey, reportTemplateKey, unitCalendarKey, unitChangesFeedKey, unitNewsFeedKey, viewKey } from '../../src/lib/cache-keys/routes.ts';
import { ogCacheKey } from '../../src/lib/og/cache-key.ts';
import { invalidatePortalModel, loadPortalModel } from '../../src/lib/portal/model-fs.ts';
import type { PortalModel } from '../../src/lib/portal/model.ts';
import { hasReportTemplate } from '../../src/lib/reports-xlsx/rows.ts';
import { changesPages, changesView } from '../../src/lib/views/changes.ts';
import { indicatorView } from '../../src/lib/views/indicator.ts';
import { newsIndexPages, newsIndexView, newsPillarPages, newsPillarView, newsUnitPages, newsUnitView, postView } from '../../src/lib/views/news.ts';
import { pillarView } from '../../src/lib/views/pillar.ts';
import { PRIORITY_UNIT_KINDS, prioritiesView, type PriorityUnitKind } from '../../src/lib/views/priorities.ts';
import { unitView } from '../../src/lib/views/units.ts';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'test', 'fixtures', 'posts-site', 'content');
const work = mkdtempSync(join(tmpdir(), 'dti-cache-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PROGRESS = `unit: phong-vhtt
reports:
  - indicator: "1.1"
    status: dang-thuc-hien
    updated: 2024-10-01
    reporter: Nguyễn Văn Thử
    note: ""
    history: []
    demo: false
`;

/**
 * A copy of the posts fixture (with one progress report), changed by `change`, and its model. Always in
 * the same folder, as a site is between two builds (a post's view holds its file's path).
 */
function siteWith(change: (content: string) => void = () => {}): { content: string; model: PortalModel } {
  const content = join(work, 'site', 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync(fixture, content, { recursive: true });
  mkdirSync(join(content, 'progress'));
  writeFileSync(join(content, 'progress', 'phong-vhtt.yaml'), PROGRESS);
  change(content);
  forgetPostFiles();
  invalidatePortalModel(content);
  return { content, model: loadPortalModel(content, root) };
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

/** Every keyed path of the site, as the routes' getStaticPaths key them (src/pages/). */
function routeKeys({ content, model }: { content: string; model: PortalModel }): Map<string, string> {
  const keys = new Map<string, string>();
  for (const post of model.publishedPosts) keys.set(`/chuyen-doi-so/${post.slug}/`, postPageKey(postView(model, post.slug), post, content));
  for (const unit of model.units) {
    keys.set(`/don-vi/${unit.id}/`, viewKey(unitView(model, unit.id)));
    keys.set(`/don-vi/${unit.id}/han-chot.ics`, unitCalendarKey(model, unit));
    keys.set(`/cap-nhat/don-vi/${unit.id}/rss.xml`, unitChangesFeedKey(model, unit));
    keys.set(`/chuyen-doi-so/don-vi/${unit.id}/rss.xml`, unitNewsFeedKey(model, unit));
    if (hasReportTemplate(model, unit)) keys.set(`/du-lieu/mau-bao-cao/${unit.id}.xlsx`, reportTemplateKey(model, unit));
  }
  for (const indicator of model.indicators) keys.set(`/chi-so/${indicator.id}/`, viewKey(indicatorView(model, indicator.id)));
  for (const pillar of model.pillars) {
    keys.set(`/tru-cot/${pillar.slug}/`, viewKey(pillarView(model, pillar.id)));
    keys.set(`/uu-tien/tru-cot/${pillar.slug}/`, viewKey(prioritiesView(model, { pillar: pillar.slug })));
  }
  for (const kind of Object.keys(PRIORITY_UNIT_KINDS)) keys.set(`/uu-tien/${kind}/`, viewKey(prioritiesView(model, { kind: kind as PriorityUnitKind })));
  for (const { unit, page } of newsUnitPages(model)) keys.set(`/chuyen-doi-so/don-vi/${unit.id}/${page.number}/`, viewKey(newsUnitView(model, unit.id, page)));
  for (const { pillar, page } of newsPillarPages(model)) keys.set(`/chuyen-doi-so/tru-cot/${pillar.slug}/${page.number}/`, viewKey(newsPillarView(model, pillar.id, page)));
  for (const page of newsIndexPages(model)) keys.set(`/chuyen-doi-so/trang/${page.number}/`, viewKey(newsIndexView(model, page)));
  for (const page of changesPages(model)) keys.set(`/cap-nhat/trang/${page.number}/`, viewKey(changesView(model, page)));
  for (const document of model.documents) keys.set(`/van-ban/${document.id}/`, documentPageKey(model, document));
  if (model.site.en) keys.set('/en/', englishPageKey(model));
  return keys;
}

/** The paths whose key differs between two sites. */
function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}

describe('stableStringify and contentHash', () => {
  it.each([
    ['thứ tự khóa của đối tượng không đổi kết quả', { b: 1, a: { d: 'Trần Phú', c: [2, 1] } }, { a: { c: [2, 1], d: 'Trần Phú' }, b: 1 }, true],
    ['thứ tự phần tử của mảng là điều trang hiển thị', [1, 2], [2, 1], false],
    ['thuộc tính undefined như không có', { a: 1, b: undefined }, { a: 1 }, true],
    ['NaN khác một số liệu trống', { value: Number.NaN }, { value: null }, false],
    ['Map ghi theo thứ tự các phần tử', new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]), false],
    ['Map khác đối tượng rỗng', new Map([['a', 1]]), {}, false],
    ['Set khác mảng', new Set(['a']), ['a'], false],
    ['ngày ghi theo giá trị', new Date('2024-03-15T00:00:00Z'), new Date('2024-03-16T00:00:00Z'), false],
    ['hàm ghi theo mã nguồn', { urlOf: (n: number) => `/a/${n}/` }, { urlOf: (n: number) => `/b/${n}/` }, false],
  ])('%s', (_case, a, b, equal) => {
    expect(stableStringify(a) === stableStringify(b)).toBe(equal);
    expect(contentHash(a) === contentHash(b)).toBe(equal);
  });

  it('gives plain JSON data the text JSON.stringify gives it, keys sorted', () => {
    const view = { title: 'Phường Trần Phú', figures: { done: 3, rate: 0.5 }, rows: [{ id: '1.1', note: '' }], demo: false };
    expect(stableStringify(view)).toBe(JSON.stringify({ demo: false, figures: { done: 3, rate: 0.5 }, rows: [{ id: '1.1', note: '' }], title: 'Phường Trần Phú' }));
  });

  it('refuses a cycle and a symbol with a Vietnamese message, never a key that misses them', () => {
    const cyclic: Record<string, unknown> = { name: 'Trần Phú' };
    cyclic.self = cyclic;
    expect(() => contentHash(cyclic)).toThrow(/vòng lặp/);
    expect(() => contentHash({ s: Symbol('x') })).toThrow(/symbol/);
  });

  it('tells a text part from the same text as JSON, and keeps the parts in order', () => {
    expect(contentHash('1')).not.toBe(contentHash(1));
    expect(contentHash('a', 'b')).not.toBe(contentHash('b', 'a'));
    expect(contentHash('ab')).not.toBe(contentHash('a', 'b'));
  });
});

/** The pages of the posts either side of a post (newest first across the portal): their pagers show its title. */
function neighboursOf(slug: string): string[] {
  const posts = loadPortalModel(fixture, root).publishedPosts;
  const index = posts.findIndex((post) => post.slug === slug);
  return [posts[index - 1], posts[index + 1]].flatMap((post) => (post ? [`/chuyen-doi-so/${post.slug}/`] : []));
}

describe('route cache keys of the posts fixture', () => {
  const base = siteWith();
  const keys = routeKeys(base);

  it('key every path, each with its own key', () => {
    expect(keys.size).toBeGreaterThan(40);
    for (const key of keys.values()) expect(key).toMatch(/^[0-9a-f]{64}$/);
    // Two pages share a key only when they show the same thing; no two of these do.
    expect(new Set(keys.values()).size).toBe(keys.size);
  });

  it('are the same for the same content, read again', () => {
    expect(changedPaths(keys, routeKeys(siteWith()))).toEqual([]);
  });

  it('hold no function in a view but the lists’ urlOf (a new one must close over nothing the view lacks)', () => {
    const functions = new Set<string>();
    const walk = (value: unknown, path: string, seen: Set<object>) => {
      if (typeof value === 'function') functions.add(path);
      else if (value && typeof value === 'object' && !seen.has(value)) {
        seen.add(value);
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, seen);
        seen.delete(value);
      }
    };
    const { model } = base;
    for (const post of model.publishedPosts) walk(postView(model, post.slug), 'post', new Set());
    for (const unit of model.units) walk(unitView(model, unit.id), 'unit', new Set());
    for (const indicator of model.indicators) walk(indicatorView(model, indicator.id), 'indicator', new Set());
    for (const pillar of model.pillars) walk(pillarView(model, pillar.id), 'pillar', new Set());
    for (const { unit, page } of newsUnitPages(model)) walk(newsUnitView(model, unit.id, page), 'newsUnit', new Set());
    for (const { pillar, page } of newsPillarPages(model)) walk(newsPillarView(model, pillar.id, page), 'newsPillar', new Set());
    for (const page of newsIndexPages(model)) walk(newsIndexView(model, page), 'newsIndex', new Set());
    for (const page of changesPages(model)) walk(changesView(model, page), 'changes', new Set());
    expect([...functions].sort()).toEqual(['changes.urlOf', 'newsIndex.urlOf', 'newsPillar.urlOf', 'newsUnit.urlOf']);
  });

  it.each([
    [
      'một từ trong thân một bài viết: chỉ trang của bài đó',
      (content: string) => edit(join(content, 'posts', 'phuong-tran-phu', '2024-09-19-tin-so-09-phuong-tran-phu.md'), 'Nội dung tin số 09', 'Nội dung mới của tin số 09'),
      ['/chuyen-doi-so/tin-so-09-phuong-tran-phu/'],
      [],
    ],
    [
      'ảnh bìa thay bằng ảnh khác cùng tên: các bài của đơn vị có ảnh đó',
      (content: string) => {
        const image = join(content, 'posts', 'phong-vhtt', 'anh-bia.png');
        writeFileSync(image, Buffer.concat([readFileSync(image), Buffer.from([0])]));
      },
      ['/chuyen-doi-so/tin-so-01-phong-vhtt/'],
      ['/chuyen-doi-so/tin-so-09-phuong-tran-phu/', '/don-vi/phong-vhtt/'],
    ],
    [
      'tiêu đề một bài: bài đó, bài liền kề, danh sách, trang đơn vị và kênh tin',
      (content: string) => edit(join(content, 'posts', 'phuong-tran-phu', '2024-09-19-tin-so-09-phuong-tran-phu.md'), 'title: "Tin số 09 của Phường Trần Phú"', 'title: "Tin số 09 (sửa) của Phường Trần Phú"'),
      ['/chuyen-doi-so/tin-so-09-phuong-tran-phu/', ...neighboursOf('tin-so-09-phuong-tran-phu'), '/chuyen-doi-so/trang/1/', '/chuyen-doi-so/don-vi/phuong-tran-phu/1/', '/chuyen-doi-so/don-vi/phuong-tran-phu/rss.xml'],
      ['/chuyen-doi-so/tin-so-02-phuong-tran-phu/', '/don-vi/phong-vhtt/', '/chi-so/2.1/'],
    ],
    [
      'trạng thái một báo cáo: chỉ số, đơn vị, trụ cột, ưu tiên, cập nhật',
      (content: string) => edit(join(content, 'progress', 'phong-vhtt.yaml'), 'status: dang-thuc-hien', 'status: hoan-thanh'),
      ['/chi-so/1.1/', '/don-vi/phong-vhtt/', '/tru-cot/nhan-thuc-so/', '/uu-tien/tru-cot/nhan-thuc-so/', '/cap-nhat/don-vi/phong-vhtt/rss.xml', '/du-lieu/mau-bao-cao/phong-vhtt.xlsx'],
      ['/chuyen-doi-so/tin-so-02-phuong-tran-phu/', '/don-vi/cong-an-thanh-pho/han-chot.ics'],
    ],
    [
      'tên một phường: trang, bài, danh sách tin, kênh tin và lịch của phường',
      (content: string) => edit(join(content, 'units.yaml'), 'name: Phường Trần Phú', 'name: Phường Trần Phú Mới'),
      ['/don-vi/phuong-tran-phu/', '/chuyen-doi-so/tin-so-02-phuong-tran-phu/', '/chuyen-doi-so/don-vi/phuong-tran-phu/1/', '/chuyen-doi-so/don-vi/phuong-tran-phu/rss.xml', '/don-vi/phuong-tran-phu/han-chot.ics'],
      ['/don-vi/cong-an-thanh-pho/han-chot.ics', '/chuyen-doi-so/tin-so-01-phong-vhtt/'],
    ],
  ])('%s', (_case, change, mustChange, mustStay) => {
    const changed = changedPaths(keys, routeKeys(siteWith(change)));
    for (const path of mustChange) expect(changed, path).toContain(path);
    for (const path of mustStay) expect(changed, path).not.toContain(path);
  });

  it('change a page’s key whenever its social image model changes: an image follows its page', () => {
    const { model } = base;
    const views = [unitView(model, 'phuong-tran-phu'), indicatorView(model, '1.1'), postView(model, model.publishedPosts[0]!.slug)];
    for (const view of views) {
      const image = { ...view.layout.image, frame: { ...view.layout.image.frame, asOf: '01/01/2025' } };
      const redrawn = { ...view, layout: { ...view.layout, image } };
      expect(viewKey(redrawn)).not.toBe(viewKey(view));
      expect(ogCacheKey(image, 'f')).not.toBe(ogCacheKey(view.layout.image, 'f'));
    }
  });
});

/** Every file under src/pages/, relative to it. */
function pageFiles(dir = join(root, 'src', 'pages'), prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pageFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe('the routes', () => {
  // The open-data files hash nothing smaller than what they write, so they are rendered every build (ADR 15).
  const unkeyed = ['du-lieu/[dataset].csv.ts', 'du-lieu/[dataset].json.ts', 'du-lieu/bao-cao/[indicator].csv.ts'];
  it('give a cacheKey from src/lib/cache-keys/ (a key function or viewRoute) in every getStaticPaths() but the open-data files', () => {
    const routes = pageFiles().filter((file) => readFileSync(join(root, 'src', 'pages', file), 'utf8').includes('getStaticPaths'));
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((file) => !unkeyed.includes(file)).filter((file) => !/cacheKey: \w+\(|\.\.\.viewRoute\(/.test(readFileSync(join(root, 'src', 'pages', file), 'utf8')));
    expect(missing).toEqual([]);
    for (const file of unkeyed) expect(routes).toContain(file);
  });
});

describe('the build', () => {
  it('turns on Astro’s incremental build, which builds one page at a time', () => {
    expect(config.experimental?.incrementalBuild).toBe(true);
    // Above 1, pages render in parallel and the incremental cache is not used (docs/adr/0015-incremental-builds.md).
    expect(config.build?.concurrency ?? 1).toBe(1);
  });

  it.each([
    ['một lần dựng nguội', ' generating static routes \n06:28:40 ▶ src/pages/index.astro\n06:28:40   └─ /index.html (+5ms)\n06:28:41   ├─ /a/index.html (+2ms)\n06:28:41 ✓ Completed in 1s.\n', { rendered: 2, reused: 0 }],
    [
      'một lần dựng ấm, có màu',
      '\u001b[42m generating static routes \u001b[49m\n\u001b[2m06:28:40\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/a/index.html\u001b[22m \u001b[32m(cached)\u001b[39m\n06:28:40   ├─ /b/index.html (restored)\n06:28:40   └─ /c/index.html (+3ms)\n06:28:41 ✓ Completed in 1s.\n generating optimized images \n06:28:42   ├─ /_astro/anh.webp (before: 10kB, after: 5kB) (+1ms)\n',
      { rendered: 1, reused: 2 },
    ],
  ])('counts the pages of %s', (_case, log, counts) => {
    expect(countPageRenders(log)).toEqual(counts);
  });

  it('says it in one Vietnamese line', () => {
    expect(pageRenderLine({ rendered: 12, reused: 240 })).toBe('Trang: 12 dựng lại, 240 dùng lại từ lần dựng trước.');
  });
});
