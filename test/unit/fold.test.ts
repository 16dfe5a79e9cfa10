import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, normalizeForMatch } from '../../src/lib/text/fold.ts';

const nfd = (s: string): string => s.normalize('NFD');

describe('foldVietnamese', () => {
  it.each([
    ['Đổi mới', 'Doi moi'],
    ['đổi mới', 'doi moi'],
    ['ĐẮK LẮK', 'DAK LAK'],
    ['Phường Trần Phú', 'Phuong Tran Phu'],
    ['Nhận thức số', 'Nhan thuc so'],
    ['Thẻ chế số', 'The che so'],
    ['Hoạt động xã hội số', 'Hoat dong xa hoi so'],
    ['Dĩnh Kế, Đồng Sơn, Xương Giang', 'Dinh Ke, Dong Son, Xuong Giang'],
    ['ă â ê ô ơ ư Ă Â Ê Ô Ơ Ư', 'a a e o o u A A E O O U'],
    ['à á ả ã ạ', 'a a a a a'],
    ['Ỳ Ý Ỷ Ỹ Ỵ', 'Y Y Y Y Y'],
    ['Ðà Nẵng', 'Da Nang'], // U+00D0 (eth) from legacy encodings
    ['Phòng VH&TT – 2024', 'Phong VH&TT – 2024'],
    ['', ''],
    ['ASCII only 123', 'ASCII only 123'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it.each([['Đổi mới'], ['Phường Trần Phú'], ['Quý I/2024'], ['Đã ban hành']])(
    'gives the same result for NFC and NFD input of %j',
    (input) => {
      expect(foldVietnamese(nfd(input))).toBe(foldVietnamese(input));
      expect(nfd(input)).not.toBe(input);
    },
  );

  it.each([[undefined], [null], [42], [['Đổi mới']]])('rejects %j with a TypeError', (input) => {
    expect(() => foldVietnamese(input as unknown as string)).toThrow(TypeError);
  });
});

describe('normalizeForMatch', () => {
  it.each([
    ['Phòng Tài chính – Kế hoạch', 'phong tai chinh-ke hoach'],
    ['phong tai chinh - ke hoach', 'phong tai chinh-ke hoach'],
    ['Phòng Tài chính—Kế hoạch', 'phong tai chinh-ke hoach'],
    ['Phòng TC-KH', 'phong tc-kh'],
    ['Phòng TC – KH', 'phong tc-kh'],
    ['Phòng VH&TT', 'phong vh&tt'],
    ['Phòng VH & TT', 'phong vh&tt'],
    ['Văn phòng HĐND-UBND TP', 'van phong hdnd-ubnd tp'],
    ['Văn phòng HĐND - UBND  TP', 'van phong hdnd-ubnd tp'],
    ['  UBND\tphường,\n xã  ', 'ubnd phuong, xa'],
    ['Bí thư/ Chủ tịch', 'bi thu/chu tich'],
    ['Chi Cục Thuế khu vực Bắc Giang – Yên Dũng', 'chi cuc thue khu vuc bac giang-yen dung'],
    ['Đồng\u00A0Sơn', 'dong son'], // no-break space
    ['Đồng\u200BSơn', 'dongson'], // zero-width space is dropped
    ['Thọ Xương', 'tho xuong'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it.each([
    ['Phòng Tài chính – Kế hoạch', 'phong tai chinh - ke hoach'],
    ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Phòng Văn hóa và Thông tin'],
    ['Phòng Văn hoá và Thông tin', 'Phòng Văn hóa và Thông tin'], // old vs new tone placement
    [nfd('Trung tâm VH&TT'), 'trung tam vh & tt'],
    [nfd('Ủy ban nhân dân'), 'Ủy ban nhân dân'],
  ])('treats %j and %j as equal', (a, b) => {
    expect(normalizeForMatch(a)).toBe(normalizeForMatch(b));
  });

  it('tells different agencies apart', () => {
    expect(normalizeForMatch('Phòng Kinh tế')).not.toBe(normalizeForMatch('Phòng TC-KH'));
  });
});

describe('compareVietnamese', () => {
  it.each([
    ['a', 'ă', -1],
    ['ă', 'â', -1],
    ['d', 'đ', -1],
    ['Dĩnh Trì', 'Đa Mai', -1],
    ['o', 'ô', -1],
    ['ô', 'ơ', -1],
    ['u', 'ư', -1],
    ['Phường 2', 'Phường 10', -1],
    ['Trần Phú', nfd('Trần Phú'), 0],
    ['Xương Giang', 'Song Mai', 1],
  ])('compares %j with %j as %i', (a, b, sign) => {
    expect(Math.sign(compareVietnamese(a, b))).toBe(sign);
  });

  it('sorts the 16 wards and communes in Vietnamese order', () => {
    const units = [
      'Xương Giang',
      'Đồng Sơn',
      'Dĩnh Kế',
      'Đa Mai',
      'Dĩnh Trì',
      'Song Mai',
      'Tân Mỹ',
      'Thọ Xương',
      'Trần Phú',
      'Trần Nguyên Hãn',
      'Ngô Quyền',
      'Hoàng Văn Thụ',
      'Mỹ Độ',
      'Lê Lợi',
      'Tân Tiến',
      'Song Khê',
    ];
    expect(
      units
        .map(nfd)
        .sort(compareVietnamese)
        .map((s) => s.normalize('NFC')),
    ).toEqual([
      'Dĩnh Kế',
      'Dĩnh Trì',
      'Đa Mai',
      'Đồng Sơn',
      'Hoàng Văn Thụ',
      'Lê Lợi',
      'Mỹ Độ',
      'Ngô Quyền',
      'Song Khê',
      'Song Mai',
      'Tân Mỹ',
      'Tân Tiến',
      'Thọ Xương',
      'Trần Nguyên Hãn',
      'Trần Phú',
      'Xương Giang',
    ]);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(compareVietnamese)).toEqual([
      'a',
      'à',
      'ả',
      'ã',
      'á',
      'ạ',
    ]);
  });

  it('rejects non-strings', () => {
    expect(() => compareVietnamese('a', 1 as unknown as string)).toThrow(TypeError);
  });
});
