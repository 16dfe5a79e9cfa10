import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getContentDir } from './content/content-dir-fs.ts';

/**
 * The public origin for canonical and absolute URLs: SITE_URL wins, so a fork
 * can deploy elsewhere; otherwise baseUrl from content/site.yaml. Validation
 * of the file itself happens in the content-validation integration.
 */
export function readSiteUrl(path = join(getContentDir(), 'site.yaml')): string | undefined {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  try {
    const site = parse(readFileSync(path, 'utf8')) as { baseUrl?: unknown } | null;
    return typeof site?.baseUrl === 'string' ? site.baseUrl : undefined;
  } catch {
    return undefined;
  }
}
