import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercentVi } from '../../src/lib/format/number.ts';

describe('formatNumberVi', () => {
  it.each<[number, Parameters<typeof formatNumberVi>[1], string]>([
    [18250, undefined, '18.250'],
    [12.5, undefined, '12,5'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [50, undefined, '50'],
    [1234567.891, undefined, '1.234.567,891'],
    [1 / 3, undefined, '0,333'],
    [-1234.5, undefined, '-1.234,5'],
    [2, { minimumFractionDigits: 1 }, '2,0'],
    [2.345, { maximumFractionDigits: 1 }, '2,3'],
    [2.35, { maximumFractionDigits: 0 }, '2'],
  ])('formatNumberVi(%d, %j) is %j', (value, options, expected) => {
    expect(formatNumberVi(value, options)).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], ['18250']])('rejects %j', (value) => {
    expect(() => formatNumberVi(value as number)).toThrow(TypeError);
  });

  it.each([
    [{ maximumFractionDigits: -1 }],
    [{ maximumFractionDigits: 1.5 }],
    [{ minimumFractionDigits: 3, maximumFractionDigits: 1 }],
  ])('rejects options %j', (options) => {
    expect(() => formatNumberVi(1, options)).toThrow(RangeError);
  });
});

describe('formatPercentVi', () => {
  it.each<[number, number | undefined, string]>([
    [0.905, undefined, '90,5%'],
    [0.905, 1, '90,5%'],
    [0.9, undefined, '90%'],
    [1, undefined, '100%'],
    [0, undefined, '0%'],
    [0.02, undefined, '2%'],
    [0.12345, 2, '12,35%'],
    [0.905, 0, '91%'],
    [1.25, undefined, '125%'],
    [12.5, undefined, '1.250%'],
    [-0.0001, undefined, '0%'],
  ])('formatPercentVi(%d, %j) is %j', (ratio, digits, expected) => {
    expect(formatPercentVi(ratio, digits)).toBe(expected);
  });

  it.each([[Number.NaN], [undefined]])('rejects %j', (ratio) => {
    expect(() => formatPercentVi(ratio as number)).toThrow(TypeError);
  });

  it('rejects a bad digits count', () => {
    expect(() => formatPercentVi(0.5, -1)).toThrow(RangeError);
  });
});
