/** The size of every HTML page of a built site. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '../og/pages-fs.ts';
import type { PageSize } from './budget.ts';

/** Every .html file under `dir` with its size in bytes, in file order. */
export function htmlPageSizes(dir: string): PageSize[] {
  return listHtmlFiles(dir).map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
}
