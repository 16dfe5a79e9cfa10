import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineEmphasisToHtml, inlineEmphasisToText } from '../../src/lib/text/inline-emphasis.ts';

describe('inlineEmphasisToHtml', () => {
  it.each([
    ['Thường xuyên', 'Thường xuyên'],
    ['*Cả năm*', '<em>Cả năm</em>'],
    ['*Thực hiện theo tỉnh*', '<em>Thực hiện theo tỉnh</em>'],
    [
      'Các cơ sở giáo dục thực hiện CDS (*hoàn thiện được mô hình quản trị số*).',
      'Các cơ sở giáo dục thực hiện CDS (<em>hoàn thiện được mô hình quản trị số</em>).',
    ],
    ['*a* và *b*', '<em>a</em> và <em>b</em>'],
    ['*Đ*', '<em>Đ</em>'],
    ['Phòng VH&TT', 'Phòng VH&amp;TT'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['*<img src=x onerror=alert(1)>*', '<em>&lt;img src=x onerror=alert(1)&gt;</em>'],
    ['"trích" và \'dẫn\'', '&quot;trích&quot; và &#39;dẫn&#39;'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['* không phải nhấn mạnh *', '* không phải nhấn mạnh *'],
    ['**đậm**', '**đậm**'],
    ['một *dấu sao', 'một *dấu sao'],
    ['*dòng\nmới*', '*dòng\nmới*'],
    ['', ''],
  ])('renders %j as %j', (input, expected) => {
    expect(inlineEmphasisToHtml(input)).toBe(expected);
  });

  it('gives the same HTML for NFC and NFD input', () => {
    const nfc = '*Hoạt động xã hội số*';
    expect(inlineEmphasisToHtml(nfc.normalize('NFD'))).toBe(inlineEmphasisToHtml(nfc));
    expect(inlineEmphasisToHtml(nfc.normalize('NFD'))).toBe('<em>Hoạt động xã hội số</em>');
  });

  it('never lets a tag through', () => {
    expect(inlineEmphasisToHtml('*</em><script>*')).not.toMatch(/<(?!\/?em>)/);
  });

  it.each([[undefined], [null], [42]])('throws a TypeError for %j', (value) => {
    expect(() => inlineEmphasisToHtml(value as unknown as string)).toThrow(TypeError);
  });
});

describe('inlineEmphasisToText', () => {
  it.each([
    ['*Kinh phí giám sát ATTT*', 'Kinh phí giám sát ATTT'],
    ['CDS (*hoàn thiện*).', 'CDS (hoàn thiện).'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['Phòng VH&TT', 'Phòng VH&TT'],
  ])('strips %j to %j', (input, expected) => {
    expect(inlineEmphasisToText(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<đ>', '&lt;đ&gt;'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j to %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
