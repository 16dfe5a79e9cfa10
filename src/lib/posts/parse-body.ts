/**
 * Parses a post body into a Markdown syntax tree with the same parser family
 * Astro renders it with (micromark), so validation sees exactly the raw HTML,
 * links, images and MDX nodes that would reach the page.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { findBodyLimitProblem } from './body-limits.ts';
import type { PostFormat } from './schema.ts';

/** A syntax error, located and explained in Vietnamese. */
export interface BodySyntaxError {
  line?: number;
  column?: number;
  reason: string;
}

const MDX_REASONS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/expected a corresponding closing brace for `\{`/, () => 'thiếu dấu } đóng cho một dấu { mở'],
  [/Expected a closing tag for `<([^>]*)>`/, (match) => `thiếu thẻ đóng </${match[1] ?? ''}>`],
  [/Unexpected closing tag `<\/([^>]*)>`/, (match) => `thẻ đóng </${match[1] ?? ''}> không có thẻ mở tương ứng`],
  [/to create a comment in MDX, use/, () => 'MDX không nhận chú thích dạng <!-- -->'],
  [/Could not parse (?:expression|import\/exports) with acorn/, () => 'đoạn trong dấu { } hoặc lệnh import/export không đọc được'],
  [/Unexpected character `(.)`/, (match) => `ký tự "${match[1] ?? ''}" không đúng chỗ trong một thẻ`],
  [/Unexpected end of file/, () => 'tệp kết thúc khi một thẻ hoặc một dấu { chưa được đóng'],
];

/**
 * Explains an MDX parser message in Vietnamese, keeping the original for experts.
 * @example
 * explainMdxReason('Unexpected end of file in expression, expected a corresponding closing brace for `{`');
 * // 'thiếu dấu } đóng cho một dấu { mở'
 */
export function explainMdxReason(reason: string): string {
  for (const [pattern, explain] of MDX_REASONS) {
    const match = pattern.exec(reason);
    if (match) return explain(match);
  }
  return `chi tiết kỹ thuật: ${reason.split('\n')[0] ?? reason}`;
}

/**
 * Parses a post's text (frontmatter already blanked out, so lines match the file).
 * @example
 * const result = parsePostBody('# Tiêu đề\n\nNội dung', 'md');
 * if (result.ok) result.tree.children[0]?.type; // 'heading'
 */
export function parsePostBody(text: string, format: PostFormat): { ok: true; tree: Root } | { ok: false; error: BodySyntaxError } {
  // micromark is quadratic or worse on some inputs (see body-limits.ts): it never sees a body over the limits.
  const limit = findBodyLimitProblem(text);
  if (limit) return { ok: false, error: { line: limit.line, column: limit.column, reason: limit.message } };
  try {
    const tree =
      format === 'mdx'
        ? fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
        : fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    return { ok: true, tree };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = String(place.reason ?? place.message ?? error);
    // Some messages carry their position only in the text: "… for `<Callout>` (4:1-4:10) …".
    const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    return {
      ok: false,
      error: {
        line: typeof place.line === 'number' ? place.line : inText ? Number(inText[1]) : undefined,
        column: typeof place.column === 'number' ? place.column : inText ? Number(inText[2]) : undefined,
        reason: explainMdxReason(reason),
      },
    };
  }
}

// The exact pattern Astro uses to find frontmatter (@astrojs/internal-helpers). Validation must
// cut the file where Astro cuts it, or the body checked would not be the body rendered.
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const STRICT_FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---(?:\r?\n|$)/;

/** A post file cut into its frontmatter and its body. */
export type SplitPost =
  | { ok: true; yaml: string; body: string }
  | { ok: false; line: number; message: string; fix: string };

/**
 * Cuts a post where Astro would, and insists on the plain form: the first line
 * is `---`, the YAML follows, and a line `---` closes it. The YAML and the body
 * keep their line numbers (everything before them is blanked), so positions in
 * either are positions in the file.
 * @example
 * splitPostFrontmatter('---\ntitle: A\n---\n# B');
 * // { ok: true, yaml: '\ntitle: A\n', body: '\n\n\n# B' }
 */
export function splitPostFrontmatter(text: string): SplitPost {
  const fix = 'bắt đầu tệp bằng một dòng chỉ có ---, tiếp theo là các trường (title: …, date: …), rồi một dòng --- nữa; ví dụ tạo tệp mẫu bằng: npm run new-post -- --unit phuong-tran-phu --title "Tên bài"';
  const astro = ASTRO_FRONTMATTER.exec(text);
  const strict = STRICT_FRONTMATTER.exec(text);
  if (!astro || !strict) {
    return { ok: false, line: 1, message: 'thiếu phần đầu (frontmatter) đặt giữa hai dòng ---', fix };
  }
  const strictEnd = strict[0].replace(/\r?\n$/, '').length;
  if (astro.index !== 0 || astro[0].length !== strictEnd) {
    const closing = text.slice(0, astro.index + astro[0].length).split('\n').length;
    return { ok: false, line: closing, message: 'phần đầu (frontmatter) không kết thúc bằng một dòng chỉ có ---', fix };
  }
  const yaml = `\n${strict[1] ?? ''}`;
  const blanked = '\n'.repeat(strict[0].split('\n').length - 1);
  return { ok: true, yaml, body: blanked + text.slice(strict[0].length) };
}
