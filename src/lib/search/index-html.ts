/**
 * The copy of a built page that Pagefind reads. Readers get the page as
 * built; only this copy is changed, in two ways:
 * - đ and dots between digits are spelled as the index spells them (index-text.ts);
 * - where tags meet text with no space between, a space is added after the
 *   tags. Astro writes `<th>Minh chứng</th></tr><tr><th>1.1</th>` and
 *   `14/KH-UBND<span class="subtitle">Chuyển đổi số` with nothing between the
 *   words (CSS shows them apart); Pagefind reads no CSS, and would index
 *   "chứng1.1" and "14/kh-ubndchuyển", losing "1.1" and "chuyển" (measured with
 *   Pagefind 1.6 on the built pages). Punctuation after a tag ("Phú</a>.") is
 *   left alone, so excerpts read as the page does.
 */
import { encodeIndexText } from './index-text.ts';

/** Text, then one or more tags, then the start of a word: the words are glued. */
const GLUED = /([^\s>\p{Ps}\p{Pi}])((?:<[^<>]*>)+)(?=[\p{L}\p{N}\p{Ps}\p{Pi}"'])/gu;

/** The attribute that opts a page into the index; BaseLayout sets it when a page passes search metadata. */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * Prepares one built HTML page for indexing.
 *
 * @throws {TypeError} When `html` is not a string.
 * @example
 * prepareHtmlForIndex('<tr><th>Minh chứng</th></tr><tr><th>1.1</th><td>Đổi</td></tr>');
 * // '<tr><th>Minh chứng</th></tr><tr><th> 1.1</th><td> D\u0335ổi</td></tr>'
 * prepareHtmlForIndex('<p><a href="/">Trần Phú</a>.</p>'); // unchanged
 */
export function prepareHtmlForIndex(html: string): string {
  if (typeof html !== 'string') throw new TypeError(`prepareHtmlForIndex: cần nội dung HTML (string), nhưng nhận được ${typeof html}.`);
  return encodeIndexText(html).replace(GLUED, '$1$2 ');
}

/**
 * Whether a built page asked to be indexed. Pages without the attribute
 * (lists, the sitemap, 404, the search page itself) are never sent to Pagefind.
 * @example isSearchablePage('<main><div data-pagefind-body>…</div></main>'); // true
 * @example isSearchablePage('<main>…</main>'); // false
 */
export function isSearchablePage(html: string): boolean {
  return html.includes(SEARCH_BODY_ATTRIBUTE);
}

/**
 * The URL of a built file, from its path relative to the output directory.
 * @example htmlPathToUrl('chi-so/1-4/index.html'); // '/chi-so/1-4/'
 * @example htmlPathToUrl('index.html'); // '/'
 * @example htmlPathToUrl('404.html'); // '/404.html'
 * @example htmlPathToUrl('chi-so\\1-4\\index.html'); // '/chi-so/1-4/' (Windows separators)
 */
export function htmlPathToUrl(relativePath: string): string {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
