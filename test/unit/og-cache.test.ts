import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { clearOgImageRecords, recordOgImage } from '../../src/lib/og/records.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { simplePageView } from '../../src/lib/views/layout.ts';
import { siteImageModels } from '../../src/lib/views/site-images.ts';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOgImages, type OgRunReport } from '../../src/integrations/og-images/runner.ts';
import { ogCacheKey, stableStringify } from '../../src/lib/og/cache-key.ts';
import { createOgImageCache } from '../../src/lib/og/cache-fs.ts';
import { rendererFingerprint } from '../../src/lib/og/fingerprint-fs.ts';
import type { OgImageModel } from '../../src/lib/og/model.ts';
import { readPngSize } from '../helpers/og-png.ts';

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'test', 'fixtures', 'og-site', 'content');
const frame = { siteName: 'Cổng thử nghiệm', asOf: '15/03/2024', demo: false };
const post: OgImageModel = { kind: 'post', frame, title: 'Ra mắt chuyên mục', unit: 'Phường Trần Phú', date: '05/02/2024' };

describe('cache keys', () => {
  it('ignore the order of an object’s keys', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe('{"a":{"d":[1,{"e":3,"f":2}]},"b":1}');
    const reordered = { date: '05/02/2024', unit: 'Phường Trần Phú', title: 'Ra mắt chuyên mục', frame, kind: 'post' } as const;
    expect(ogCacheKey(reordered, 'f')).toBe(ogCacheKey(post, 'f'));
  });

  it.each([
    ['a letter of the title', { ...post, title: 'Ra mắt chuyên mục.' }],
    ['NFD instead of NFC', { ...post, title: post.title.normalize('NFD') }],
    ['the date of the figures', { ...post, frame: { ...frame, asOf: '16/03/2024' } }],
    ['the demonstration flag', { ...post, frame: { ...frame, demo: true } }],
  ])('change with %s', (_name, changed) => {
    expect(ogCacheKey(changed as OgImageModel, 'f')).not.toBe(ogCacheKey(post, 'f'));
  });

  it('change with the renderer’s fingerprint, which is stable between calls', () => {
    expect(rendererFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(rendererFingerprint()).toBe(rendererFingerprint());
    expect(ogCacheKey(post, 'a')).not.toBe(ogCacheKey(post, 'b'));
  });
});

describe('the image cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const key = (n: number) => String(n).repeat(64).slice(0, 64);

  it('copies a hit, reports a miss, and prunes what a build did not use', () => {
    const cache = createOgImageCache(join(dir, 'cache'));
    expect(cache.copyTo(key(1), join(dir, 'a.png'))).toBe(false);
    cache.put(key(1), new Uint8Array([1, 2, 3]));
    cache.put(key(2), new Uint8Array([4]));
    expect(cache.copyTo(key(1), join(dir, 'a.png'))).toBe(true);
    expect([...readFileSync(join(dir, 'a.png'))]).toEqual([1, 2, 3]);
    expect(cache.prune(new Set([key(1)]))).toBe(1);
    expect(readdirSync(join(dir, 'cache'))).toEqual([`${key(1)}.png`]);
  });

  it('refuses a key that is not a hash', () => {
    expect(() => createOgImageCache(dir).copyTo('../../etc/passwd', join(dir, 'x'))).toThrow('Khóa bộ nhớ đệm ảnh không hợp lệ: "../../etc/passwd"');
  });
});

