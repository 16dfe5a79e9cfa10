/**
 * The cache key of a search index: a digest of everything Pagefind's output
 * depends on, in the order Pagefind receives it. Pagefind writes the same
 * bundle for the same pages in the same order with the same settings (its
 * output is reproducible, docs/adr/0010-reproducible-builds.md), so a bundle
 * kept under this key can be copied instead of indexing again.
 */
import { createHash } from 'node:crypto';

export interface SearchIndexKey {
  /** Adds one page, as Pagefind will read it (the prepared copy, index-html.ts). */
  addPage(url: string, html: string): void;
  /** The key: 64 hexadecimal digits. Call once, after the last page. */
  digest(): string;
}

/**
 * Starts a key from Pagefind's version and the settings that shape its output.
 * @example
 * const key = createSearchIndexKey('1.6.0', { language: 'vi' });
 * key.addPage('/chi-so/1-4/', '<html>…</html>');
 * key.digest(); // 'a3f1…' (64 hex digits)
 */
export function createSearchIndexKey(pagefindVersion: string, settings: Record<string, unknown>): SearchIndexKey {
  const hash = createHash('sha256');
  // Lengths before each part: no two different page lists can run together into the same bytes.
  const part = (text: string) => hash.update(`${Buffer.byteLength(text)}:`).update(text);
  part(`pagefind ${pagefindVersion}`);
  part(JSON.stringify(settings, Object.keys(settings).sort()));
  return {
    addPage(url, html) {
      part(url);
      part(html);
    },
    digest: () => hash.digest('hex'),
  };
}
