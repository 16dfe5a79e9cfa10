import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { checkFeeds, checkPageSafety } from '../helpers/page-safety.ts';
import { readPostFiles } from '../helpers/posts-files.ts';
import { builtOrigin } from '../helpers/quality-static-checks.ts';

// Real builds share .astro/, so they run in order in this one file.
const root = resolve(import.meta.dirname, '../..');
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const cardSlugs = (html: string) => [...mainOf(html).matchAll(/class="post-card-title"[^>]*>\s*<a href="\/chuyen-doi-so\/([a-z0-9-]+)\/"/g)].map((match) => match[1]);
const feedLinks = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1] ?? '').pathname);
const allFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

describe('the news section, built from test/fixtures/posts-site', () => {
  const postsDir = join(root, 'test/fixtures/posts-site/content/posts');
  const files = readPostFiles(postsDir);
  const published = files.filter((file) => !file.draft);
  const ofUnit = (unit: string) => published.filter((file) => file.unit === unit);
  let site: FixtureBuild;
  /** Slugs on every page of a paginated list, page by page. */
  const listPages = (base: string) => {
    const pages: (string | undefined)[][] = [];
    for (let n = 1; site.exists(`${base}${n === 1 ? '' : `trang/${n}/`}index.html`); n += 1) {
      pages.push(cardSlugs(site.read(`${base}${n === 1 ? '' : `trang/${n}/`}index.html`)));
    }
    return pages;
  };

  beforeAll(() => {
    site = buildFixture('posts-site');
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('lists every published post once on the section pages: 21 posts → 10, 10, 1', () => {
    const pages = listPages('chuyen-doi-so/');
    expect(pages.map((page) => page.length)).toEqual([10, 10, 1]);
    expect(pages.flat().sort()).toEqual(published.map((file) => file.slug).sort());
    expect(site.exists('chuyen-doi-so/trang/1/index.html')).toBe(false);
  });

  it.each([
    ['phong-vhtt', [10, 1]], // one past a page
    ['phuong-tran-phu', [10]], // exactly one page
    ['xa-dong-son', [0]], // no posts
    ['phuong-dinh-ke', [0]], // a draft only
    ['cong-an-thanh-pho', [0]],
  ])('lists each post of %s on its unit pages: %j', (unit, sizes) => {
    const pages = listPages(`chuyen-doi-so/don-vi/${unit}/`);
    expect(pages.map((page) => page.length)).toEqual(sizes);
    expect(pages.flat().sort()).toEqual(ofUnit(unit).map((file) => file.slug).sort());
    if (sizes[0] === 0) expect(mainOf(site.read(`chuyen-doi-so/don-vi/${unit}/index.html`))).toContain('chưa đăng tin, bài nào trong chuyên mục Chuyển đổi số.');
  });

  it('lists every unit once, with its published posts counted, on /chuyen-doi-so/don-vi/; list pages link there instead', () => {
    const page = mainOf(site.read('chuyen-doi-so/don-vi/index.html')).replace(/ data-astro-cid-\w+/g, '');
    const counted = [...page.matchAll(/<a href="\/chuyen-doi-so\/don-vi\/([a-z0-9-]+)\/">[^<]+<\/a> <span class="muted">\((\d+)\)<\/span>/g)].map((match) => [match[1], Number(match[2])]);
    const unitsPart = readFileSync(join(root, 'test/fixtures/posts-site/content/units.yaml'), 'utf8').split('\ngroups:')[0] ?? '';
    const unitIds = [...unitsPart.matchAll(/^  - id: ([a-z0-9-]+)$/gm)].map((match) => match[1]);
    expect(counted.map(([unit]) => unit).sort()).toEqual([...unitIds].sort());
    for (const [unit, count] of counted) expect(count, String(unit)).toBe(ofUnit(String(unit)).length);
    for (const list of ['chuyen-doi-so/trang/2/index.html', 'chuyen-doi-so/don-vi/phong-vhtt/index.html', 'chuyen-doi-so/tru-cot/the-che-so/index.html']) {
      const browse = mainOf(site.read(list)).split('class="post-browse"')[1] ?? '';
      expect(browse, list).toContain('href="/chuyen-doi-so/don-vi/"');
      expect(browse, list).not.toMatch(/href="\/chuyen-doi-so\/don-vi\/[a-z0-9-]+\/"/);
    }
  });

  it('lists posts by pillar, through their indicators, and says when a pillar has none', () => {
    expect(listPages('chuyen-doi-so/tru-cot/nhan-thuc-so/').map((page) => page.length)).toEqual([10, 4]);
    expect(listPages('chuyen-doi-so/tru-cot/the-che-so/')).toEqual([[]]);
    expect(site.read('chuyen-doi-so/tru-cot/the-che-so/index.html')).toContain('Chưa có tin, bài nào về trụ cột 2. Thể chế số.');
  });

  it('shows the latest posts on each unit page', () => {
    for (const unit of ['phong-vhtt', 'phuong-tran-phu', 'xa-dong-son']) {
      const expected = ofUnit(unit).sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 5).map((file) => file.slug);
      expect(cardSlugs(site.read(`don-vi/${unit}/index.html`)), unit).toEqual(expected);
    }
    expect(site.read('don-vi/xa-dong-son/index.html')).toContain('Xã Đồng Sơn chưa đăng tin, bài nào trong chuyên mục Chuyển đổi số.');
  });

  it('puts every published post in /rss.xml and in its unit feed', () => {
    const all = feedLinks(site.read('rss.xml'));
    expect(all.sort()).toEqual(published.map((file) => `/chuyen-doi-so/${file.slug}/`).sort());
    for (const unit of ['phong-vhtt', 'phuong-tran-phu', 'xa-dong-son', 'phuong-dinh-ke', 'cong-an-thanh-pho']) {
      const xml = site.read(`chuyen-doi-so/don-vi/${unit}/rss.xml`);
      expect(xml).toContain('<language>vi</language>');
      expect(feedLinks(xml).sort(), unit).toEqual(ofUnit(unit).map((file) => `/chuyen-doi-so/${file.slug}/`).sort());
    }
    expect(site.read('rss.xml')).toContain('<description>Bài viết minh họa. Tóm tắt tin số 03.</description>');
    expect(site.read('rss.xml')).toContain('<description>Tóm tắt tin số 04.</description>');
  });

  it('writes every feed as well-formed XML, and no page with a redirect, a <base>, a foreign <form> or an unsafe link (issue 12)', () => {
    const feeds = checkFeeds(site.outDir);
    expect(feeds.feeds).toContain('rss.xml');
    expect(feeds.feeds).toContain('chuyen-doi-so/don-vi/phong-vhtt/rss.xml');
    expect(feeds.errors).toEqual([]);
    const pages = checkPageSafety(site.outDir, builtOrigin(site.outDir));
    expect(pages.files).toBeGreaterThan(20);
    expect(pages.problems).toEqual([]);
  });

  it('puts every post, list page and feed-less page in the XML sitemap, and no draft', () => {
    const sitemap = site.read('sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    for (const file of published) expect(urls, file.slug).toContain(`/chuyen-doi-so/${file.slug}/`);
    expect(urls.filter((url) => /^\/chuyen-doi-so\/[a-z0-9-]+\/$/.test(url) && !['/chuyen-doi-so/trang/', '/chuyen-doi-so/don-vi/'].includes(url))).toHaveLength(published.length);
    for (const url of ['/chuyen-doi-so/', '/chuyen-doi-so/don-vi/', '/chuyen-doi-so/trang/3/', '/chuyen-doi-so/don-vi/xa-dong-son/', '/chuyen-doi-so/tru-cot/the-che-so/']) expect(urls).toContain(url);
    expect(site.read('sitemap-index.xml')).toContain('sitemap-0.xml');
  });

  it('never publishes a draft, anywhere', () => {
    const draft = files.find((file) => file.draft);
    expect(site.exists(`chuyen-doi-so/${draft?.slug}/index.html`)).toBe(false);
    for (const path of allFiles(site.outDir)) {
      if (/\.(html|xml|json|txt|js|css)$/.test(path)) expect(readFileSync(path, 'utf8'), path).not.toContain('BANNHAPKHONGDANG');
    }
  });

  it('counts 1.4 from the files, against the targets written in the indicator', () => {
    const counted = (unit: string) => ofUnit(unit).filter((file) => file.date.startsWith('2024-')).length;
    // Scoped-style ids and the phone layout's column labels (data-label) are not what this test reads.
    const table = mainOf(site.read('chi-so/1-4/index.html')).replace(/ data-astro-cid-\w+| data-label="[^"]*"/g, '');
    const row = (label: string) => new RegExp(`<th scope="row">(?:<a [^>]+>)?${label}(?:</a>)?</th><td>(\\d+)</td><td>([^<]*)</td><td>([^<]*)</td>`).exec(table)?.slice(1);
    expect(row('Cổng thông tin điện tử thành phố \\(cơ quan, đơn vị thành phố\\)')).toEqual([String(counted('phong-vhtt') + counted('cong-an-thanh-pho')), 'trên 12 tin, bài', 'Chưa đạt: còn thiếu 2 bài']);
    expect(row('Phường Trần Phú')).toEqual([String(counted('phuong-tran-phu')), 'trên 8 tin, bài', 'Đạt chỉ tiêu']);
    expect(row('Phường Dĩnh Kế')).toEqual(['0', 'trên 8 tin, bài', 'Chưa đạt: còn thiếu 9 bài']);
    expect(row('Xã Đồng Sơn')).toEqual(['0', 'trên 8 tin, bài', 'Chưa đạt: còn thiếu 9 bài']);
    expect(counted('phuong-tran-phu')).toBe(9); // one of its ten posts is dated 2023
    expect(table).toContain('Số liệu gồm 6 bài viết minh họa, chưa phải số liệu chính thức.');
    expect(mainOf(site.read('chi-so/1-1/index.html'))).not.toContain('post-counter');
  });

  it('shows the counter on every unit page and on the home page', () => {
    expect(mainOf(site.read('don-vi/phuong-tran-phu/index.html'))).toMatch(/Năm 2024, Phường Trần Phú đã đăng <strong[^>]*>9<\/strong> tin, bài về chuyển đổi số/);
    expect(mainOf(site.read('don-vi/phong-vhtt/index.html'))).toMatch(/toàn thành phố đã đăng\s+11 tin, bài/);
    expect(mainOf(site.read('don-vi/xa-dong-son/index.html'))).toMatch(/Chưa đạt: còn thiếu 9 bài/);
    const home = mainOf(site.read('index.html')).replace(/ data-astro-cid-\w+/g, '');
    expect(home).toContain('<strong>11</strong> tin, bài của Cổng thông tin điện tử thành phố năm 2024');
    expect(home).toMatch(/<strong>\s*1\/3\s*<\/strong> phường, xã đạt chỉ tiêu \(trên 8 tin, bài\)/);
  });

  it('marks demonstration posts wherever they appear', () => {
    for (const file of published) {
      const html = mainOf(site.read(`chuyen-doi-so/${file.slug}/index.html`));
      expect(html.includes('<strong data-astro-cid') && html.includes('Bài viết minh họa.'), file.slug).toBe(file.demo);
    }
    const firstPage = mainOf(site.read('chuyen-doi-so/index.html'));
    const demoOnPage = cardSlugs(firstPage).filter((slug) => published.find((file) => file.slug === slug)?.demo).length;
    expect(firstPage.match(/class="post-demo-badge"/g)?.length ?? 0).toBe(demoOnPage);
  });

  it('renders MDX components without imports, GFM tables, and local images with alt text', () => {
    const html = mainOf(site.read('chuyen-doi-so/tin-so-01-phong-vhtt/index.html')).replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');
    expect(html).toContain('<div class="callout callout-warning" role="note"><p class="callout-title"><strong>Lưu ý kiểm thử</strong></p>');
    expect(html).toContain('<a href="/chi-so/1-4/">Chỉ số 1.4: Cổng thông tin điện tử có chuyên mục riêng về chuyển đổi số</a>');
    expect(html).toContain('<a href="/chi-so/2-1/">kế hoạch hằng năm</a>');
    expect(html).toMatch(/<figure class="post-figure"><p><img src="\/_astro\/anh-bia\.[\w-]+\.webp"[^>]* alt="Ảnh nền xanh dùng để kiểm thử"/);
    expect(html).toContain('<figcaption>Chú thích ảnh kiểm thử</figcaption>');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Cột A<\/th>/);
    const cover = mainOf(site.read('chuyen-doi-so/tin-so-02-phong-vhtt/index.html'));
    expect(cover).toMatch(/<img src="\/_astro\/anh-bia\.[\w-]+\.webp"[^>]* alt="Ảnh bìa nền xanh của bài kiểm thử"/);
    expect(cover).toContain('Người viết: Nguyễn Văn Viết');
    expect(cover).toContain('<abbr title="Chuyển đổi số">CĐS</abbr>');
  });

  it('links each post to its indicators and to the posts either side', () => {
    const newest = mainOf(site.read('chuyen-doi-so/tin-so-11-phong-vhtt/index.html'));
    expect(newest).toContain('href="/chi-so/1-4/"');
    expect(newest).not.toContain('Bài mới hơn:');
    expect(newest).toContain('Bài cũ hơn: Tin số 10 của Phường Trần Phú');
    const oldest = mainOf(site.read('chuyen-doi-so/tin-so-01-phuong-tran-phu/index.html'));
    expect(oldest).toContain('Bài mới hơn: Bài MDX có thành phần được phép');
    expect(oldest).not.toContain('Bài cũ hơn:');
  });

  it('ships no client JavaScript in the news section', () => {
    for (const path of allFiles(join(site.outDir, 'chuyen-doi-so')).filter((file) => file.endsWith('.html'))) {
      expect(readFileSync(path, 'utf8'), path).not.toMatch(/<script/i);
    }
  });
});

describe('the hostile corpus (test/fixtures/posts-hostile), through the build', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('posts-hostile');
  });

  it('fails before rendering, naming each file and line', () => {
    expect(build.status).not.toBe(0);
    const dir = 'test/fixtures/posts-hostile/content/posts/phuong-tran-phu';
    for (const line of [
      `${dir}/2024-03-01-import.mdx:8:1 — có lệnh import`,
      `${dir}/2024-03-02-export.mdx:10:1 — có lệnh export`,
      `${dir}/2024-03-03-expression.mdx:10:1 — có biểu thức JavaScript`,
      `${dir}/2024-03-04-unknown-component.mdx:10:1 — thành phần <Tracker> không có trong danh sách được phép`,
      `${dir}/2024-03-05-script.md:10:1 — có thẻ <script>`,
      `${dir}/2024-03-06-iframe.md:10:1 — có thẻ <iframe>`,
      `${dir}/2024-03-07-style.md:10:1 — có thẻ <style>`,
      `${dir}/2024-03-08-object.md:10:1 — có thẻ <object>`,
      `${dir}/2024-03-09-event-attribute.md:8:27 — thẻ <sup> có thuộc tính "onmouseover"`,
      `${dir}/2024-03-10-javascript-url.md:10:1 — địa chỉ "javascript:alert('HOSTILE10')" chạy mã JavaScript`,
      `${dir}/2024-03-11-data-url.md:10:1 — địa chỉ "data:image/png;base64,SE9TVElMRTEx" nhúng dữ liệu`,
      `${dir}/2024-03-12-remote-image.md:10:1 — ảnh lấy từ máy chủ khác`,
    ]) {
      expect(build.output).toContain(line);
    }
    expect(build.output).toContain('Nội dung không hợp lệ (12 lỗi)');
  });

  it('lets nothing reach dist/', () => {
    const files = existsSync(build.outDir) ? allFiles(build.outDir) : [];
    expect(files.filter((path) => path.endsWith('.html'))).toEqual([]);
    for (const path of files) expect(readFileSync(path, 'utf8'), path).not.toMatch(/HOSTILE\d\d/);
  });
});

