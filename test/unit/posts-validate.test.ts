import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError, formatIssue, type ContentIssue } from '../../src/lib/content/errors.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import type { Indicator } from '../../src/lib/content/schemas/indicator.ts';
import type { Pillar } from '../../src/lib/content/schemas/pillar.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { isPostSourcePath, parsePostPath } from '../../src/lib/posts/path.ts';
import { validatePosts, type PostReferences } from '../../src/lib/posts/validate.ts';

const root = resolve(import.meta.dirname, '../..');
const unit = (id: string, name: string, kind: Unit['kind'], extra: Partial<Unit> = {}): Unit => ({ id, name, kind, aliases: [], editors: [], ...extra });
const references: PostReferences = {
  units: [
    unit('phong-vhtt', 'Phòng Văn hóa và Thông tin', 'agency'),
    unit('phuong-tran-phu', 'Phường Trần Phú', 'ward'),
    unit('xa-dong-son', 'Xã Đồng Sơn', 'commune'),
    unit('phuong-da-giai-the', 'Phường Đã Giải Thể', 'ward', { validTo: '2023-12-31' }),
  ],
  pillars: [{ id: 1 }, { id: 4 }] as Pillar[],
  indicators: [{ id: '1.4' }, { id: '4.1' }] as Indicator[],
  unitsFile: 'content/units.yaml',
};
const frontmatter = (fields: Record<string, string>) =>
  `---\n${Object.entries({ title: '"Phường Trần Phú ra mắt chuyên mục Chuyển đổi số"', date: '2024-03-05', unit: 'phuong-tran-phu', summary: '"Tóm tắt một câu."', ...fields })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\nNội dung.\n`;

function validate(files: [path: string, text: string][], assets: string[] = []) {
  const issues: ContentIssue[] = [];
  const posts = validatePosts(
    { dir: 'content/posts', files: files.map(([path, text]) => ({ path, file: `content/posts/${path}`, text })), assets },
    references,
    issues,
  );
  return { posts, issues, messages: issues.map((issue) => `${issue.line ?? '-'}:${issue.field ?? '-'} ${issue.message}`) };
}

describe('post paths: content/posts/<unit>/<yyyy-mm-dd>-<slug>.md', () => {
  it.each([
    ['phuong-tran-phu/2024-03-05-ra-mat-chuyen-muc.md', { unit: 'phuong-tran-phu', date: '2024-03-05', slug: 'ra-mat-chuyen-muc', format: 'md' }],
    ['xa-dong-son/2024-02-29-tap-huan-ky-nang-so.mdx', { unit: 'xa-dong-son', date: '2024-02-29', slug: 'tap-huan-ky-nang-so', format: 'mdx' }],
  ])('%s', (path, value) => {
    expect(parsePostPath(path)).toEqual({ ok: true, value });
  });

  it.each([
    ['2024-03-05-bai.md', 'bài viết nằm ngoài thư mục của đơn vị'],
    ['phuong-tran-phu/tin/2024-03-05-bai.md', 'bài viết nằm trong thư mục con; mỗi bài phải nằm ngay trong thư mục của đơn vị'],
    ['Phuong-Tran-Phu/2024-03-05-bai.md', 'tên thư mục "Phuong-Tran-Phu" không phải mã đơn vị (chữ thường không dấu, nối bằng "-")'],
    ['phuong-tran-phu/ra-mat.md', 'tên tệp "ra-mat.md" không đúng mẫu <năm-tháng-ngày>-<tên-bài>.md'],
    ['phuong-tran-phu/2023-02-29-bai.md', 'ngày "2023-02-29" ở đầu tên tệp không phải ngày có thật'],
    ['phuong-tran-phu/2024-03-05-ra-mắt-chuyên-mục.md', 'phần "ra-mắt-chuyên-mục" trong tên tệp chỉ được có chữ thường không dấu, chữ số và dấu "-"'],
    ['phuong-tran-phu/2024-03-05-Ra-Mat.md', 'phần "Ra-Mat" trong tên tệp chỉ được có chữ thường không dấu, chữ số và dấu "-"'],
    ['phuong-tran-phu/2024-03-05-trang.md', 'tên bài "trang" trùng với một trang có sẵn của chuyên mục'],
  ])('refuses %s', (path, message) => {
    const result = parsePostPath(path);
    expect(result.ok ? undefined : result.problem.message).toBe(message);
  });

  it.each([
    ['phuong-tran-phu/2024-03-05-bai.md', true],
    ['phuong-tran-phu/2024-03-05-bai.MDX', true],
    ['phuong-tran-phu/anh.jpg', false],
    ['README.md', false],
  ])('%s is a post source: %s', (path, expected) => {
    expect(isPostSourcePath(path)).toBe(expected);
  });
});

