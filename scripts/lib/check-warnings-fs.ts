/**
 * Reads what the guard-rail warnings need (src/lib/posts/warnings.ts): every
 * post's text, and the plan year. Files the validator refuses (too large, not
 * UTF-8, links) are left to its errors.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { decodeContentFile } from '../../src/lib/loading/load-fs.ts';
import { readContentFile, walkContentDir } from '../../src/lib/content/walk-fs.ts';
import { findPostWarnings, type ContentWarning } from '../../src/lib/posts/warnings.ts';
import type { PostSource } from '../../src/lib/posts/validate.ts';

function readText(absolute: string, file: string): string | undefined {
  try {
    return decodeContentFile(file, readContentFile(absolute, 2 * 1024 * 1024 + 1)).text;
  } catch {
    return undefined;
  }
}

/** The plan year from site.yaml as written, when the validated content is not at hand (it had errors). */
function rawPlanYear(contentDir: string): number | undefined {
  const text = readText(join(contentDir, 'site.yaml'), 'site.yaml');
  try {
    const year = (parse(text ?? '', { maxAliasCount: 0 }) as { year?: unknown } | null)?.year;
    return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The warnings for the content under `contentDir`; `planYear` from the
 * validated site.yaml when there is one.
 * @example
 * const warnings = findContentWarnings('content', process.cwd(), 2024);
 */
export function findContentWarnings(contentDir: string, root: string, planYear?: number): ContentWarning[] {
  const walk = walkContentDir(contentDir, root);
  const posts: PostSource[] = [];
  for (const found of walk.files) {
    if (found.role !== 'post') continue;
    const text = readText(found.absolute, found.file);
    if (text !== undefined) posts.push({ file: found.file, path: found.path.slice('posts/'.length), text });
  }
  return findPostWarnings(posts, planYear ?? rawPlanYear(contentDir));
}
