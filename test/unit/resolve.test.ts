import { describe, expect, it } from 'vitest';
import { createAgencyResolver, findAmbiguousAliases, type NamedRef } from '../../src/lib/units/resolve.ts';

const refs: NamedRef[] = [
  { id: 'phong-vhtt', name: 'Phòng Văn hóa và Thông tin', shortName: 'Phòng VH&TT', aliases: [] },
  { id: 'phong-tckh', name: 'Phòng Tài chính – Kế hoạch', aliases: ['Phòng TC-KH', 'Phòng TCKH'] },
  { id: 'phong-kinh-te', name: 'Phòng Kinh tế', aliases: ['Kinh tế'] },
  { id: 'van-phong', name: 'Văn phòng HĐND và UBND thành phố', aliases: ['Văn phòng HĐND-UBND TP', 'Văn phòng HĐND-UBNDTP', 'VP HĐND-UBND'] },
  { id: 'chi-cuc-thue', name: 'Chi cục Thuế khu vực Bắc Giang – Yên Dũng', aliases: [] },
  { id: 'ngan-hang-nha-nuoc', name: 'Ngân hàng Nhà nước', aliases: [] },
  { id: 'thanh-doan', name: 'Thành đoàn', aliases: [] },
  { id: 'phuong-tran-phu', name: 'Phường Trần Phú', aliases: ['Trần Phú'] },
  { id: 'ubnd-phuong-xa', name: 'UBND các phường, xã', aliases: ['UBND phường, xã', 'UBND phường'] },
  { id: 'co-quan-don-vi', name: 'Các cơ quan, đơn vị', aliases: ['Các CQ, đơn vị', 'Các CQ'] },
];
const resolve = createAgencyResolver(refs);

describe('createAgencyResolver', () => {
  it.each([
    ['Phòng VH&TT', ['phong-vhtt']],
    ['Phòng Văn hóa và Thông tin', ['phong-vhtt']],
    // Every spelling of one agency resolves to one id.
    ['Phòng TC-KH', ['phong-tckh']],
    ['Phòng TCKH', ['phong-tckh']],
    ['Phòng Tài chính - Kế hoạch', ['phong-tckh']],
    ['phòng tài chính – kế hoạch', ['phong-tckh']],
    // The comma inside "UBND phường, xã" belongs to the group name.
    ['Phòng VH&TT, UBND phường, xã', ['phong-vhtt', 'ubnd-phuong-xa']],
    ['UBND các phường, xã', ['ubnd-phuong-xa']],
    ['Các CQ, đơn vị, UBND phường, xã', ['co-quan-don-vi', 'ubnd-phuong-xa']],
    ['Các CQ, đơn vị UBND phường, xã', ['co-quan-don-vi', 'ubnd-phuong-xa']],
    ['Các CQ, đơn vị,', ['co-quan-don-vi']],
    ['Phòng TC-KH, Kinh tế', ['phong-tckh', 'phong-kinh-te']],
    ['Văn phòng HĐND-UBNDTP', ['van-phong']],
    ['Chi Cục Thuế khu vực Bắc Giang – Yên Dũng', ['chi-cuc-thue']],
    ['Ngân hàng nhà nước; Thành đoàn', ['ngan-hang-nha-nuoc', 'thanh-doan']],
    // Typed without diacritics, or decomposed (NFD), still resolves.
    ['Phuong Tran Phu', ['phuong-tran-phu']],
    ['Phường Trần Phú'.normalize('NFD'), ['phuong-tran-phu']],
    ['<i>Phòng VH&TT</i>', ['phong-vhtt']],
    ['', []],
  ])('%s → %j', (cell, ids) => {
    expect(resolve(cell)).toEqual({ ids, unmatched: [] });
  });

  it('reports what it cannot resolve, and resolves the rest', () => {
    expect(resolve('Phòng VH&TT, Sở Ngoại vụ; Thành đoàn')).toEqual({
      ids: ['phong-vhtt', 'thanh-doan'],
      unmatched: ['so ngoai vu'],
    });
  });

  it('flags words left over after an alias instead of dropping them', () => {
    expect(resolve('Kinh tế số')).toEqual({ ids: ['phong-kinh-te'], unmatched: ['so'] });
    expect(resolve('Thành đoànx').unmatched).toEqual(['thanh doanx']);
  });
});

describe('findAmbiguousAliases', () => {
  it('finds a spelling shared by two units, however it is written', () => {
    expect(
      findAmbiguousAliases([
        { id: 'a', name: 'Phòng Đô thị', aliases: [] },
        { id: 'b', name: 'Phòng Quản lý đô thị', aliases: ['phong do thi'] },
      ]),
    ).toEqual([{ alias: 'phong do thi', ids: ['a', 'b'] }]);
  });

  it('finds none in a clean list', () => {
    expect(findAmbiguousAliases(refs)).toEqual([]);
  });
});
