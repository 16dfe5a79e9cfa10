/**
 * The plan's text (content/plan/*.md|mdx) is content, never code (ADR 6): its
 * body passes the same allow-list as a post (checkPostBody: no import/export,
 * no {expressions}, only allow-listed HTML), and, because /ke-hoach/ renders it
 * with no components and no images, none of those either.
 */
import type { Nodes } from 'mdast';
import { checkPostBody } from '../posts/body-check.ts';
import { isPostComponent } from '../posts/components.ts';
import { parsePostBody, splitPostFrontmatter } from '../posts/parse-body.ts';
import type { ContentIssue } from '../content/errors.ts';
import type { SourceText } from '../content/parse-file.ts';

/** Components a plan may use. The shipped plan needs none; its page passes none to the MDX. */
export const PLAN_COMPONENTS: readonly string[] = [];

const PLAN_WORDING: readonly [RegExp, string][] = [
  // The post rules speak of "the post"; in a plan the same rule is about the plan's text.
  [/bài viết/g, 'văn bản kế hoạch'],
  [/; các thành phần [^;]*dùng được ngay mà không cần import/, '; văn bản kế hoạch không dùng thành phần nào'],
  [/thông tin của bài \(tiêu đề, ngày, đơn vị…\)/, 'thông tin của văn bản (số, ngày, cơ quan ban hành…)'],
  [/^chỉ dùng .*, không cần import, ví dụ .*$/s, 'văn bản kế hoạch không dùng thành phần nào: viết đoạn này bằng Markdown thường (tiêu đề #, danh sách -, **chữ đậm**)'],
];

function reword(text: string): string {
  return PLAN_WORDING.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * Checks a plan file's body. The frontmatter is blanked where Astro cuts it,
 * so lines are the file's lines.
 * @example
 * checkPlanBody({ file: 'content/plan/ke-hoach.mdx', text: "---\ntitle: A\n---\n\nexport const leak = 1\n\n{leak}\n" });
 * // [{ file, line: 5, column: 1, message: 'có lệnh export "export const leak = 1": văn bản kế hoạch là nội dung, không được khai báo mã', … }, { line: 7, … }]
 */
export function checkPlanBody(source: SourceText): ContentIssue[] {
  const format = /\.mdx$/i.test(source.file) ? 'mdx' : 'md';
  const split = splitPostFrontmatter(source.text);
  if (!split.ok) {
    return [{ file: source.file, line: split.line, message: split.message, fix: 'bắt đầu tệp bằng một dòng chỉ có ---, tiếp theo là các trường (title, number…), rồi một dòng --- nữa' }];
  }
  const folder = source.file.replace(/\/[^/]*$/, '');
  const issues = checkPostBody(split.body, {
    file: source.file,
    format,
    unitFolder: 'plan',
    folderLabel: folder,
    // Images are refused below, whatever they point to; the post rules still catch remote and script URLs.
    assetExists: () => true,
    indicatorExists: () => false,
  }).map((issue) => ({ ...issue, message: reword(issue.message), ...(issue.fix ? { fix: reword(issue.fix) } : {}) }));
  const parsed = parsePostBody(split.body, format);
  if (!parsed.ok) return issues;
  walk(parsed.tree, (node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isPostComponent(node.name) && !PLAN_COMPONENTS.includes(node.name)) {
      issues.push({
        file: source.file,
        ...at,
        message: `thành phần <${node.name}> chỉ dùng trong bài viết tin tức, không dùng trong văn bản kế hoạch`,
        fix: 'viết đoạn này bằng Markdown thường (tiêu đề #, danh sách -, **chữ đậm**, > trích dẫn)',
      });
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      issues.push({
        file: source.file,
        ...at,
        message: 'văn bản kế hoạch không chèn ảnh: trang Kế hoạch chỉ đăng chữ của văn bản',
        fix: 'xóa ảnh; hình minh họa đăng trong một bài viết tin tức ở content/posts/<mã đơn vị>/',
      });
    }
  });
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
