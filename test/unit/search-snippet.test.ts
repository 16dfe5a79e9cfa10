import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/lib/search/snippet.ts';
import type { ExcerptSegment } from '../../src/lib/search/result.ts';

const S = '\u0335';
/** The snippet as one string, matches in [brackets], to read the cases at a glance. */
const show = (segments: ExcerptSegment[]) => segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');
/** Positions of the tokens equal to `word` (as Pagefind gives them: tokens split on spaces). */
const at = (content: string, ...wanted: string[]) =>
  content.split(/[^\S\uFEFF]+/).flatMap((token, index) => (wanted.some((word) => token.replace(/[.,:;]$/, '') === word) ? [index] : []));

describe('buildSnippet', () => {
  const training =
    'Kết quả năm 2023 được đánh giá cao. Trong quý I, phường đã tổ chức tập huấn chuyển đổi số cho cán bộ, công chức và người dân ở các tổ dân phố. Các lớp tiếp theo sẽ mở vào tháng 6';
  it.each<[string, string, number[], number, string]>([
    [
      'starts at the clause before the match, not mid-word ("huấn chuyển đổi số…")',
      training,
      at(training, 'chuyển', 'd\u0335ổi', 'đổi', 'số'),
      10,
      'phường đã tổ chức tập huấn [chuyển đổi số] cho cán bộ,',
    ],
    [
      'widens to the sentence start and the sentence end when they are close',
      'Năm 2024 có nhiều đổi mới. Người dân đăng ký tài khoản định danh điện tử. Sau đó còn nhiều việc',
      [8, 9],
      9,
      'Người dân [đăng ký] tài khoản định danh điện tử.',
    ],
    [
      'the whole text when it is short',
      'Hỗ trợ đăng ký định danh điện tử',
      [2, 3],
      28,
      'Hỗ trợ [đăng ký] định danh điện tử',
    ],
    [
      'says … where no clause boundary is near (a table row)',
      'Phường Trần Phú Đang thực hiện 40 Phường Ngô Quyền Hoàn thành 100 Xã Đồng Sơn Quá hạn 0 Xã Song Mai Đang thực hiện 20 Xã Tân Mỹ Chưa báo cáo',
      [16, 17],
      6,
      '… Đồng Sơn [Quá hạn] 0 Xã …',
    ],
    [
      'decodes the index spelling of đ and of indicator ids, and marks each match',
      `Chỉ số 1\u20244: Tỷ lệ hồ sơ d${S}ược số hóa. Phòng Nội vụ chủ trì, UBND các phường, xã phối hợp`,
      [2],
      6,
      'Chỉ số [1.4:] Tỷ lệ hồ sơ được số hóa.',
    ],
    [
      'marks two matches apart with the words between unmarked',
      'Đường truyền số liệu chuyên dùng đến các phường, xã được nâng cấp.',
      [0, 2],
      12,
      '[Đường] truyền [số] liệu chuyên dùng đến các phường, xã được nâng cấp.',
    ],
    [
      'without matches: the start of the text, cut at the nearest clause end',
      'Thành phố triển khai nền tảng số, hoàn thành trước tháng 10, và báo cáo kết quả cho tỉnh',
      [],
      8,
      'Thành phố triển khai nền tảng số,',
    ],
  ])('%s', (_, content, locations, length, expected) => {
    expect(show(buildSnippet(content, locations, { length }))).toBe(expected);
  });

  it('counts positions as Pagefind does when the text starts with a space', () => {
    expect(show(buildSnippet(' Đăng ký tài khoản.', [1, 2], { length: 10 }))).toBe('[Đăng ký] tài khoản.');
  });

  it('never returns a token cut in two: every shown token is a whole token of the text', () => {
    const tokens = new Set(training.split(' '));
    for (let first = 0; first < 30; first += 3) {
      const text = show(buildSnippet(training, [first], { length: 8, slack: 2 })).replace(/[[\]]/g, '');
      for (const token of text.split(' ')) if (token !== '…') expect(tokens.has(token), `${token} in ${text}`).toBe(true);
    }
  });

  it('returns nothing for empty text', () => {
    expect(buildSnippet('  ', [0], { length: 28 })).toEqual([]);
  });
});
