/** The size of every HTML page of a built site. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PageSize } from './budget.ts';

/** Every .html file under `dir` with its size in bytes, sorted by file ("/" separators). */
export function htmlPageSizes(dir: string): PageSize[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path).split(sep).join('/'), bytes: statSync(path).size };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
