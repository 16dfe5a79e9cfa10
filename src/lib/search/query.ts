/**
 * What the search box's text becomes before Pagefind sees it. Readers type
 * with diacritics, without them, or half and half, in NFC or NFD, with
 * straight or curly quotes; the index is spelled to match (index-text.ts).
 */
import { assertString } from '../text/assert.ts';
import { foldQueryText } from './index-text.ts';

/** The longest query kept; a longer one is cut at a word boundary. */
export const QUERY_MAX_LENGTH = 200;

const CURLY_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const PHRASE = /^\s*".+"\s*$/u;

/**
 * Tidies what a reader typed, for showing back and for the URL: NFC, curly
 * quotes made straight, invisible characters removed, spaces collapsed.
 *
 * @throws {TypeError} When `raw` is not a string.
 * @example
 * normalizeQueryText('  “chuyển   đổi số” '); // '"chuyển đổi số"'
 * normalizeQueryText('Tra\u0302\u0300n Phu\u0301'); // 'Trần Phú' (NFD in, NFC out)
 */
export function normalizeQueryText(raw: string): string {
  assertString(raw, 'normalizeQueryText');
  const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(CURLY_QUOTES, '"').replace(/\s+/g, ' ').trim();
  if (text.length <= QUERY_MAX_LENGTH) return text;
  const cut = text.slice(0, QUERY_MAX_LENGTH);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}

/**
 * The term to hand to Pagefind's `search()`: the tidied text spelled as the
 * index spells it (index-text.ts), so "duong", "đường" and "dường" all find
 * "đường", and "1.4" finds indicator 1.4 rather than every "14".
 *
 * @example
 * toPagefindTerm('đăng ký'); // 'dăng ký'
 * toPagefindTerm('chỉ số 1.4'); // 'chỉ số 1\u20244'
 * toPagefindTerm('“chuyen doi so”'); // '"chuyen doi so"'
 * toPagefindTerm('   '); // ''
 */
export function toPagefindTerm(raw: string): string {
  return foldQueryText(normalizeQueryText(raw));
}

/**
 * Whether the query is one quoted phrase, which Pagefind matches word for word.
 * @example isPhraseQuery('"chuyển đổi số"'); // true
 * @example isPhraseQuery('chuyển "đổi" số'); // false
 */
export function isPhraseQuery(raw: string): boolean {
  return PHRASE.test(normalizeQueryText(raw));
}

const MARKED = /[\u0300-\u036F\u0110\u0111]/;

/**
 * Whether the reader typed Vietnamese marks (or đ) on at least one word. Such
 * a query is also searched with its diacritics matched exactly (Pagefind's
 * `exactDiacritics`), and those matches are listed first: "đường" before
 * "dưỡng", and "Đặng Đình Hoan" (where "Hoan" has no marks) before every page
 * with "hoàn thành".
 *
 * @example hasDiacritics('Trần Phú'); // true
 * @example hasDiacritics('Đặng Đình Hoan'); // true
 * @example hasDiacritics('chuyen đổi so'); // true
 * @example hasDiacritics('tran phu'); // false
 * @example hasDiacritics('1.4'); // false
 */
export function hasDiacritics(raw: string): boolean {
  return MARKED.test(normalizeQueryText(raw).normalize('NFD'));
}
