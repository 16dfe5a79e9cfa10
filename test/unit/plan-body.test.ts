/**
 * The plan's text is content, never code (issue 12, ADR 6): the same
 * allow-list as posts, and no components or images at all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanBody } from '../../src/lib/plan-document/body-check.ts';

const FRONTMATTER = '---\ntitle: Kế hoạch\nnumber: "12/KH-UBND"\n---\n';
const check = (body: string, file = 'content/plan/ke-hoach.mdx') =>
  checkPlanBody({ file, text: `${FRONTMATTER}${body}` }).map((issue) => `${issue.line}:${issue.column} ${issue.message}`);

describe('checkPlanBody', () => {
  it('accepts the shipped plan as it is', () => {
    const file = 'content/plan/ke-hoach-2024.mdx';
    expect(checkPlanBody({ file, text: readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8') })).toEqual([]);
  });

  it('refuses the issue 12 attack with file and line: export reading /etc/passwd, then {leak}', () => {
    const issues = checkPlanBody({ file: 'content/plan/ke-hoach.mdx', text: `${FRONTMATTER}\nexport const leak = (await import('node:fs')).readFileSync('/etc/passwd','utf8')\n\n{leak}\n` });
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/plan/ke-hoach.mdx', line: 6, column: 1, message: `có lệnh export "export const leak = (await import('node:fs')).r…": văn bản kế hoạch là nội dung, không được khai báo mã` }),
      expect.objectContaining({ file: 'content/plan/ke-hoach.mdx', line: 8, column: 1, message: 'có biểu thức JavaScript "{leak}": văn bản kế hoạch không được chạy mã' }),
    ]);
  });

  it.each([
    ["\nimport fs from 'node:fs'\n", `6:1 có lệnh import "import fs from 'node:fs'": văn bản kế hoạch là nội dung, không được nạp mã hay thành phần từ nơi khác`],
    ['\n<abbr title={process.env.TOKEN}>DTI</abbr>\n', '6:1 thuộc tính của <abbr> là biểu thức JavaScript "{process.env.TOKEN}": văn bản kế hoạch không được chạy mã'],
    ['\n<Callout type="note">Ghi chú</Callout>\n', '6:1 thành phần <Callout> chỉ dùng trong bài viết tin tức, không dùng trong văn bản kế hoạch'],
    ['\n<Tracker />\n', '6:1 thành phần <Tracker> không có trong danh sách được phép'],
    ['\n![Sơ đồ](./so-do.png)\n', '6:1 văn bản kế hoạch không chèn ảnh: trang Kế hoạch chỉ đăng chữ của văn bản'],
    ['\n[Tải về](javascript:alert(1))\n', '6:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
  ])('refuses %j', (body, message) => {
    expect(check(body)).toEqual([message]);
  });

  it('checks a .md plan as Markdown: raw HTML by the same rules, braces are text', () => {
    expect(check('\n<script>alert(1)</script>\n', 'content/plan/phu-luc.md')).toEqual(['6:1 có thẻ <script>: văn bản kế hoạch không được chứa mã chạy trên trang']);
    expect(check('\nexport const a = {leak}\n', 'content/plan/phu-luc.md')).toEqual([]);
  });
});