describe('validatePosts: frontmatter and references, with file, line and field', () => {
  it('accepts a correct post and returns it with its slug', () => {
    const { posts, issues } = validate([['phuong-tran-phu/2024-03-05-ra-mat-chuyen-muc.md', frontmatter({ indicators: '["1.4", "4.1"]', pillars: '[1]', author: 'Nguyễn Thị Đào' })]]);
    expect(issues).toEqual([]);
    expect(posts).toEqual([
      expect.objectContaining({
        slug: 'ra-mat-chuyen-muc',
        unit: 'phuong-tran-phu',
        date: '2024-03-05',
        indicators: ['1.4', '4.1'],
        pillars: [1],
        author: 'Nguyễn Thị Đào',
        draft: false,
        demo: false,
        format: 'md',
        file: 'content/posts/phuong-tran-phu/2024-03-05-ra-mat-chuyen-muc.md',
      }),
    ]);
  });

  it.each([
    [{ title: '' }, ['2:title thiếu trường bắt buộc này']],
    [{ date: '05/03/2024' }, ['3:date cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29']],
    [{ draft: 'yes' }, ['6:draft cần true hoặc false, nhưng đang là chữ "yes"']],
    [{ indicators: '[1.4]' }, ['6:indicators[0] cần một mã chỉ số trong dấu nháy, ví dụ "1.2.1", nhưng đang là số 1.4']],
    [{ tags: '[a]' }, ['6:- có trường không được hỗ trợ: "tags" (kiểm tra lỗi chính tả)']],
    [{ unit: 'xa-dong-son' }, ['4:unit đơn vị "xa-dong-son" khác thư mục chứa bài (content/posts/phuong-tran-phu/)']],
    [{ date: '2024-03-06' }, ['3:date ngày 2024-03-06 khác ngày ở đầu tên tệp (2024-03-05)']],
    [{ pillars: '[1, 9]' }, ['6:pillars[1] không có trụ cột 9']],
    [{ indicators: '["1.4", "9.9"]' }, ['6:indicators[1] không có chỉ số "9.9" trong Phụ lục']],
    [{ cover: '{ src: ./anh-bia.jpg, alt: "" }' }, ['6:cover.alt không được để trống']],
    [{ cover: '{ src: "https://tracker.example/a.jpg", alt: Ảnh bìa }' }, ['6:cover.src ảnh lấy từ máy chủ khác "https://tracker.example/a.jpg": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc']],
    [{ cover: '{ src: ./khong-co.jpg, alt: Ảnh bìa }' }, ['6:cover.src không tìm thấy tệp ảnh "./khong-co.jpg"']],
    [{ summary: `"${'Dài quá. '.repeat(50)}"` }, ['5:summary phần tóm tắt dài quá 400 ký tự; hãy viết 1–2 câu (đang dài 449 ký tự)']],
  ])('%j', (fields, messages) => {
    expect(validate([['phuong-tran-phu/2024-03-05-bai.md', frontmatter(fields)]]).messages).toEqual(messages);
  });

  it('refuses a unit that does not exist, or did not exist on the date', () => {
    expect(validate([['phuong-khong-co/2024-03-05-bai.md', frontmatter({ unit: 'phuong-khong-co' })]]).messages).toEqual([
      '4:unit không có đơn vị "phuong-khong-co" trong content/units.yaml',
    ]);
    expect(validate([['phuong-da-giai-the/2024-03-05-bai.md', frontmatter({ unit: 'phuong-da-giai-the' })]]).messages).toEqual([
      '3:date Phường Đã Giải Thể không hoạt động vào ngày 05/03/2024 (đơn vị chỉ hoạt động đến 31/12/2023)',
    ]);
  });

  it('refuses a file without frontmatter, and one whose frontmatter Astro would cut elsewhere', () => {
    expect(validate([['phuong-tran-phu/2024-03-05-bai.md', '# Chỉ có nội dung\n']]).messages).toEqual(['1:- thiếu phần đầu (frontmatter) đặt giữa hai dòng ---']);
    expect(validate([['phuong-tran-phu/2024-03-05-bai.md', '---\ntitle: A\n---<b>\n---\n']]).messages).toEqual([
      '3:- phần đầu (frontmatter) không kết thúc bằng một dòng chỉ có ---',
    ]);
  });

  it('requires unique slugs across units', () => {
    const { messages } = validate([
      ['phuong-tran-phu/2024-03-05-tap-huan.md', frontmatter({})],
      ['xa-dong-son/2024-04-01-tap-huan.md', frontmatter({ unit: 'xa-dong-son', date: '2024-04-01' })],
    ]);
    expect(messages).toEqual([
      '-:- tên bài "tap-huan" (phần sau ngày trong tên tệp) đã được dùng cho content/posts/phuong-tran-phu/2024-03-05-tap-huan.md; mỗi bài cần một địa chỉ riêng',
    ]);
  });

  it('refuses files other than posts and images in the posts folder', () => {
    const { messages } = validate([], ['phuong-tran-phu/anh.jpg', 'phuong-tran-phu/bieu-do.svg', 'phuong-tran-phu/bao-cao.pdf', 'README.md']);
    expect(messages).toEqual([
      '-:- tệp "bieu-do.svg" không phải bài viết (.md, .mdx) hay ảnh (.jpg, .jpeg, .png, .webp); cổng không đăng tệp này',
      '-:- tệp "bao-cao.pdf" không phải bài viết (.md, .mdx) hay ảnh (.jpg, .jpeg, .png, .webp); cổng không đăng tệp này',
    ]);
  });

  it('checks drafts as strictly as published posts', () => {
    const { posts, messages } = validate([['phuong-tran-phu/2024-03-05-nhap.md', `${frontmatter({ draft: 'true' })}\n<script>x</script>\n`]]);
    expect(posts).toEqual([]);
    expect(messages).toEqual(['11:- có thẻ <script>: bài viết không được chứa mã chạy trên trang']);
  });

  it('formats a message the way editors read it', () => {
    const { issues } = validate([['phuong-tran-phu/2024-03-05-bai.md', frontmatter({ indicators: '[1.4]' })]]);
    expect(issues.map(formatIssue)).toEqual([
      'content/posts/phuong-tran-phu/2024-03-05-bai.md:6:14 — trường "indicators[0]": cần một mã chỉ số trong dấu nháy, ví dụ "1.2.1", nhưng đang là số 1.4\n' +
        '  Cách sửa: ghi mã chỉ số trong dấu nháy kép, ví dụ indicators: ["1.4", "4.1"]\n' +
        '  Xem hướng dẫn: CONTRIBUTING.md',
    ]);
  });
});

