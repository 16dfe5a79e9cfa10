import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the content lives. PORTAL_CONTENT_DIR lets another city, or a test
 * fixture, publish its own content with the same src/.
 * @example
 * getContentDir('/repo'); // '/repo/content' unless PORTAL_CONTENT_DIR is set
 */
export function getContentDir(root = process.cwd()): string {
  const fromEnv = process.env.PORTAL_CONTENT_DIR;
  if (!fromEnv) return join(root, 'content');
  return isAbsolute(fromEnv) ? fromEnv : resolve(root, fromEnv);
}