describe('the runner', () => {
  let work: string;
  let distDir: string;
  const messages: string[] = [];
  const logger = { info: (message: string) => messages.push(`info ${message}`), warn: (message: string) => messages.push(`warn ${message}`) };
  const page = (file: string, meta: Record<string, string>) => {
    const tags = Object.entries(meta).map(([property, content]) => `<meta property="${property}" content="${content}">`).join('');
    mkdirSync(dirname(join(distDir, file)), { recursive: true });
    writeFileSync(join(distDir, file), `<!DOCTYPE html><html lang="vi"><head>${tags}</head><body></body></html>`);
  };
  const site = 'https://thu-nghiem.example';
  const run = (): Promise<OgRunReport> =>
    generateOgImages({ distDir, cacheDir: join(work, 'cache'), concurrency: 2, prune: true, logger });

  beforeAll(() => {
    // What the three pages record while they render: their view models' images.
    const model = createPortalModel(loadPortalContentFromDir(contentDir, root));
    const images = siteImageModels(model);
    clearOgImageRecords();
    recordOgImage('/', images.get('/')!);
    recordOgImage('/chi-so/1-4/', images.get('/chi-so/1-4/')!);
    recordOgImage('/lien-he/', simplePageView(model, { title: 'Liên hệ', description: 'Địa chỉ & điện thoại' }).layout.image);
    work = mkdtempSync(join(tmpdir(), 'og-runner-'));
    distDir = join(work, 'dist');
    page('index.html', { 'og:url': `${site}/`, 'og:image': `${site}/og/index.png`, 'og:title': 'Cổng thử nghiệm Đồng Sơn', 'og:description': '' });
    page('chi-so/1-4/index.html', { 'og:url': `${site}/chi-so/1-4/`, 'og:image': `${site}/og/chi-so/1-4.png`, 'og:title': 'Chỉ số 1.4', 'og:description': '' });
    page('lien-he/index.html', { 'og:url': `${site}/lien-he/`, 'og:image': `${site}/og/lien-he.png`, 'og:title': 'Liên hệ', 'og:description': 'Địa chỉ &amp; điện thoại' });
    page('rieng.html', { 'og:title': 'Không có ảnh' });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('renders every image on a first build, at the address each page announces', async () => {
    const report = await run();
    expect(report.rendered).toEqual(['/og/chi-so/1-4.png', '/og/index.png', '/og/lien-he.png']);
    expect(report.cached).toEqual([]);
    for (const image of report.rendered) expect(readPngSize(readFileSync(join(distDir, image)))).toEqual({ width: 1200, height: 630 });
    expect(messages).toContain('warn 1 trang không khai báo og:image nên không có ảnh chia sẻ: rieng.html');
    expect(messages.at(-1)).toMatch(/^info 3 ảnh được vẽ lại, 0 ảnh lấy từ bộ nhớ đệm \(\d+ ms, [\d.]+ ms\/ảnh vẽ\)\.$/);
  });

  it('renders nothing on a second build with nothing changed', async () => {
    rmSync(join(distDir, 'og'), { recursive: true });
    const report = await run();
    expect(report.rendered).toEqual([]);
    expect(report.cached).toHaveLength(3);
    expect(readPngSize(readFileSync(join(distDir, 'og/lien-he.png')))).toEqual({ width: 1200, height: 630 });
    expect(messages.at(-1)).toMatch(/^info 0 ảnh được vẽ lại, 3 ảnh lấy từ bộ nhớ đệm \(\d+ ms\)\.$/);
  });

  it('renders only the image whose model changed, and drops the stale one from the cache', async () => {
    page('lien-he/index.html', { 'og:url': `${site}/lien-he/`, 'og:image': `${site}/og/lien-he.png`, 'og:title': 'Liên hệ và góp ý', 'og:description': '' });
    // The page, rendered again with its new title, records its new image model.
    const model = createPortalModel(loadPortalContentFromDir(contentDir, root));
    recordOgImage('/lien-he/', simplePageView(model, { title: 'Liên hệ và góp ý', description: '' }).layout.image);
    const report = await run();
    expect(report.rendered).toEqual(['/og/lien-he.png']);
    expect(report.cached.sort()).toEqual(['/og/chi-so/1-4.png', '/og/index.png']);
    expect(readdirSync(join(work, 'cache')).filter((name) => name.endsWith('.png'))).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(work, 'cache', 'last-build.json'), 'utf8')).rendered).toEqual(['/og/lien-he.png']);
  });

  it('works with no cache at all', async () => {
    rmSync(join(work, 'cache'), { recursive: true });
    const report = await run();
    expect(report.rendered).toHaveLength(3);
  });
});
