/**
 * Rendered images kept between builds, one file per cache key. A hit is a
 * file copy (well under a millisecond); writes go through a temporary file
 * and a rename, so an interrupted build never leaves half an image behind.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OgImageCache {
  dir: string;
  /** Copies the cached image to `dest`; false when the key is not cached. */
  copyTo(key: string, dest: string): boolean;
  put(key: string, png: Uint8Array): void;
  /** Removes every cached image whose key is not in `keep`; returns how many. */
  prune(keep: ReadonlySet<string>): number;
}

const KEY = /^[0-9a-f]{64}$/;

/**
 * @example
 * const cache = createOgImageCache('node_modules/.astro/og');
 * if (!cache.copyTo(key, 'dist/og/index.png')) cache.put(key, await renderOgPng(model, fonts));
 */
export function createOgImageCache(dir: string): OgImageCache {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new TypeError(`Khóa bộ nhớ đệm ảnh không hợp lệ: ${JSON.stringify(key)}`);
    return join(dir, `${key}.png`);
  };
  return {
    dir,
    copyTo(key, dest) {
      try {
        copyFileSync(fileOf(key), dest);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(fileOf(key))) return false;
        throw error;
      }
    },
    put(key, png) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${fileOf(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, fileOf(key));
    },
    prune(keep) {
      if (!existsSync(dir)) return 0;
      let removed = 0;
      for (const name of readdirSync(dir)) {
        const key = name.endsWith('.png') ? name.slice(0, -4) : undefined;
        if (key !== undefined && KEY.test(key) && !keep.has(key)) {
          rmSync(join(dir, name), { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}
