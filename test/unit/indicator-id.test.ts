import { describe, expect, it } from 'vitest';
import {
  compareIndicatorIds,
  getParentId,
  getPillarNumber,
  indicatorIdToSlug,
  isIndicatorId,
  parseIndicatorId,
  slugToIndicatorId,
} from '../../src/lib/plan/indicator-id.ts';

describe('isIndicatorId', () => {
  it.each([
    ['1', true],
    ['1.4', true],
    ['1.2.1', true],
    ['5.5.3', true],
    ['6.13', true],
    ['12.10.100', true],
    ['', false],
    ['0', false],
    ['0.1', false],
    ['1.0', false],
    ['01.2', false],
    ['1.2.3.4', false],
    ['1.', false],
    ['.1', false],
    ['1..2', false],
    ['1-2-1', false],
    [' 1.4', false],
    ['1.4 ', false],
    ['Chỉ số 1.4', false],
    ['１.４', false], // full-width digits
    [1.4, false],
    [undefined, false],
  ])('isIndicatorId(%j) is %s', (input, expected) => {
    expect(isIndicatorId(input)).toBe(expected);
  });
});

describe('slugs', () => {
  it.each([
    ['1', '1'],
    ['1.4', '1-4'],
    ['1.2.1', '1-2-1'],
    ['5.5.3', '5-5-3'],
    ['6.13', '6-13'],
  ])('%s ⇄ %s', (id, slug) => {
    expect(indicatorIdToSlug(id)).toBe(slug);
    expect(slugToIndicatorId(slug)).toBe(id);
  });

  it.each([['1.2.1'], ['nhan-thuc-so'], ['1-2-3-4'], ['01-2'], [''], ['1-0']])(
    'slugToIndicatorId(%j) is undefined',
    (slug) => {
      expect(slugToIndicatorId(slug)).toBeUndefined();
    },
  );

  it('indicatorIdToSlug throws a Vietnamese TypeError for a bad id', () => {
    expect(() => indicatorIdToSlug('1-2')).toThrow(
      new TypeError(
        'indicatorIdToSlug: mã chỉ số không hợp lệ: "1-2". ' +
          'Mã chỉ số gồm 1–3 số nguyên dương cách nhau bởi dấu chấm, ví dụ "1.4" hoặc "1.2.1".',
      ),
    );
  });
});

describe('hierarchy', () => {
  it.each([
    ['1.2.1', '1.2', 1, [1, 2, 1]],
    ['5.5.3', '5.5', 5, [5, 5, 3]],
    ['1.4', undefined, 1, [1, 4]],
    ['6.13', undefined, 6, [6, 13]],
    ['1', undefined, 1, [1]],
  ])('%s has parent %j and pillar %i', (id, parent, pillar, segments) => {
    expect(getParentId(id)).toBe(parent);
    expect(getPillarNumber(id)).toBe(pillar);
    expect(parseIndicatorId(id)).toEqual(segments);
  });

  it.each([
    ['getParentId', getParentId],
    ['getPillarNumber', getPillarNumber],
    ['parseIndicatorId', parseIndicatorId],
  ] as const)('%s rejects "Chỉ số 1.4"', (_name, fn) => {
    expect(() => fn('Chỉ số 1.4')).toThrow(TypeError);
  });
});

describe('compareIndicatorIds', () => {
  it.each([
    ['6.2', '6.10', -1],
    ['6.10', '6.13', -1],
    ['6.13', '6.2', 1],
    ['1.2', '1.2.1', -1],
    ['1.2.1', '1.3', -1],
    ['1', '1.1', -1],
    ['2', '1.8', 1],
    ['5.5.3', '5.5.3', 0],
    ['4.10', '4.9', 1],
  ])('compares %s with %s as %i', (a, b, sign) => {
    expect(Math.sign(compareIndicatorIds(a, b))).toBe(sign);
  });

  it('sorts appendix ids in document order', () => {
    const ids = [
      '6.13',
      '1.2.2',
      '6.2',
      '1',
      '5.5',
      '1.2',
      '6.10',
      '5.5.3',
      '1.2.1',
      '5.5.10',
      '1.4',
    ];
    expect(ids.sort(compareIndicatorIds)).toEqual([
      '1',
      '1.2',
      '1.2.1',
      '1.2.2',
      '1.4',
      '5.5',
      '5.5.3',
      '5.5.10',
      '6.2',
      '6.10',
      '6.13',
    ]);
  });

  it('rejects invalid ids', () => {
    expect(() => compareIndicatorIds('1.4', '1-4')).toThrow(TypeError);
  });
});
