import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceText } from '../content/parse-file.ts';
import { isPostSourcePath } from './path.ts';
import type { PostSources } from './validate.ts';

function walk(dir: string, base: string, found: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, base, found);
    else found.push(relative(base, path).split(sep).join('/'));
  }
}

/**
 * Lists the posts folder: post files are read (through `read`, which decodes
 * and reports encoding problems), every other file is kept as an asset path.
 * Returns undefined when the folder does not exist: a site may have no posts.
 * @example
 * const posts = readPostSources('/repo/content/posts', '/repo', read);
 * posts?.files[0]?.path; // 'phong-vhtt/2024-01-15-hoi-nghi-trien-khai-ke-hoach.md'
 */
export function readPostSources(postsDir: string, root: string, read: (path: string) => SourceText): PostSources | undefined {
  try {
    if (!statSync(postsDir).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const found: string[] = [];
  walk(postsDir, postsDir, found);
  return {
    dir: relative(root, postsDir).split(sep).join('/'),
    files: found.filter(isPostSourcePath).map((path) => ({ ...read(join(postsDir, path)), path })),
    assets: found.filter((path) => !isPostSourcePath(path)),
  };
}
