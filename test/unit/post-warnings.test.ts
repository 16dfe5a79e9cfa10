import { describe, expect, it } from 'vitest';
import { altProblem, findPostWarnings } from '../../src/lib/posts/warnings.ts';

const post = (frontmatter: string, body = 'Nội dung thật của bài.') => ({
  file: 'content/posts/phuong-tran-phu/2024-03-05-ra-mat.md',
  path: 'phuong-tran-phu/2024-03-05-ra-mat.md',
  text: `---\n${frontmatter}\n---\n\n${body}\n`,
});

describe('altProblem: is a cover description meaningful?', () => {
  it.each([
    ['', 'để trống'],
    ['ảnh', 'chỉ ghi "ảnh", không tả ảnh có gì'],
    ['Ảnh minh họa', 'chỉ ghi "Ảnh minh họa", không tả ảnh có gì'],
    ['anh bia', 'chỉ ghi "anh bia", không tả ảnh có gì'],
    ['DSC_0042.JPG', 'là tên tệp ảnh ("DSC_0042.JPG"), không phải lời mô tả'],
    ['IMG 2041', 'là tên tệp ảnh ("IMG 2041"), không phải lời mô tả'],
    ['Ra mắt chuyên mục', 'chép lại tiêu đề bài, không tả ảnh có gì'],
    ['Hội nghị', 'quá ngắn ("Hội nghị") để tả ảnh có gì'],
    ['Cán bộ phường hướng dẫn người dân cài VNeID', undefined],
  ])('%j → %j', (alt, problem) => {
    expect(altProblem(alt, 'Ra mắt chuyên mục')).toBe(problem);
  });
});

describe('findPostWarnings', () => {
  it('warns on a post dated outside the plan year, but not on a draft or a post in the year', () => {
    const [warning, ...rest] = findPostWarnings([post('title: A\ndate: 2025-01-02\nsummary: B')], 2024);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ line: 3, column: 7, field: 'date', message: 'bài ngày 2025-01-02 nằm ngoài năm kế hoạch 2024: bài vẫn được đăng, nhưng không được tính cho chỉ số 1.4' });
    expect(findPostWarnings([post('title: A\ndate: 2025-01-02\nsummary: B\ndraft: true')], 2024)).toEqual([]);
    expect(findPostWarnings([post('title: A\ndate: 2024-12-31\nsummary: B')], 2024)).toEqual([]);
  });

  it('warns on a summary that only repeats the title (case, marks and punctuation aside)', () => {
    expect(findPostWarnings([post('title: "Ra mắt chuyên mục"\nsummary: "ra mắt chuyên mục."')], 2024)).toMatchObject([{ line: 3, field: 'summary' }]);
    expect(findPostWarnings([post('title: "Ra mắt chuyên mục"\nsummary: "Ra mắt chuyên mục chuyển đổi số của phường."')], 2024)).toEqual([]);
  });

  it('warns on the new-post template text left in the body, at its line', () => {
    const body = 'Mở đầu.\n\nViết nội dung bài ở đây, thay cho các dòng hướng dẫn này. Mỗi đoạn văn cách nhau một dòng trống.';
    expect(findPostWarnings([post('title: A\nsummary: B', body)], 2024)).toMatchObject([{ line: 8, column: 1, message: expect.stringContaining('dòng hướng dẫn của tệp mẫu') }]);
  });

  it('warns on a cover without a meaningful description, at cover.alt', () => {
    expect(findPostWarnings([post('title: A\nsummary: B\ncover:\n  src: ./a.jpg\n  alt: ảnh')], 2024)).toMatchObject([{ line: 6, column: 8, field: 'cover.alt' }]);
  });

  it('says nothing about a post whose frontmatter is broken (the errors do)', () => {
    expect(findPostWarnings([{ ...post(''), text: 'không có phần đầu' }, post('title: [')], 2024)).toEqual([]);
  });
});
