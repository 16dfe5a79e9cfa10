/**
 * Vietnamese text folding: the one place that turns "Đổi mới" into "Doi moi".
 *
 * Used for slugs, alias matching (agency names appear in the seed under many
 * spellings) and search keys. Pure, no dependencies.
 */
import { assertString } from './assert.ts';

/**
 * Letters that Unicode canonical decomposition leaves alone, mapped by hand.
 * Đ/đ (U+0110/U+0111) have no decomposition. Ð (U+00D0, Icelandic eth) is
 * included because legacy TCVN3/VNI conversions often produce it in place of Đ.
 */
const EXPLICIT_FOLDS: Readonly<Record<string, string>> = {
  '\u0110': 'D', // Đ
  '\u0111': 'd', // đ
  '\u00D0': 'D', // Ð
};

const EXPLICIT_FOLD_PATTERN = /[\u0110\u0111\u00D0]/g;
const COMBINING_MARKS = /\p{Mn}/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]/g;


/**
 * Removes Vietnamese diacritics (tones and vowel marks) and maps đ→d, Đ→D.
 * The input is NFC-normalised first, so NFC and NFD input give the same result.
 * Case is kept. Non-Vietnamese characters without marks pass through.
 *
 * @param text Any string.
 * @returns The folded text, NFC-normalised.
 * @throws {TypeError} When `text` is not a string.
 * @example
 * foldVietnamese('Đổi mới'); // 'Doi moi'
 * foldVietnamese('Phường Trần Phú'.normalize('NFD')); // 'Phuong Tran Phu'
 */
export function foldVietnamese(text: string): string {
  assertString(text, 'foldVietnamese');
  return text
    .normalize('NFC')
    .replace(EXPLICIT_FOLD_PATTERN, (ch) => EXPLICIT_FOLDS[ch] ?? ch)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}

/**
 * Builds a comparison key: folded, lower-case, whitespace collapsed and trimmed.
 * Separators are tightened so that spelling variants of agency names meet:
 * every dash variant (- ‐ – — −) becomes "-", and spaces around "-", "&" and "/"
 * are removed. Zero-width characters and soft hyphens are dropped.
 *
 * The key is for comparing, never for display.
 *
 * @param text Any string.
 * @returns The match key.
 * @throws {TypeError} When `text` is not a string.
 * @example
 * normalizeForMatch('Phòng Tài chính – Kế hoạch'); // 'phong tai chinh-ke hoach'
 * normalizeForMatch('phong tai chinh - ke hoach'); // 'phong tai chinh-ke hoach'
 * normalizeForMatch('Phòng VH & TT'); // 'phong vh&tt'
 */
export function normalizeForMatch(text: string): string {
  assertString(text, 'normalizeForMatch');
  return foldVietnamese(text)
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*([-&/])\s*/g, '$1')
    .trim();
}

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Compares two strings in Vietnamese alphabetical order (a < ă < â, d < đ,
 * tones in the order ngang, huyền, hỏi, ngã, sắc, nặng). Digit runs compare
 * numerically, so "Phường 2" sorts before "Phường 10". NFC and NFD spellings of
 * the same text compare equal. Use it as an `Array.prototype.sort` comparator.
 *
 * @returns A negative number, zero or a positive number.
 * @throws {TypeError} When an argument is not a string.
 * @example
 * ['Đồng Sơn', 'Dĩnh Kế', 'Đa Mai'].sort(compareVietnamese);
 * // ['Dĩnh Kế', 'Đa Mai', 'Đồng Sơn']
 */
export function compareVietnamese(a: string, b: string): number {
  assertString(a, 'compareVietnamese');
  assertString(b, 'compareVietnamese');
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}
