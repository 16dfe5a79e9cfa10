/**
 * A file under public/ named from the site root, e.g. evidence
 * `file: /minh-chung/qd-12.pdf`. Decoded here once, so a malformed
 * percent-escape or a path that climbs out of public/ is a validation error
 * with its field, never a URIError and never a look outside public/.
 */

/** A path that cannot name a file under public/, with how to fix it. */
export interface PublicPathProblem {
  message: string;
  fix: string;
}

const EXAMPLE = '/minh-chung/phuong-tran-phu/qd-12.pdf';

/**
 * Splits a site-root path into decoded segments, refusing anything that is not
 * a plain path to a file: bad escapes, `.`/`..`, empty segments, backslashes,
 * hidden names and control characters.
 * @example
 * decodePublicPath('/minh-chung/Quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh.pdf'); // { ok: true, segments: ['minh-chung', 'Quyết-định.pdf'] }
 * decodePublicPath('/minh-chung/%E0%A4%A.pdf').ok; // false
 */
export function decodePublicPath(path: string): { ok: true; segments: string[] } | ({ ok: false } & PublicPathProblem) {
  const fix = `ghi đường dẫn tới tệp trong thư mục public/, bắt đầu bằng /, ví dụ ${EXAMPLE}`;
  if (!path.startsWith('/')) return { ok: false, message: `đường dẫn "${path}" không bắt đầu bằng /`, fix };
  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      // A "%" without two hex digits, else the run of escapes that is not UTF-8.
      const bad = /%(?![0-9a-f]{2}).{0,2}/i.exec(raw)?.[0] ?? /(?:%[0-9a-f]{2})+/i.exec(raw)?.[0] ?? raw;
      return {
        ok: false,
        message: `đường dẫn "${path}" có mã thoát "%" sai (ở "${bad}"): sau mỗi dấu % phải là hai chữ số hệ 16 tạo thành chữ UTF-8 hợp lệ`,
        fix: `viết thẳng tên tệp, không dùng mã %, ví dụ ${EXAMPLE}; tên tệp nên là chữ thường không dấu, nối bằng "-"`,
      };
    }
    if (segment === '') return { ok: false, message: `đường dẫn "${path}" có đoạn trống (hai dấu / liền nhau hoặc / ở cuối)`, fix };
    if (segment === '.' || segment === '..') return { ok: false, message: `đường dẫn "${path}" có đoạn "${segment}": tệp minh chứng phải nằm ngay trong public/`, fix };
    // eslint-disable-next-line no-control-regex
    if (/[\\/\u0000-\u001f\u007f]/.test(segment)) return { ok: false, message: `đường dẫn "${path}" có dấu \\, dấu / viết bằng mã %2F, hoặc ký tự điều khiển`, fix };
    if (segment.startsWith('.')) return { ok: false, message: `đường dẫn "${path}" dẫn tới tệp hoặc thư mục ẩn "${segment}"`, fix };
    segments.push(segment);
  }
  return { ok: true, segments };
}
