import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `src/pages/`, relative to it with forward slashes. Read at
 * build time, from the project root Astro runs in.
 * @example
 * listPageFiles(); // ['404.astro', 'chi-so/[slug].astro', 'chi-so/index.astro', …]
 */
export function listPageFiles(root = process.cwd()): string[] {
  const pagesDir = join(root, 'src', 'pages');
  try {
    return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}
