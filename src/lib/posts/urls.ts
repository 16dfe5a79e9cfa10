/**
 * The URLs a post uses (links, images): how they are classified (one helper
 * for all content, src/lib/text/safe-url.ts) and where a post's images may live.
 */

export { classifyUrl, urlScheme, type UrlKind } from '../text/safe-url.ts';

/** Image file types a post may use. SVG is excluded: an SVG file can carry scripts. */
export const POST_IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/**
 * Resolves a relative image path against the post's folder, refusing paths
 * that leave the unit's folder. Returns a path relative to the posts folder.
 * @example
 * resolvePostAsset('phuong-tran-phu', './anh/hoi-nghi.jpg'); // 'phuong-tran-phu/anh/hoi-nghi.jpg'
 * resolvePostAsset('phuong-tran-phu', '../xa-song-mai/anh.jpg'); // undefined
 */
export function resolvePostAsset(unitFolder: string, url: string): string | undefined {
  const path = decodeURIComponentSafe(url.split(/[?#]/)[0] ?? '');
  if (path.startsWith('/') || path.includes('\\')) return undefined;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return undefined;
    segments.push(segment);
  }
  return segments.length > 0 ? [unitFolder, ...segments].join('/') : undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
