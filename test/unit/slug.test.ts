import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/text/slug.ts';

describe('slugify', () => {
  it.each([
    ['Phường Trần Phú', 'phuong-tran-phu'],
    ['Nhận thức số', 'nhan-thuc-so'],
    ['Đồng Sơn', 'dong-son'],
    ['Dĩnh Kế', 'dinh-ke'],
    ['Thẻ chế số', 'the-che-so'],
    ['An toàn thông tin mạng', 'an-toan-thong-tin-mang'],
    ['Hoạt động chính quyền số', 'hoat-dong-chinh-quyen-so'],
    ['Phòng Tài chính – Kế hoạch', 'phong-tai-chinh-ke-hoach'],
    ['Phòng VH&TT', 'phong-vh-tt'],
    ['Văn phòng HĐND-UBND TP', 'van-phong-hdnd-ubnd-tp'],
    ['  --Chuyển đổi số!!  ', 'chuyen-doi-so'],
    ['Quý I/2024: 90% DVCTT', 'quy-i-2024-90-dvctt'],
    ['Tin bài số 10', 'tin-bai-so-10'],
    ['ĐẠI HỘI ĐOÀN', 'dai-hoi-doan'],
    ['Ðà Nẵng', 'da-nang'],
    ['tiếng\u00A0Việt', 'tieng-viet'],
    ['1.2.1', '1-2-1'],
  ])('slugifies %j to %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(isSlug(slugify(input))).toBe(true);
  });

  it.each([['Phường Trần Phú'], ['Nhận thức số'], ['Đồng Sơn']])(
    'gives the same slug for NFC and NFD input of %j',
    (input) => {
      expect(slugify(input.normalize('NFD'))).toBe(slugify(input));
    },
  );

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    [['a'], 'array'],
  ])('rejects %j with a TypeError naming %s', (input, shown) => {
    expect(() => slugify(input as unknown as string)).toThrow(
      new TypeError(
        `slugify: cần một chuỗi văn bản (string), nhưng nhận được ${shown}. ` +
          `Ví dụ đúng: slugify('Phường Trần Phú') trả về 'phuong-tran-phu'.`,
      ),
    );
  });

  it.each([[''], ['   '], ['–—'], ['!!!'], ['中文']])(
    'rejects %j, which has nothing to slug',
    (input) => {
      expect(() => slugify(input)).toThrow(
        new TypeError(
          `slugify: không tạo được đường dẫn (slug) từ ${JSON.stringify(input)} ` +
            `vì văn bản không có chữ cái hay chữ số nào. ` +
            `Hãy dùng một tên có chữ, ví dụ 'Phường Trần Phú' → 'phuong-tran-phu'.`,
        ),
      );
    },
  );
});

describe('isSlug', () => {
  it.each([
    ['phuong-tran-phu', true],
    ['1-2-1', true],
    ['a', true],
    ['Phuong-Tran-Phu', false],
    ['phường-trần-phú', false],
    ['phuong--tran', false],
    ['-phuong', false],
    ['phuong-', false],
    ['', false],
    [42, false],
  ])('isSlug(%j) is %s', (input, expected) => {
    expect(isSlug(input)).toBe(expected);
  });
});