describe('the hostile corpus (test/fixtures/posts-hostile): each rule rejected with file and line', () => {
  const dir = 'test/fixtures/posts-hostile/content';
  const issues = (() => {
    try {
      loadPortalContentFromDir(join(root, dir), root);
    } catch (error) {
      if (error instanceof ContentValidationError) return [...error.issues];
      throw error;
    }
    throw new Error('the hostile corpus was accepted');
  })();
  const at = (name: string) => issues.filter((issue) => issue.file === `${dir}/posts/phuong-tran-phu/${name}`).map((issue) => `${issue.line}: ${issue.message}`);

  it.each([
    ['2024-03-01-import.mdx', `8: có lệnh import "import Tracker from '../../../../src/tracker.ts'": bài viết là nội dung, không được nạp mã hay thành phần từ nơi khác`],
    ['2024-03-02-export.mdx', `10: có lệnh export "export const meta = { title: 'HOSTILE02' }": bài viết là nội dung, không được khai báo mã`],
    ['2024-03-03-expression.mdx', '10: có biểu thức JavaScript "{globalThis.process?.exit(1)}": bài viết không được chạy mã'],
    ['2024-03-04-unknown-component.mdx', '10: thành phần <Tracker> không có trong danh sách được phép'],
    ['2024-03-05-script.md', '10: có thẻ <script>: bài viết không được chứa mã chạy trên trang'],
    ['2024-03-06-iframe.md', '10: có thẻ <iframe>: bài viết không được nhúng trang web khác'],
    ['2024-03-07-style.md', '10: có thẻ <style>: bài viết không được thay đổi giao diện của cổng'],
    ['2024-03-08-object.md', '10: có thẻ <object>: bài viết không được nhúng tệp hay chương trình'],
    ['2024-03-09-event-attribute.md', '8: thẻ <sup> có thuộc tính "onmouseover": thuộc tính on… chạy mã JavaScript'],
    ['2024-03-10-javascript-url.md', `10: địa chỉ "javascript:alert('HOSTILE10')" chạy mã JavaScript khi được mở`],
    ['2024-03-11-data-url.md', '10: địa chỉ "data:image/png;base64,SE9TVElMRTEx" nhúng dữ liệu thẳng vào bài (data:)'],
    ['2024-03-12-remote-image.md', '10: ảnh lấy từ máy chủ khác "https://tracker.example/HOSTILE12.png": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc'],
  ])('%s', (name, expected) => {
    expect(at(name)).toEqual([expected]);
  });

  it('has one issue per hostile file and nothing else', () => {
    expect(issues).toHaveLength(12);
  });
});
