/**
 * A post's image is judged by its bytes, not its name: it must really be the
 * JPEG, PNG or WebP its extension claims, and small enough to publish
 * (ADR 6). Pure: bytes in, problem out; image-fs reading lives in read-fs.ts.
 */
import { imageSize } from 'image-size';
import { formatNumberVi } from '../format/number.ts';

/** Larger images are refused: readers on mobile data download them. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** More pixels than this is a camera original, or an attack on the image optimiser. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The formats a post image may have, and the extensions that claim each. */
export type ImageFormat = 'jpeg' | 'png' | 'webp';
const FORMAT_BY_EXTENSION: Readonly<Record<string, ImageFormat>> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp' };
const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };
const FORMAT_EXTENSIONS: Readonly<Record<ImageFormat, string>> = { jpeg: '.jpg', png: '.png', webp: '.webp' };

/** What is wrong and how to fix it; the caller adds the file. */
export interface ImageProblem {
  message: string;
  fix: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The image format its first bytes show (the files' "magic numbers"), or undefined.
 * @example
 * sniffImageFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // 'png'
 */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return undefined;
}

/** Says what the bytes are instead, without quoting them: the file may hold anything. */
function describeOther(bytes: Uint8Array): string {
  const sniffed = sniffImageFormat(bytes);
  if (sniffed) return `nội dung là ảnh ${FORMAT_NAMES[sniffed]}`;
  if (startsWith(bytes, ascii('GIF8'))) return 'nội dung là ảnh GIF, định dạng cổng không nhận';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'nội dung là ảnh AVIF/HEIC, định dạng cổng không nhận';
  if (bytes.length === 0) return 'tệp rỗng';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'nội dung là ảnh SVG (có thể chứa mã)';
  if (head.startsWith('<')) return 'nội dung là văn bản HTML/XML';
  const printable = [...bytes.subarray(0, 256)].every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
  return printable ? 'nội dung là văn bản' : 'không nhận ra định dạng ảnh';
}

/**
 * Checks an image's bytes against the format its name claims, its size and
 * its pixel count. `bytes` may be the whole file or its first part; `size` is the file's size.
 * @example
 * checkImageBytes('anh-bia.jpg', new TextEncoder().encode('<!doctype html>'), 15)?.message;
 * // 'tệp "anh-bia.jpg" không phải ảnh JPEG: nội dung là văn bản HTML/XML'
 */
export function checkImageBytes(name: string, bytes: Uint8Array, size = bytes.length): ImageProblem | undefined {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const claimed = FORMAT_BY_EXTENSION[extension];
  const allowed = Object.keys(FORMAT_BY_EXTENSION).join(', ');
  if (!claimed) return { message: `tệp "${name}" không có đuôi của một ảnh được nhận (${allowed})`, fix: `lưu ảnh dạng JPEG, PNG hoặc WebP với đuôi ${allowed}` };
  const exportFix = 'mở ảnh bằng phần mềm xem ảnh rồi lưu (xuất) lại dạng JPEG; ảnh chụp màn hình có thể lưu dạng PNG';
  if (size > MAX_IMAGE_BYTES) {
    return {
      message: `ảnh "${name}" nặng ${formatNumberVi(size / 1024 / 1024, { maximumFractionDigits: 1 })} MB, vượt giới hạn ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
      fix: 'thu nhỏ ảnh (chiều rộng khoảng 1600–2400 điểm ảnh là đủ cho trang web) rồi lưu lại dạng JPEG, chất lượng khoảng 80%',
    };
  }
  const sniffed = sniffImageFormat(bytes);
  if (sniffed !== claimed) {
    return {
      message: `tệp "${name}" không phải ảnh ${FORMAT_NAMES[claimed]}: ${describeOther(bytes)}`,
      fix: sniffed ? `đổi đuôi tệp thành ${FORMAT_EXTENSIONS[sniffed]} (và sửa đường dẫn tới ảnh trong bài)` : exportFix,
    };
  }
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = imageSize(bytes));
  } catch {
    // The library throws on truncated or corrupt headers; the message below covers both.
  }
  if (!width || !height) {
    return { message: `ảnh ${FORMAT_NAMES[claimed]} "${name}" bị hỏng: không đọc được kích thước ở phần đầu tệp`, fix: exportFix };
  }
  const pixels = width * height;
  if (pixels > MAX_IMAGE_PIXELS) {
    return {
      message: `ảnh "${name}" có ${formatNumberVi(width)} × ${formatNumberVi(height)} = ${formatNumberVi(pixels)} điểm ảnh, vượt giới hạn ${formatNumberVi(MAX_IMAGE_PIXELS / 1_000_000)} megapixel`,
      fix: 'thu nhỏ ảnh (chiều rộng khoảng 1600–2400 điểm ảnh là đủ cho trang web) rồi lưu lại',
    };
  }
  return undefined;
}
