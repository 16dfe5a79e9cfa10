/**
 * How text is spelled in the search index, and how queries and results are
 * spelled to match it. Two things Pagefind cannot do alone (measured with
 * Pagefind 1.6):
 *
 * 1. **đ.** Pagefind matches words typed without diacritics by stripping
 *    combining marks (Unicode category M) from indexed words and queries.
 *    "đ" (U+0111) is a letter of its own with no decomposition, so "doi" never
 *    meets "đổi". The index spells đ as "d" + U+0335 COMBINING SHORT STROKE
 *    OVERLAY: stripping marks turns that into "d", at the word's own position,
 *    so phrases, excerpts and ranking stay as they were. Pagefind also keeps
 *    the variant without U+0335 ("dường" beside "d̵ường"); queries are folded
 *    đ→d with their other marks kept, so "đường" matches that variant exactly
 *    and ranks "đường" above "dưỡng". (The query "d̵ường" gets no such boost.)
 * 2. **Indicator ids.** Pagefind drops "." from words, so "1.4" is searched as
 *    "14" and also finds "14/KH-UBND" and the date 14/10/2024. A dot between
 *    digits is spelled U+2024 ONE DOT LEADER, which the index keeps as part of
 *    the word (`includeCharacters`); sentence-ending dots stay as they were.
 *
 * The page a reader gets is never changed: only the copy Pagefind reads
 * (index-html.ts). Everything shown from the index goes through decodeIndexText.
 */

import { assertString } from '../text/assert.ts';

/** Stands in for the stroke of đ in the index. */
export const STROKE_MARK = '\u0335';
/** Stands in for a dot between digits in the index. */
export const ID_DOT = '\u2024';
/** Pagefind's `includeCharacters`: characters kept inside indexed words. */
export const INDEX_INCLUDE_CHARACTERS = ID_DOT;

const STROKED = /[\u0110\u0111\u00D0]/g;
const FROM_STROKE = /([dD])\u0335/g;
const DIGIT_DOT = /(?<=\d)\.(?=\d)/g;
const FROM_ID_DOT = /\u2024/g;

/**
 * Spells text as the index stores it: Đ/đ (and the look-alike Ð, U+00D0, left
 * by legacy encodings) as D/d + U+0335, and dots between digits as U+2024.
 *
 * @throws {TypeError} When `text` is not a string.
 * @example
 * encodeIndexText('Đổi mới đường'); // 'D\u0335ổi mới d\u0335ường'
 * encodeIndexText('Chỉ số 1.2.1.'); // 'Chỉ số 1\u20242\u20241.'
 */
export function encodeIndexText(text: string): string {
  assertString(text, 'encodeIndexText');
  return text.replace(STROKED, (ch) => (ch === '\u0111' ? `d${STROKE_MARK}` : `D${STROKE_MARK}`)).replace(DIGIT_DOT, ID_DOT);
}

/**
 * Undoes encodeIndexText, for text that comes back from the index (titles,
 * excerpts, metadata). Text never encoded passes through.
 *
 * @throws {TypeError} When `text` is not a string.
 * @example
 * decodeIndexText('D\u0335ổi mới d\u0335ường'); // 'Đổi mới đường'
 * decodeIndexText('Chỉ số <mark>1\u20244</mark>'); // 'Chỉ số <mark>1.4</mark>'
 */
export function decodeIndexText(text: string): string {
  assertString(text, 'decodeIndexText');
  return text.replace(FROM_STROKE, (_, letter: string) => (letter === 'd' ? '\u0111' : '\u0110')).replace(FROM_ID_DOT, '.');
}

/**
 * Spells a query to meet the index: Đ/đ folded to D/d with every other mark
 * kept, and dots between digits as the index spells them.
 *
 * @throws {TypeError} When `text` is not a string.
 * @example
 * foldQueryText('Đăng ký đường'); // 'Dăng ký dường'
 * foldQueryText('chỉ số 6.13'); // 'chỉ số 6\u202413'
 * foldQueryText('duong'); // 'duong'
 */
export function foldQueryText(text: string): string {
  assertString(text, 'foldQueryText');
  return text.replace(STROKED, (ch) => (ch === '\u0111' ? 'd' : 'D')).replace(DIGIT_DOT, ID_DOT);
}
