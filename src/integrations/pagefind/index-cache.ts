/**
 * Search bundles kept between builds, one folder per key
 * (src/lib/search/index-key.ts): `<cacheDir>/<key>/` holds the files
 * Pagefind wrote for exactly those pages. A build whose indexed pages did not
 * change copies the bundle instead of indexing (37.7 s at ~100×, BENCHMARKS.md).
 * Entries are written to a temporary folder and renamed, so an interrupted
 * build never leaves half a bundle under a key. The newest KEPT_ENTRIES are kept.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bundles kept: the last build's, and a couple before it (a branch switched back and forth). */
export const KEPT_ENTRIES = 3;
const KEY = /^[0-9a-f]{64}$/;

/** The installed Pagefind's version, part of every key: another version may write another bundle. */
export function installedPagefindVersion(): string {
  // Pagefind's package exports no package.json: read it from the nearest node_modules, as Node resolves it.
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error('Không tìm thấy gói pagefind trong node_modules (chạy npm install).');
  }
}

/**
 * Copies the bundle kept under `key` to `outputPath`, replacing what is there.
 * @returns false when there is no such bundle (nothing is touched then).
 */
export function restoreSearchIndex(cacheDir: string, key: string, outputPath: string): boolean {
  const entry = join(cacheDir, key);
  if (!KEY.test(key) || !existsSync(entry)) return false;
  rmSync(outputPath, { recursive: true, force: true });
  cpSync(entry, outputPath, { recursive: true });
  const now = new Date();
  utimesSync(entry, now, now);
  return true;
}

/** Keeps a copy of the bundle in `outputPath` under `key`, then drops the oldest entries beyond KEPT_ENTRIES. */
export function saveSearchIndex(cacheDir: string, key: string, outputPath: string): void {
  if (!KEY.test(key)) throw new Error(`Khóa bộ nhớ đệm chỉ mục tìm kiếm không hợp lệ: "${key}" (cần 64 chữ số hệ 16).`);
  mkdirSync(cacheDir, { recursive: true });
  const entry = join(cacheDir, key);
  const temporary = `${entry}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  cpSync(outputPath, temporary, { recursive: true });
  rmSync(entry, { recursive: true, force: true });
  renameSync(temporary, entry);
  const entries = readdirSync(cacheDir)
    .filter((name) => KEY.test(name))
    .map((name) => ({ name, time: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time || a.name.localeCompare(b.name));
  for (const old of entries.slice(KEPT_ENTRIES)) rmSync(join(cacheDir, old.name), { recursive: true, force: true });
}
