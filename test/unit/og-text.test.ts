import { describe, expect, it } from 'vitest';
import { limitGraphemes, maxVisibleGraphemes, ogText } from '../../src/lib/og/text.ts';

describe('ogText', () => {
  it.each([
    ['NFD becomes NFC', 'Chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301', 'Chuyển đổi số'],
    ['NFC stays', 'Phường Trần Phú', 'Phường Trần Phú'],
    ['đ is kept (no decomposition exists)', 'Đồng Sơn, đường', 'Đồng Sơn, đường'],
    ['runs of white space collapse', '  Chỉ số\n\t1.4\u00a0 mới ', 'Chỉ số 1.4 mới'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    const result = ogText(input);
    expect(result).toBe(expected);
    expect(result.normalize('NFC')).toBe(result);
  });

  it('refuses what is not text', () => {
    expect(() => ogText(undefined as unknown as string)).toThrow('ogText: cần một chuỗi, nhưng nhận được undefined.');
  });
});

describe('limitGraphemes', () => {
  it.each([
    ['short text untouched', 'Ngắn', 10, 'Ngắn'],
    ['exactly at the limit', 'Tiếng', 5, 'Tiếng'],
    ['cut with an ellipsis', 'Tiếng Việt', 4, 'Tiế…'],
    ['never splits a letter from its marks (NFD)', 'Vie\u0323\u0302t Nam', 3, 'Vi…'],
    ['keeps a stacked letter whole (NFD)', 'Vie\u0323\u0302t Nam', 4, 'Vie\u0323\u0302…'],
    ['trailing space dropped before the ellipsis', 'Ưu tiên số', 4, 'Ưu…'],
    ['emoji sequences count as one', '👩‍💻👩‍💻👩‍💻', 2, '👩‍💻…'],
  ])('%s', (_name, input, max, expected) => {
    expect(limitGraphemes(input, max)).toBe(expected);
  });

  it('bounds a 10,000-character title', () => {
    const result = limitGraphemes('Ệ'.repeat(10_000), 300);
    expect([...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(result)]).toHaveLength(300);
    expect(result.endsWith('…')).toBe(true);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => limitGraphemes('x', 0)).toThrow('limitGraphemes: cần số nguyên dương, nhưng nhận được 0.');
  });
});

describe('maxVisibleGraphemes', () => {
  it.each([
    [{ width: 1000, fontSize: 50, lines: 3 }, 240],
    [{ width: 1088, fontSize: 54, lines: 4 }, 323],
  ])('%o → %i', (box, expected) => {
    expect(maxVisibleGraphemes(box)).toBe(expected);
  });
});
