/**
 * The URLs a post uses (links, images): how they are classified (one helper
 * for all content, src/lib/text/safe-url.ts) and where a post's images may live.
 */

export { classifyUrl, urlScheme, type UrlKind } from '../text/safe-url.ts';

/**
 * Image file types a post may use: the ones whose bytes image-check.ts verifies.
 * SVG is excluded (an SVG file can carry scripts), and so are GIF and AVIF.
 */
export { POST_IMAGE_EXTENSIONS } from '../content/layout.ts';

/**
 * What follows the file name in an image reference, if anything: a query
 * (`?raw`, `?url`, `?inline`, `?worker`) or a fragment makes Vite load the file
 * as a string, a URL or a module instead of an image, so both are refused.
 * Percent-escaped `?` and `#` count too.
 * @example
 * assetReferenceSuffix('./anh-bia.jpg?raw'); // '?raw'
 * assetReferenceSuffix('./anh-bia.jpg%3Furl'); // '?url'
 * assetReferenceSuffix('./anh-bia.jpg'); // undefined
 */
export function assetReferenceSuffix(url: string): string | undefined {
  const cleaned = url.trim().replace(/[\t\n\r]/g, '');
  for (const text of [cleaned, decodeURIComponentSafe(cleaned)]) {
    const index = text.search(/[?#]/);
    if (index >= 0) return text.slice(index);
  }
  return undefined;
}

/**
 * Resolves a relative image path against the post's folder, refusing paths
 * that leave the unit's folder or carry a query or fragment. Returns a path relative to the posts folder.
 * @example
 * resolvePostAsset('phuong-tran-phu', './anh/hoi-nghi.jpg'); // 'phuong-tran-phu/anh/hoi-nghi.jpg'
 * resolvePostAsset('phuong-tran-phu', '../xa-song-mai/anh.jpg'); // undefined
 * resolvePostAsset('phuong-tran-phu', './anh.jpg?raw'); // undefined: see assetReferenceSuffix
 */
export function resolvePostAsset(unitFolder: string, url: string): string | undefined {
  if (assetReferenceSuffix(url) !== undefined) return undefined;
  const path = decodeURIComponentSafe(url);
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
