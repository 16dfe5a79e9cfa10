/**
 * Where the search page finds Pagefind's bundle (written by the search-index
 * step, src/integrations/pagefind/runner.ts), and the files of it whose names
 * are known before the index is built, which the page can ask for in its head.
 */

/** Pagefind's search API, served from the site itself. */
export const PAGEFIND_BUNDLE_URL = '/pagefind/pagefind.js';

/**
 * Pagefind's WebAssembly for the index's language. Vietnamese has no stemmer
 * in Pagefind 1.6, so the index uses its language-neutral build, `unknown`.
 * (The entry file is fetched with a cache-busting `?ts=`, and the metadata's
 * name is a hash of the index: neither can be preloaded.)
 * @example pagefindWasmUrl('/pagefind/pagefind.js'); // '/pagefind/wasm.unknown.pagefind'
 */
export function pagefindWasmUrl(bundleUrl: string): string {
  return new URL('wasm.unknown.pagefind', new URL(bundleUrl, 'https://site.invalid')).pathname;
}
