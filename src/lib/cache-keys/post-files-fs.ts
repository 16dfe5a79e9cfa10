/**
 * What a post's page shows that its view model does not hold: the body Astro
 * compiles from the post's file, and the pictures it draws from the unit's
 * folder (the cover, images in the body). Their bytes go into the post page's
 * cache key, so a picture replaced under the same name re-renders the page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getContentDir } from '../content/content-dir-fs.ts';
import { isPostSourcePath } from '../posts/path.ts';

// One build reads each unit folder once, however many posts it holds.
const folderHashes = new Map<string, string>();

/** Every file under `dir` that is not a post, with its bytes' hash, in name order. */
function assetsHash(dir: string): string {
  let known = folderHashes.get(dir);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  const walk = (folder: string, prefix: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile() && !isPostSourcePath(entry.name)) hash.update(`${prefix}${entry.name}\0`).update(createHash('sha256').update(readFileSync(path)).digest('hex')).update('\n');
    }
  };
  walk(dir, '');
  known = hash.digest('hex');
  folderHashes.set(dir, known);
  return known;
}

/**
 * The hash of a post's source file and of the pictures beside it.
 * @example postFilesHash({ unit: 'phuong-tran-phu', path: 'phuong-tran-phu/2024-03-05-ra-mat.md' }); // 'c0ff…'
 */
export function postFilesHash(post: { unit: string; path: string }, contentDir = getContentDir()): string {
  const postsDir = join(contentDir, 'posts');
  const source = createHash('sha256').update(readFileSync(join(postsDir, post.path))).digest('hex');
  return `${source}:${assetsHash(join(postsDir, post.unit))}`;
}

/** Forgets the folders read (a dev server's next build, tests that change a picture). */
export function forgetPostFiles(): void {
  folderHashes.clear();
}
