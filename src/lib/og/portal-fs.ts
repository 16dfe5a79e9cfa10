/**
 * Reads the images' data from content/ with the validated loader the pages
 * use, once per content folder and process.
 */
import { loadPortalContentFromDir } from '../content/load-fs.ts';
import { ogPortalFromContent, type OgPortal } from './portal.ts';

export type { OgPortal };

const loaded = new Map<string, OgPortal>();

/**
 * SocialMeta asks on every page (for og:image:alt) and the runner once after
 * the build, and both must describe the same image. Pass `fresh` to re-read
 * (the dev server, and the runner, which runs in another module graph).
 * @example
 * const { portal, posts } = getOgPortal('content', process.cwd());
 */
export function getOgPortal(contentDir: string, root: string, fresh = false): OgPortal {
  const key = `${root}\0${contentDir}`;
  const cached = loaded.get(key);
  if (cached && !fresh) return cached;
  const result = ogPortalFromContent(loadPortalContentFromDir(contentDir, root));
  loaded.set(key, result);
  return result;
}
