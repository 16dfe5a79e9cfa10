import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCanonical, readMetaTags } from '../../src/lib/og/html-meta.ts';
import { listHtmlFiles } from '../../src/lib/og/pages-fs.ts';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { readPngSize } from '../helpers/og-png.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const ogCache = (name: string) => join(fixtures, name, '.cache', 'astro', 'og');
const origin = 'https://thu-nghiem.example';
const imageLog = /(\d+) ảnh được vẽ lại, (\d+) ảnh lấy từ bộ nhớ đệm/;

function imageCounts(build: FixtureBuild): { rendered: number; cached: number } {
  const match = imageLog.exec(build.output);
  if (!match) throw new Error(`no image log line in:\n${build.output}`);
  return { rendered: Number(match[1]), cached: Number(match[2]) };
}

// Tests in a file run in order; the builds share .astro/, so they stay in this one file.
describe('social images of a built fixture site', () => {
  let site: FixtureBuild;
  let pages: string[];
  beforeAll(() => {
    // A build with no cache must work.
    rmSync(ogCache('og-site'), { recursive: true, force: true });
    site = buildFixture('og-site');
    pages = site.status === 0 ? listHtmlFiles(site.outDir) : [];
  });

  it('builds with no image cache, rendering one image per page', () => {
    expect(site.status, site.output).toBe(0);
    expect(pages.length).toBeGreaterThan(20);
    expect(imageCounts(site)).toEqual({ rendered: pages.length, cached: 0 });
  });

  it('gives every HTML page the Open Graph and Twitter tags, and a canonical link when indexable', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = site.read(page);
      const meta = readMetaTags(html);
      const lang = /<html lang="(\w+)"/.exec(html)?.[1];
      const indexable = meta.get('robots') !== 'noindex';
      expect(html.match(/<link rel="canonical"/g)?.length ?? 0, page).toBe(indexable ? 1 : 0);
      if (indexable) expect(meta.get('og:url'), page).toBe(readCanonical(html));
      expect(meta.get('og:url') ?? '', page).toMatch(new RegExp(`^${origin}/`));
      expect(meta.get('og:title') ?? '', page).toMatch(/\S/);
      expect(meta.has('og:description'), page).toBe(true);
      expect(meta.get('og:image') ?? '', page).toMatch(new RegExp(`^${origin}/og/[a-z0-9/-]+\\.png$`));
      expect(meta.get('og:image:width'), page).toBe('1200');
      expect(meta.get('og:image:height'), page).toBe('630');
      expect(meta.get('og:image:alt'), page).toContain('Cổng thử nghiệm Đồng Sơn, số liệu tính đến 15/03/2024.');
      expect(meta.get('og:locale'), page).toBe(lang === 'en' ? 'en_US' : 'vi_VN');
      expect(meta.get('og:site_name'), page).toBe('Cổng thử nghiệm Đồng Sơn');
      expect(meta.get('twitter:card'), page).toBe('summary_large_image');
    }
  });

  it('writes each page’s og:image as a 1200×630 PNG, and no image that no page announces', () => {
    expect(pages.length).toBeGreaterThan(20);
    const announced = new Set<string>();
    for (const page of pages) {
      const image = new URL(readMetaTags(site.read(page)).get('og:image') ?? '').pathname;
      expect(announced.has(image), `${page} reuses ${image}`).toBe(false);
      announced.add(image);
      const file = join(site.outDir, image);
      expect(existsSync(file), `${page} → ${image}`).toBe(true);
      expect(readPngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
    }
    const written = listFiles(join(site.outDir, 'og')).map((file) => `/og/${file}`);
    expect(written.sort()).toEqual([...announced].sort());
  });

  it('describes each design in og:image:alt from the image’s own figures', () => {
    const alt = (page: string) => readMetaTags(site.read(page)).get('og:image:alt');
    expect(alt('chi-so/1-4/index.html')).toMatch(/^Chỉ số 1\.4: Cổng thông tin điện tử có chuyên mục riêng về chuyển đổi số\. Trụ cột 1\. Nhận thức số\. Chủ trì: /);
    expect(alt('don-vi/phuong-tran-phu/index.html')).toContain('Tin, bài chỉ số 1.4: 2, chỉ tiêu trên 2 tin, bài.');
    expect(alt('chuyen-doi-so/ra-mat-chuyen-muc/index.html')).toBe(
      'Phường Trần Phú ra mắt chuyên mục chuyển đổi số. Phường Trần Phú, 05/02/2024. Cổng thử nghiệm Đồng Sơn, số liệu tính đến 15/03/2024.',
    );
    expect(readMetaTags(site.read('chuyen-doi-so/ra-mat-chuyen-muc/index.html')).get('og:type')).toBe('article');
  });

  it('shows on the image the completion its page shows (same model, same rounding)', () => {
    const compared: string[] = [];
    for (const page of pages.filter((file) => /^(?:index\.html|(?:chi-so|don-vi|tru-cot)\/[^/]+\/index\.html)$/.test(file))) {
      const html = site.read(page);
      const shown = /data-percent>([^<]+)</.exec(html)?.[1];
      if (shown === undefined) continue;
      const drawn = /[Hh]oàn thành ([^.;]+?)[.;]/.exec(readMetaTags(html).get('og:image:alt') ?? '')?.[1];
      expect(drawn, page).toBe(shown);
      compared.push(page);
    }
    expect(compared).toContain('chi-so/1-4/index.html');
    expect(compared).toContain('don-vi/phuong-tran-phu/index.html');
  });

  it('offers Facebook, Zalo and the address to copy on posts, indicators and units, as plain links', () => {
    for (const page of ['chuyen-doi-so/ra-mat-chuyen-muc/index.html', 'chi-so/1-2-1/index.html', 'don-vi/xa-dong-son/index.html']) {
      const html = site.read(page);
      const url = readCanonical(html) ?? '';
      const share = html.slice(html.indexOf('<section class="share'), html.indexOf('</section>', html.indexOf('<section class="share')));
      expect(share, page).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}"`);
      const zalo = /href="(https:\/\/button-share\.zalo\.me\/share_external\?[^"]+)"/.exec(share)?.[1]?.replaceAll('&amp;', '&');
      expect(JSON.parse(Buffer.from(new URL(zalo ?? 'x:').searchParams.get('d') ?? '', 'base64').toString('utf8')), page).toEqual({ url });
      expect(share, page).toMatch(new RegExp(`<input id="dia-chi-trang" type="text" value="${url.replaceAll('.', '\\.')}" readonly`));
      expect(share, page).not.toMatch(/<script/i);
    }
  });

  it('makes no request to another host from any page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = site.read(page);
      for (const [tag] of html.matchAll(/<(?:script|img|iframe|source|video|audio|embed|object|link)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
        if (/^<link\b/i.test(tag) && !/\brel="(?:stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon|prefetch)"/i.test(tag)) continue;
        for (const [, , value] of tag.matchAll(/\b(src|href|srcset|data)="([^"]*)"/gi)) {
          expect(value, `${page}: ${tag}`).not.toMatch(/^(?:https?:)?\/\/(?!thu-nghiem\.example\/)/i);
        }
      }
    }
  });

  it('renders no image again on a second build with nothing changed, and says so', () => {
    const second = buildFixture('og-site');
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/\[dti-portal:og-images\] 0 ảnh được vẽ lại, \d+ ảnh lấy từ bộ nhớ đệm/);
    expect(imageCounts(second)).toEqual({ rendered: 0, cached: pages.length });
  });

  describe('after one post’s title changes', () => {
    const changed = join(fixtures, 'og-site-changed');
    afterAll(() => rmSync(changed, { recursive: true, force: true }));

    it('renders that post’s image and nothing else', () => {
      rmSync(changed, { recursive: true, force: true });
      cpSync(join(fixtures, 'og-site', 'content'), join(changed, 'content'), { recursive: true });
      cpSync(ogCache('og-site'), ogCache('og-site-changed'), { recursive: true });
      const file = join(changed, 'content', 'posts', 'phuong-tran-phu', '2024-02-05-ra-mat-chuyen-muc.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('ra mắt chuyên mục chuyển đổi số', 'ra mắt chuyên mục Chuyển đổi số mới'));
      const build = buildFixture('og-site-changed');
      expect(build.status, build.output).toBe(0);
      expect(imageCounts(build)).toEqual({ rendered: 1, cached: pages.length - 1 });
      expect(JSON.parse(readFileSync(join(ogCache('og-site-changed'), 'last-build.json'), 'utf8')).rendered).toEqual([
        '/og/chuyen-doi-so/ra-mat-chuyen-muc.png',
      ]);
    });
  });
});

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}
