/**
 * A bounded, single-pass pre-scan of a post (or plan) body, run before
 * micromark: micromark is quadratic or worse on some inputs, so what it would
 * choke on is refused here, with its line, in O(n).
 *
 * Measured with micromark + GFM (parsePostBody, `md`) on the 2-core CI-sized
 * machine while it was busy (load 8–11), issue 12:
 *   pattern (test/helpers/hostile-generators.ts)  1 KB     4 KB      10 KB
 *   nested-emphasis (*a ×n x a* ×n)               128 ms   886 ms    15.9 s (30 KB: 34 s in the issue)
 *   unmatched-delimiters (*_ ×n)                  311 ms   1.3 s     11 s
 *   nested-quotes (> ×n)                          129 ms   613 ms    5.9 s
 *   nested-lists (- ×n)                           576 ms   6.9 s     89 s, then "Maximum call stack size exceeded"
 *   `[a](` ×n in one paragraph: 30 KB 7 s, 100 KB 41 s; `[` ×n: 100 KB 3.9 s.
 * Split into paragraphs of k delimiter runs, 100 KB in all, the cost stays flat
 * up to k = 200 (emphasis 5.5–6.5 s, the same as k = 50) and grows past it
 * (k = 500: 13 s, 1000: 17 s, 3000: 41 s); `[`, `[a](` and backticks stay flat
 * to k = 3000. Normal text runs at 1.3–1.7 s per 100 KB on that machine. Hence:
 * at most 100 emphasis runs and 100 brackets per paragraph, 16 container
 * levels, and 100 KB per body (the longest shipped post is 2.1 KB, the plan 11.6 KB).
 */
