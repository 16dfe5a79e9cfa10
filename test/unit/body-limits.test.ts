import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, findBodyLimitProblem } from '../../src/lib/posts/body-limits.ts';
import { parsePostBody } from '../../src/lib/posts/parse-body.ts';
import { generateHostileText } from '../helpers/hostile-generators.ts';

const blanked = '\n\n\n\n'; // four blanked frontmatter lines: the body starts on line 5

describe('findBodyLimitProblem: what micromark must not see', () => {
  it.each([
    ['nested-emphasis', 30_000, 5, `một đoạn văn có quá ${BODY_LIMITS.emphasisRuns} cụm dấu * hoặc _ (in nghiêng, in đậm), từ dòng 5 đến dòng 5`],
    ['unmatched-delimiters', 30_000, 5, `một đoạn văn có quá ${BODY_LIMITS.emphasisRuns} cụm dấu * hoặc _ (in nghiêng, in đậm), từ dòng 5 đến dòng 5`],
    ['nested-brackets', 30_000, 5, `một đoạn văn có quá ${BODY_LIMITS.brackets} dấu [ (liên kết, ảnh), từ dòng 5 đến dòng 5`],
    ['nested-images', 30_000, 5, `một đoạn văn có quá ${BODY_LIMITS.brackets} dấu [ (liên kết, ảnh), từ dòng 5 đến dòng 5`],
    ['nested-quotes', 30_000, 5, `trích dẫn (>) hoặc danh sách (-, 1.) lồng nhau quá ${BODY_LIMITS.containerDepth} tầng trên một dòng`],
    ['nested-lists', 30_000, 5, `trích dẫn (>) hoặc danh sách (-, 1.) lồng nhau quá ${BODY_LIMITS.containerDepth} tầng trên một dòng`],
    ['nested-emphasis', 1_048_576, 1, 'bài viết dài 1025 KB, quá giới hạn 100 KB cho một bài'],
    ['nested-brackets', 1_048_576, 1, 'bài viết dài 1025 KB, quá giới hạn 100 KB cho một bài'],
  ])('refuses %s (%i bytes) at line %i in milliseconds', (name, size, line, message) => {
    const text = blanked + generateHostileText(name, size);
    const started = performance.now();
    const problem = findBodyLimitProblem(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(problem).toMatchObject({ line, message });
  });

  it('refuses lists nested by indentation past 64 columns', () => {
    const text = Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- mục`).join('\n');
    expect(findBodyLimitProblem(text)).toMatchObject({ line: 34, message: 'dòng thụt lề 66 cột, quá giới hạn 64 cột (danh sách lồng quá sâu)' });
  });

  it('refuses deep open braces (MDX expressions parse recursively)', () => {
    expect(findBodyLimitProblem(`Chữ ${'{'.repeat(40)}`)).toMatchObject({ line: 1, column: 37, message: 'có quá 32 dấu { lồng nhau chưa đóng' });
  });

  it('refuses control and bidi characters in the body, with line and column', () => {
    expect(findBodyLimitProblem(`${blanked}Phường Trần Phú\nxem tại\u202E moc.live`)).toMatchObject({
      line: 6,
      column: 8,
      message: 'có ký tự điều khiển hướng chữ U+202E (RIGHT-TO-LEFT OVERRIDE) ở cột 8',
    });
    expect(findBodyLimitProblem('a\u0000b\u0000')).toMatchObject({ line: 1, column: 2, message: 'có ký tự điều khiển U+0000 ở cột 2 (và 1 ký tự như vậy nữa trong bài)' });
  });

  it.each([
    ['a normal post', `# Tin chuyển đổi số\n\nPhường **Trần Phú** ra mắt [chuyên mục](https://bacgiang.gov.vn) *mới*.\n\n> Trích dẫn\n> > lồng hai tầng\n\n- mục\n  - mục con\n    1. mục cháu\n`],
    ['CRLF and tabs', 'Dòng một\r\n\tDòng hai\r\n'],
    ['NFD Vietnamese', 'Phường Trần Phú ra mắt chuyên mục'.normalize('NFD')],
    ['100 emphasis runs spread over paragraphs', Array.from({ length: 50 }, () => '**đậm** và *nghiêng* '.repeat(20)).join('\n\n')],
    ['escaped delimiters', '\\*'.repeat(1000)],
    ['a long paragraph of plain text', 'Chuyển đổi số là nhiệm vụ của cả hệ thống chính trị. '.repeat(1000)],
  ])('lets %s through', (_name, text) => {
    expect(findBodyLimitProblem(text)).toBeUndefined();
  });

  it('keeps parsePostBody from running micromark on a refused body', () => {
    const started = performance.now();
    const result = parsePostBody(blanked + generateHostileText('nested-emphasis', 300_000), 'md');
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toEqual({ ok: false, error: { line: 1, column: 1, reason: 'bài viết dài 293 KB, quá giới hạn 100 KB cho một bài' } });
  });
});
