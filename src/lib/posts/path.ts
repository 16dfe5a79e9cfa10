/**
 * Where a post lives: `<unit>/<yyyy-mm-dd>-<slug>.md` inside the posts folder.
 * The folder names the unit, the file name carries the date and the URL slug.
 */
import { isIsoDate } from '../format/date.ts';
import { isSlug } from '../text/slug.ts';
import type { PostFormat } from './schema.ts';

/** Slugs that would collide with the news section's own sub-pages. */
export const RESERVED_POST_SLUGS: readonly string[] = ['trang', 'don-vi', 'tru-cot'];

/** The parts of a well-formed post path. */
export interface PostPath {
  unit: string;
  date: string;
  slug: string;
  format: PostFormat;
}

/** A post path that cannot be used, with what is wrong and how to fix it. */
export interface PostPathProblem {
  message: string;
  fix: string;
}

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|mdx)$/;

/**
 * Whether a path inside the posts folder is a post (Markdown or MDX), as
 * opposed to an image or a README.
 * @example
 * isPostSourcePath('phuong-tran-phu/2024-03-05-ra-mat.md'); // true
 * isPostSourcePath('phuong-tran-phu/anh.jpg'); // false
 * isPostSourcePath('README.md'); // false
 */
export function isPostSourcePath(path: string): boolean {
  return /\.mdx?$/i.test(path) && path !== 'README.md';
}

/**
 * Reads the unit, date and slug from a path relative to the posts folder.
 * @example
 * parsePostPath('phuong-tran-phu/2024-03-05-ra-mat-chuyen-muc.md');
 * // { ok: true, value: { unit: 'phuong-tran-phu', date: '2024-03-05', slug: 'ra-mat-chuyen-muc', format: 'md' } }
 * parsePostPath('phuong-tran-phu/Ra mắt.md').ok; // false
 */
export function parsePostPath(path: string): { ok: true; value: PostPath } | { ok: false; problem: PostPathProblem } {
  const example = 'content/posts/phuong-tran-phu/2024-03-05-ra-mat-chuyen-muc.md';
  const parts = path.split('/');
  if (parts.length !== 2) {
    return {
      ok: false,
      problem: {
        message: parts.length < 2 ? 'bài viết nằm ngoài thư mục của đơn vị' : 'bài viết nằm trong thư mục con; mỗi bài phải nằm ngay trong thư mục của đơn vị',
        fix: `chuyển tệp vào content/posts/<mã đơn vị>/, ví dụ ${example}`,
      },
    };
  }
  const [unit = '', name = ''] = parts;
  if (!isSlug(unit)) {
    return {
      ok: false,
      problem: {
        message: `tên thư mục "${unit}" không phải mã đơn vị (chữ thường không dấu, nối bằng "-")`,
        fix: `đặt bài trong thư mục mang mã đơn vị trong content/units.yaml, ví dụ ${example}`,
      },
    };
  }
  const match = FILE_NAME.exec(name);
  const nameFix = `đặt tên tệp theo mẫu <năm-tháng-ngày>-<tên-bài-không-dấu>.md, ví dụ ${example}`;
  if (!match) {
    return { ok: false, problem: { message: `tên tệp "${name}" không đúng mẫu <năm-tháng-ngày>-<tên-bài>.md`, fix: nameFix } };
  }
  const [, date = '', slug = '', extension = ''] = match;
  if (!isIsoDate(date)) {
    return { ok: false, problem: { message: `ngày "${date}" ở đầu tên tệp không phải ngày có thật`, fix: nameFix } };
  }
  if (!isSlug(slug)) {
    return {
      ok: false,
      problem: { message: `phần "${slug}" trong tên tệp chỉ được có chữ thường không dấu, chữ số và dấu "-"`, fix: nameFix },
    };
  }
  if (RESERVED_POST_SLUGS.includes(slug)) {
    return {
      ok: false,
      problem: { message: `tên bài "${slug}" trùng với một trang có sẵn của chuyên mục`, fix: `đổi tên tệp, ví dụ ${date}-${slug}-${unit}.${extension}` },
    };
  }
  return { ok: true, value: { unit, date, slug, format: extension as PostFormat } };
}
