/**
 * URL slugs without diacritics, as the portal's Vietnamese URLs require
 * (`/don-vi/phuong-tran-phu/`, `/tru-cot/nhan-thuc-so/`).
 */
import { foldVietnamese } from './fold.ts';

const NON_ALPHANUMERIC_RUN = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Turns a title or name into a URL slug: diacritics folded (đ→d), lower-case,
 * every run of characters other than a–z and 0–9 replaced by one "-", and no
 * leading or trailing "-". NFC and NFD input give the same slug.
 *
 * @param text The title or name, e.g. a ward's name or a post's title.
 * @returns A slug matching `/^[a-z0-9]+(?:-[a-z0-9]+)*$/`.
 * @throws {TypeError} When `text` is not a string, or when it has no Latin
 *   letter or digit to build a slug from (e.g. "", "–", "!!!").
 * @example
 * slugify('Phường Trần Phú'); // 'phuong-tran-phu'
 * slugify('Nhận thức số'); // 'nhan-thuc-so'
 * slugify('Đồng Sơn'); // 'dong-son'
 * slugify('Phòng Tài chính – Kế hoạch'); // 'phong-tai-chinh-ke-hoach'
 */
export function slugify(text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError(
      `slugify: cần một chuỗi văn bản (string), nhưng nhận được ${describe(text)}. ` +
        `Ví dụ đúng: slugify('Phường Trần Phú') trả về 'phuong-tran-phu'.`,
    );
  }
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(NON_ALPHANUMERIC_RUN, '-')
    .replace(EDGE_DASHES, '');
  if (slug === '') {
    throw new TypeError(
      `slugify: không tạo được đường dẫn (slug) từ ${JSON.stringify(text)} ` +
        `vì văn bản không có chữ cái hay chữ số nào. ` +
        `Hãy dùng một tên có chữ, ví dụ 'Phường Trần Phú' → 'phuong-tran-phu'.`,
    );
  }
  return slug;
}

/**
 * Tells whether a string already is a well-formed slug, as {@link slugify}
 * would produce it. Useful to validate slugs that editors type by hand.
 *
 * @example
 * isSlug('phuong-tran-phu'); // true
 * isSlug('Phuong-Tran-Phu'); // false
 * isSlug('phường-trần-phú'); // false
 */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
