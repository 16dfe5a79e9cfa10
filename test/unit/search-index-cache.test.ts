/**
 * The search bundle is reused when the indexed pages did not change, and the
 * reused bundle is byte for byte what indexing writes (issue 18, point 1).
 * Runs the real Pagefind on a few hand-written pages: about a second a run.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEPT_ENTRIES, restoreSearchIndex, saveSearchIndex } from '../../src/integrations/pagefind/index-cache.ts';
import { resolvePagefindOptions } from '../../src/integrations/pagefind/options.ts';
import { runPagefind } from '../../src/integrations/pagefind/runner.ts';
import { POST_INDEX_WORDS } from '../../src/lib/search/index-budget.ts';
import { createSearchIndexKey } from '../../src/lib/search/index-key.ts';
import { loadPagefindFromDir } from '../../src/lib/search/pagefind-node-fs.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><meta data-pagefind-filter="type[content]" content="post"></head>` +
  `<body><main><div data-pagefind-body><h1>${title}</h1><div class="prose post-body"><p>${text}</p></div></div></main></body></html>`;

/** A built site of three posts and a page that is not indexed. */
function writeSite(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries({ '404.html': '<html><body>Không tìm thấy</body></html>', ...pages })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const POSTS = {
  'chuyen-doi-so/tap-huan/index.html': page('Tập huấn chuyển đổi số', 'Cán bộ phường Trần Phú học dùng chữ ký số.'),
  'chuyen-doi-so/dinh-danh/index.html': page('Hỗ trợ định danh điện tử', 'Đoàn viên hỗ trợ người dân đăng ký tài khoản.'),
  'chuyen-doi-so/ha-tang/index.html': page('Hạ tầng số', 'Phủ sóng 4G đến mọi thôn.'),
};

/** Every file of a bundle and its bytes, by path inside the bundle. */
function bundle(dir: string): Record<string, string> {
  const root = join(dir, 'pagefind');
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

const silent = { info: (_message: string) => {} };
const index = (dir: string, cacheDir?: string) => runPagefind({ dir, logger: silent, options: resolvePagefindOptions(), cacheDir });

describe('the search index cache', () => {
  const cacheDir = join(work, 'cache');

  it('indexes on the first build, copies the same bytes on a build of the same pages, and indexes again when one post changes', async () => {
    const cold = writeSite('cold', POSTS);
    const first = await index(cold, cacheDir);
    expect(first).toMatchObject({ pages: 3, skipped: 1, cached: false });

    const warm = writeSite('warm', POSTS);
    const logged: string[] = [];
    const second = await runPagefind({ dir: warm, logger: { info: (message) => logged.push(message) }, options: resolvePagefindOptions(), cacheDir });
    expect(second).toMatchObject({ pages: 3, skipped: 1, cached: true });
    expect(logged).toEqual([expect.stringMatching(/^Chỉ mục tìm kiếm: 3 trang \(bỏ qua 1 trang không thuộc diện tìm kiếm\) trong \d+ ms, lấy từ bộ nhớ đệm\.$/)]);
    expect(bundle(warm)).toEqual(bundle(cold));

    // One word of one post changes: the key changes, the bundle is built again, and equals a build without any cache.
    const edited = { ...POSTS, 'chuyen-doi-so/ha-tang/index.html': page('Hạ tầng số', 'Phủ sóng 5G đến mọi thôn.') };
    const changed = writeSite('changed', edited);
    expect(await index(changed, cacheDir)).toMatchObject({ cached: false });
    const uncached = writeSite('uncached', edited);
    expect(await index(uncached)).toMatchObject({ cached: false });
    expect(bundle(changed)).toEqual(bundle(uncached));
    expect(bundle(changed)).not.toEqual(bundle(cold));
  }, 60_000);

  it('replaces a stale bundle in the output folder with the kept one', async () => {
    const site = writeSite('stale', POSTS);
    cpSync(join(work, 'changed', 'pagefind'), join(site, 'pagefind'), { recursive: true });
    expect(await index(site, cacheDir)).toMatchObject({ cached: true });
    expect(bundle(site)).toEqual(bundle(join(work, 'cold')));
  }, 60_000);
});

describe('a long post in the index', () => {
  it(`is found by its title and its first ${POST_INDEX_WORDS} words, not by the rest of its body; readers keep the whole post`, async () => {
    const filler = Array.from({ length: POST_INDEX_WORDS }, () => 'chuyển đổi số').join(' ');
    const html = page('Tập huấn kỹ năng số', `Mở đầu có từ khởixướng. ${filler}</p><p>Đoạn cuối có từ cuốibài.`);
    const dir = writeSite('long-post', { 'chuyen-doi-so/dai/index.html': html });
    await index(dir);
    expect(readFileSync(join(dir, 'chuyen-doi-so/dai/index.html'), 'utf8')).toBe(html);
    const pagefind = await loadPagefindFromDir(dir);
    const found = async (term: string) => ((await pagefind.search(term))?.results ?? []).length;
    expect(await found('kỹ năng')).toBe(1);
    expect(await found('khởixướng')).toBe(1);
    expect(await found('cuốibài')).toBe(0);
  }, 60_000);
});

describe('createSearchIndexKey', () => {
  const keyOf = (version: string, settings: Record<string, unknown>, pages: [string, string][]) => {
    const key = createSearchIndexKey(version, settings);
    for (const [url, html] of pages) key.addPage(url, html);
    return key.digest();
  };
  const base: [string, string][] = [
    ['/a/', '<p>Trần Phú</p>'],
    ['/b/', '<p>Song Mai</p>'],
  ];

  it('is the same for the same pages and settings, in any order of the settings’ fields', () => {
    expect(keyOf('1.6.0', { language: 'vi', includeCharacters: '․' }, base)).toBe(keyOf('1.6.0', { includeCharacters: '․', language: 'vi' }, base));
  });

  it.each<[string, string, Record<string, unknown>, [string, string][]]>([
    ['another Pagefind version', '1.6.1', { language: 'vi' }, base],
    ['another setting', '1.6.0', { language: 'en' }, base],
    ['one word changed', '1.6.0', { language: 'vi' }, [base[0]!, ['/b/', '<p>Song Khê</p>']]],
    ['the pages in another order', '1.6.0', { language: 'vi' }, [base[1]!, base[0]!]],
    ['text moved from one page to the next', '1.6.0', { language: 'vi' }, [['/a/', '<p>Trần Phú</p><p>Song'], ['/b/', ' Mai</p>']]],
    ['a page moved to another address', '1.6.0', { language: 'vi' }, [['/a/', '<p>Trần Phú</p>'], ['/c/', '<p>Song Mai</p>']]],
  ])('changes with %s', (_, version, settings, pages) => {
    expect(keyOf(version, settings, pages)).not.toBe(keyOf('1.6.0', { language: 'vi' }, base));
  });
});

describe('restoreSearchIndex / saveSearchIndex', () => {
  it(`keeps the ${KEPT_ENTRIES} newest bundles and refuses a key that is not a digest`, () => {
    const cacheDir = join(work, 'kept');
    const output = join(work, 'output');
    mkdirSync(output, { recursive: true });
    const keys = ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(64));
    keys.forEach((key, n) => {
      writeFileSync(join(output, 'pagefind-entry.json'), `{"n":${n}}`);
      saveSearchIndex(cacheDir, key, output);
    });
    expect(readdirSync(cacheDir).sort()).toEqual(keys.slice(1));
    const restored = join(work, 'restored');
    expect(restoreSearchIndex(cacheDir, keys[0]!, restored)).toBe(false);
    expect(restoreSearchIndex(cacheDir, keys[2]!, restored)).toBe(true);
    expect(readFileSync(join(restored, 'pagefind-entry.json'), 'utf8')).toBe('{"n":2}');
    expect(restoreSearchIndex(cacheDir, '../kept', restored)).toBe(false);
    expect(() => saveSearchIndex(cacheDir, '../ngoai', output)).toThrow('Khóa bộ nhớ đệm chỉ mục tìm kiếm không hợp lệ: "../ngoai" (cần 64 chữ số hệ 16).');
  });
});