import { describeForbiddenCharacter, findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from '../text/plain-text.ts';
import type { PostProblem } from './messages.ts';

/** The limits, named so messages and tests quote the same numbers. */
export const BODY_LIMITS = {
  /** UTF-8 bytes of the body: 48× the longest shipped post, about 15,000 words. */
  bytes: 100 * 1024,
  /** Block quotes and list items opened on one line (`> > - …`). */
  containerDepth: 16,
  /** Columns of indentation before a line's text: deeper lists need more than 64. */
  indentColumns: 64,
  /** `*` / `_` delimiter runs in one paragraph (the shipped content has at most 6). */
  emphasisRuns: 100,
  /** `[` (links, images, footnotes) in one paragraph. */
  brackets: 100,
  /** `{` open at once: MDX expressions are parsed recursively. */
  braceDepth: 32,
} as const;

/** A body the parser must not see, with where the trouble starts. */
export interface BodyLimitProblem extends PostProblem {
  line: number;
  column: number;
}

const SPLIT_FIX = 'chia bài thành nhiều bài ngắn hơn, hoặc đặt tài liệu dài ở nơi khác rồi dẫn liên kết https:// tới đó';

/**
 * Checks a body (frontmatter blanked out, so lines are the file's) against
 * BODY_LIMITS and the plain-text character rules. Returns the first problem
 * found, or undefined when micromark may parse it.
 * @example
 * findBodyLimitProblem('\n\n\n' + '> '.repeat(20) + 'x')?.line; // 4
 */
export function findBodyLimitProblem(text: string): BodyLimitProblem | undefined {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > BODY_LIMITS.bytes) {
    return {
      line: 1,
      column: 1,
      message: `bài viết dài ${Math.ceil(bytes / 1024)} KB, quá giới hạn ${BODY_LIMITS.bytes / 1024} KB cho một bài`,
      fix: SPLIT_FIX,
    };
  }
  const characters = findForbiddenCharacters(text, 1);
  const character = characters.found[0];
  if (character) {
    const more = characters.total > 1 ? ` (và ${characters.total - 1} ký tự như vậy nữa trong bài)` : '';
    return {
      line: character.line,
      column: character.column,
      message: `có ${describeForbiddenCharacter(character.codePoint, character.kind)} ở cột ${character.column}${more}`,
      fix: FORBIDDEN_CHARACTER_FIX,
    };
  }
  let line = 1;
  let emphasisRuns = 0;
  let brackets = 0;
  let braceDepth = 0;
  let paragraphLine = 1;
  let position = 0;
  while (position <= text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    // The container prefix: indentation, `>` markers and list markers before the line's text.
    let cursor = position;
    let columns = 0;
    let containers = 0;
    for (;;) {
      const char = text.charCodeAt(cursor);
      if (char === 0x20 || char === 0x09) {
        columns += char === 0x09 ? 4 : 1;
        cursor += 1;
      } else if (char === 0x3e /* > */) {
        containers += 1;
        cursor += 1;
      } else if ((char === 0x2d || char === 0x2a || char === 0x2b) /* - * + */ && /[ \t]/.test(text[cursor + 1] ?? '')) {
        containers += 1;
        cursor += 2;
      } else {
        const ordered = /^\d{1,9}[.)][ \t]/.exec(text.slice(cursor, cursor + 12));
        if (!ordered) break;
        containers += 1;
        cursor += ordered[0].length;
      }
      if (containers > BODY_LIMITS.containerDepth) {
        return {
          line,
          column: 1,
          message: `trích dẫn (>) hoặc danh sách (-, 1.) lồng nhau quá ${BODY_LIMITS.containerDepth} tầng trên một dòng`,
          fix: 'bài viết chỉ cần 2–3 tầng trích dẫn hay danh sách; xóa các dấu > hoặc - thừa ở đầu dòng',
        };
      }
    }
    if (columns > BODY_LIMITS.indentColumns) {
      return {
        line,
        column: 1,
        message: `dòng thụt lề ${columns} cột, quá giới hạn ${BODY_LIMITS.indentColumns} cột (danh sách lồng quá sâu)`,
        fix: 'bài viết chỉ cần 2–3 tầng danh sách; bớt dấu cách ở đầu dòng',
      };
    }
    if (cursor >= end) {
      // A blank line (inside quotes too) ends the paragraph: its delimiters can no longer pair with later ones.
      emphasisRuns = 0;
      brackets = 0;
      paragraphLine = line + 1;
    }
    for (let index = cursor; index < end; index += 1) {
      const char = text.charCodeAt(index);
      if (char === 0x5c /* \ */) {
        index += 1;
      } else if (char === 0x2a || char === 0x5f /* * _ */) {
        if (text.charCodeAt(index - 1) !== char || index === cursor) emphasisRuns += 1;
      } else if (char === 0x5b /* [ */) {
        brackets += 1;
      } else if (char === 0x7b /* { */) {
        braceDepth += 1;
      } else if (char === 0x7d /* } */ && braceDepth > 0) {
        braceDepth -= 1;
      } else {
        continue;
      }
      if (emphasisRuns > BODY_LIMITS.emphasisRuns) {
        return {
          line: paragraphLine,
          column: 1,
          message: `một đoạn văn có quá ${BODY_LIMITS.emphasisRuns} cụm dấu * hoặc _ (in nghiêng, in đậm), từ dòng ${paragraphLine} đến dòng ${line}`,
          fix: 'bớt in đậm, in nghiêng trong đoạn này, hoặc tách đoạn bằng một dòng trống; muốn viết dấu * như chữ thì đặt \\ phía trước: \\*',
        };
      }
      if (brackets > BODY_LIMITS.brackets) {
        return {
          line: paragraphLine,
          column: 1,
          message: `một đoạn văn có quá ${BODY_LIMITS.brackets} dấu [ (liên kết, ảnh), từ dòng ${paragraphLine} đến dòng ${line}`,
          fix: 'tách đoạn bằng một dòng trống, hoặc đưa danh sách liên kết thành các dòng "- [tên](https://…)" cách nhau; muốn viết dấu [ như chữ thì đặt \\ phía trước: \\[',
        };
      }
      if (braceDepth > BODY_LIMITS.braceDepth) {
        return {
          line,
          column: index - position + 1,
          message: `có quá ${BODY_LIMITS.braceDepth} dấu { lồng nhau chưa đóng`,
          fix: 'bài viết không dùng biểu thức { }; muốn viết dấu { như chữ thì đặt \\ phía trước: \\{',
        };
      }
    }
    line += 1;
    position = end + 1;
  }
  return undefined;
}