describe('npm run new-post, then npm run build, as a new editor would', () => {
  const work = mkdtempSync(join(tmpdir(), 'dti-new-post-'));
  const env = {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    PORTAL_CONTENT_DIR: join(work, 'content'),
    NO_COLOR: '1',
  };
  const npm = (args: string[]) => spawnSync('npm', args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('creates a valid post that the build publishes', () => {
    cpSync(join(root, 'test/fixtures/posts-site/content'), join(work, 'content'), { recursive: true });
    const created = npm(['run', 'new-post', '--', '--unit', 'xa-dong-son', '--title', 'Xã Đồng Sơn ra mắt Tổ công nghệ số cộng đồng']);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('Đã tạo bài viết mới: ');
    const [name] = readdirSync(join(work, 'content/posts/xa-dong-son'));
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-xa-dong-son-ra-mat-to-cong-nghe-so-cong-dong\.md$/);
    // The portal shows what is dated up to asOf (issue 15): the editor's portal moves asOf to the post's day.
    const siteFile = join(work, 'content/site.yaml');
    writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^asOf: .*$/m, `asOf: ${name!.slice(0, 10)}`));

    const built = npm(['run', 'build', '--', '--outDir', join(work, 'dist')]);
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    const page = readFileSync(join(work, 'dist/chuyen-doi-so/xa-dong-son-ra-mat-to-cong-nghe-so-cong-dong/index.html'), 'utf8');
    expect(page).toContain('<h1 data-astro-cid');
    expect(page).toContain('Xã Đồng Sơn ra mắt Tổ công nghệ số cộng đồng</h1>');
    expect(cardSlugs(readFileSync(join(work, 'dist/chuyen-doi-so/don-vi/xa-dong-son/index.html'), 'utf8'))).toEqual(['xa-dong-son-ra-mat-to-cong-nghe-so-cong-dong']);
  });

  it('refuses an unknown unit with the ids to choose from', () => {
    const result = npm(['run', 'new-post', '--', '--unit', 'dong-son', '--title', 'Bài thử']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Lỗi: không có đơn vị mã "dong-son". Có phải một trong các mã sau:');
    expect(result.stderr).toMatch(/xa-dong-son\s+Xã Đồng Sơn/);
  });
});
