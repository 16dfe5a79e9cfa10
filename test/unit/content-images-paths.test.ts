/**
 * Images are judged by their bytes, image references cannot carry Vite query
 * suffixes, and a malformed public path is a validation error (issue 12, ADR 6).
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePublicPath } from '../../src/lib/content/public-path.ts';
import { checkImageBytes, MAX_IMAGE_BYTES, sniffImageFormat } from '../../src/lib/posts/image-check.ts';
import { assetReferenceSuffix, resolvePostAsset } from '../../src/lib/posts/urls.ts';

/** A PNG that is only its signature and IHDR chunk, claiming width × height. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes[24] = 8;
  bytes[25] = 2;
  return bytes;
}

const real: Record<'jpeg' | 'png' | 'webp', Buffer> = { jpeg: Buffer.alloc(0), png: Buffer.alloc(0), webp: Buffer.alloc(0) };
beforeAll(async () => {
  const image = sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 30, b: 30 } } });
  real.jpeg = await image.clone().jpeg().toBuffer();
  real.png = await image.clone().png().toBuffer();
  real.webp = await image.clone().webp().toBuffer();
});

describe('checkImageBytes: a real JPEG, PNG or WebP, within limits', () => {
  it.each([
    ['anh-bia.jpg', 'jpeg'],
    ['anh-bia.JPEG', 'jpeg'],
    ['bieu-do.png', 'png'],
    ['anh.webp', 'webp'],
  ] as const)('accepts %s holding a real %s', (name, format) => {
    expect(sniffImageFormat(real[format])).toBe(format);
    expect(checkImageBytes(name, real[format])).toBeUndefined();
  });

  it.each([
    ['anh-bia.jpg', () => new TextEncoder().encode('<!doctype html><script>globalThis.__pwned = 1</script>'), 'tệp "anh-bia.jpg" không phải ảnh JPEG: nội dung là văn bản HTML/XML'],
    ['anh-bia.jpg', () => real.png, 'tệp "anh-bia.jpg" không phải ảnh JPEG: nội dung là ảnh PNG'],
    ['anh.png', () => new TextEncoder().encode('<svg onload="x()"></svg>'), 'tệp "anh.png" không phải ảnh PNG: nội dung là ảnh SVG (có thể chứa mã)'],
    ['anh.webp', () => new TextEncoder().encode('GIF89a\u0001\u0000'), 'tệp "anh.webp" không phải ảnh WebP: nội dung là ảnh GIF, định dạng cổng không nhận'],
    ['anh.png', () => new TextEncoder().encode('globalThis.__pwned = 1;'), 'tệp "anh.png" không phải ảnh PNG: nội dung là văn bản'],
    ['anh.jpg', () => new Uint8Array(), 'tệp "anh.jpg" không phải ảnh JPEG: tệp rỗng'],
    ['anh.jpg', () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'ảnh JPEG "anh.jpg" bị hỏng: không đọc được kích thước ở phần đầu tệp'],
    ['anh-bia.png', () => pngHeader(20000, 20000), 'ảnh "anh-bia.png" có 20.000 × 20.000 = 400.000.000 điểm ảnh, vượt giới hạn 40 megapixel'],
    ['anh.gif', () => new Uint8Array(), 'tệp "anh.gif" không có đuôi của một ảnh được nhận (.jpg, .jpeg, .png, .webp)'],
  ])('refuses %s: %s', (name, bytes, message) => {
    const problem = checkImageBytes(name, bytes());
    expect(problem?.message).toBe(message);
    expect(problem?.fix).toMatch(/\S/);
  });

  it('takes 40 megapixels, refuses one pixel more', () => {
    expect(checkImageBytes('anh.png', pngHeader(8000, 5000))).toBeUndefined();
    expect(checkImageBytes('anh.png', pngHeader(8000, 5001))?.message).toContain('40.008.000 điểm ảnh');
  });

  it('refuses a file over 10 MB by its size, before looking at any byte', () => {
    expect(checkImageBytes('anh.jpg', real.jpeg, MAX_IMAGE_BYTES)).toBeUndefined();
    expect(checkImageBytes('anh.jpg', new Uint8Array(), MAX_IMAGE_BYTES + 1)?.message).toBe('ảnh "anh.jpg" nặng 10 MB, vượt giới hạn 10 MB');
    expect(checkImageBytes('anh.jpg', new Uint8Array(), 11 * 1024 * 1024)?.message).toBe('ảnh "anh.jpg" nặng 11 MB, vượt giới hạn 10 MB');
  });
});

describe('image references: no query, no fragment', () => {
  it.each([
    ['./anh-bia.jpg?raw', '?raw'],
    ['./anh-bia.jpg?url', '?url'],
    ['./anh-bia.jpg?inline', '?inline'],
    ['./anh-bia.jpg?worker&url', '?worker&url'],
    ['./anh-bia.jpg#x', '#x'],
    ['./anh-bia.jpg%3Fraw', '?raw'],
    ['./anh-bia.jpg%23x', '#x'],
    ['./anh-bia.jpg', undefined],
    ['./anh%20bia.jpg', undefined],
  ])('%s → %s', (url, suffix) => {
    expect(assetReferenceSuffix(url)).toBe(suffix);
    if (suffix) expect(resolvePostAsset('phuong-tran-phu', url)).toBeUndefined();
  });

  it('still resolves a plain reference', () => {
    expect(resolvePostAsset('phuong-tran-phu', './anh%20bia.jpg')).toBe('phuong-tran-phu/anh bia.jpg');
  });
});

describe('decodePublicPath: evidence files under public/', () => {
  it.each([
    ['/minh-chung/qd-12.pdf', ['minh-chung', 'qd-12.pdf']],
    ['/minh-chung/Quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh.pdf', ['minh-chung', 'Quyết-định.pdf']],
  ])('%s is a path', (path, segments) => {
    expect(decodePublicPath(path)).toEqual({ ok: true, segments });
  });

  it.each([
    ['/minh-chung/%E0%A4%A.pdf', 'đường dẫn "/minh-chung/%E0%A4%A.pdf" có mã thoát "%" sai (ở "%A."): sau mỗi dấu % phải là hai chữ số hệ 16 tạo thành chữ UTF-8 hợp lệ'],
    ['/minh-chung/%C0%AF.pdf', 'đường dẫn "/minh-chung/%C0%AF.pdf" có mã thoát "%" sai (ở "%C0%AF"): sau mỗi dấu % phải là hai chữ số hệ 16 tạo thành chữ UTF-8 hợp lệ'],
    ['/minh-chung/../../package.json', 'đường dẫn "/minh-chung/../../package.json" có đoạn "..": tệp minh chứng phải nằm ngay trong public/'],
    ['/minh-chung/%2E%2E/x.pdf', 'đường dẫn "/minh-chung/%2E%2E/x.pdf" có đoạn "..": tệp minh chứng phải nằm ngay trong public/'],
    ['/minh-chung/a%2Fb.pdf', 'đường dẫn "/minh-chung/a%2Fb.pdf" có dấu \\, dấu / viết bằng mã %2F, hoặc ký tự điều khiển'],
    ['/minh-chung//x.pdf', 'đường dẫn "/minh-chung//x.pdf" có đoạn trống (hai dấu / liền nhau hoặc / ở cuối)'],
    ['/.git/config', 'đường dẫn "/.git/config" dẫn tới tệp hoặc thư mục ẩn ".git"'],
    ['minh-chung/x.pdf', 'đường dẫn "minh-chung/x.pdf" không bắt đầu bằng /'],
  ])('%s is refused, not thrown', (path, message) => {
    const decoded = decodePublicPath(path);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toBe(message);
  });
});
