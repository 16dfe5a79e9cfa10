/**
 * The cache key of an image: a hash of everything that draws it — its model
 * (the data), and the renderer's fingerprint (template source, fonts, library
 * versions and PNG settings).
 */
import { createHash } from 'node:crypto';
import type { OgImageModel } from './model.ts';

/**
 * JSON with object keys sorted, so equal models always give equal text.
 * @example
 * stableStringify({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * @example
 * ogCacheKey(model, fingerprint); // 'a3f1…' (64 hex digits)
 */
export function ogCacheKey(model: OgImageModel, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\n').update(stableStringify(model)).digest('hex');
}
