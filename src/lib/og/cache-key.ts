/**
 * The cache key of an image: a hash of everything that draws it — its model
 * (the data), and the renderer's fingerprint (template source, fonts, library
 * versions and PNG settings). The model is the page's own `view.layout.image`,
 * so it is part of what the page's cache key hashes (src/lib/cache-keys/):
 * a page Astro reuses has the same image model, hence the same image key.
 */
import { contentHash } from '../cache-keys/hash.ts';
import type { OgImageModel } from './model.ts';

export { stableStringify } from '../cache-keys/hash.ts';

/**
 * @example
 * ogCacheKey(model, fingerprint); // 'a3f1…' (64 hex digits)
 */
export function ogCacheKey(model: OgImageModel, fingerprint: string): string {
  return contentHash(fingerprint, model);
}
