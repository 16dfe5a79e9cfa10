/**
 * The image models kept between builds (src/lib/og/records-fs.ts): a page Astro
 * copies instead of rendering records no model, so the image step takes the
 * one it recorded last time, but only while those records belong to Astro's
 * current manifest.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OgImageModel } from '../../src/lib/og/model.ts';
import { loadPageRecords, savePageRecords } from '../../src/lib/og/records-fs.ts';

const work = mkdtempSync(join(tmpdir(), 'dti-og-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const frame = { siteName: 'Cổng thử nghiệm', asOf: '15/03/2024', demo: false };
const home: OgImageModel = { kind: 'page', frame, title: 'Trang chủ', description: 'Tiến độ chuyển đổi số' };

let runs = 0;
function folders() {
  const dir = join(work, `run-${(runs += 1)}`);
  return { cache: join(dir, 'og'), manifest: join(dir, 'incremental-build.json') };
}

describe('page records between builds', () => {
  it('come back when Astro’s manifest is the one they were saved with', () => {
    const { cache, manifest } = folders();
    mkdirSync(cache, { recursive: true });
    writeFileSync(manifest, '{"routes":{}}');
    savePageRecords(cache, manifest, new Map([['/', home]]));
    const loaded = loadPageRecords(cache, manifest);
    expect(loaded.reset).toBe(false);
    expect(loaded.records.get('/')).toEqual(home);
    expect(existsSync(manifest)).toBe(true);
  });

  it.each([
    ['Astro đã ghi lại manifest sau khi lưu (một lần dựng hỏng giữa chừng)', (manifest: string) => writeFileSync(manifest, '{"routes":{"x":{}}}')],
    ['tệp mô hình ảnh bị mất (bộ nhớ đệm chỉ được khôi phục một phần)', (_manifest: string, cache: string) => rmSync(join(cache, 'page-records.json'))],
    ['tệp mô hình ảnh hỏng', (_manifest: string, cache: string) => writeFileSync(join(cache, 'page-records.json'), '{')],
  ])('are dropped, with Astro’s manifest, when %s', (_case, spoil) => {
    const { cache, manifest } = folders();
    mkdirSync(cache, { recursive: true });
    writeFileSync(manifest, '{"routes":{}}');
    savePageRecords(cache, manifest, new Map([['/', home]]));
    spoil(manifest, cache);
    const loaded = loadPageRecords(cache, manifest);
    expect(loaded.records.size).toBe(0);
    expect(loaded.reset).toBe(true);
    // Without its manifest Astro renders every page, so every page records its model afresh.
    expect(existsSync(manifest)).toBe(false);
  });

  it('are none on a first build, with nothing removed', () => {
    const { cache, manifest } = folders();
    expect(loadPageRecords(cache, manifest)).toEqual({ records: new Map(), reset: false });
  });
});
