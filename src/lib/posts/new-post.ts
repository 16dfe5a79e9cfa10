/**
 * Plans a new post file: its name, and frontmatter that passes validation.
 * Shared by `npm run new-post` and the demonstration-post generator.
 */
import { slugify } from '../text/slug.ts';
import { RESERVED_POST_SLUGS } from './path.ts';
import type { PostFormat } from './schema.ts';

/** Longest slug taken from a title; longer titles are cut at a word boundary. */
export const MAX_POST_SLUG_LENGTH = 80;

/**
 * A URL slug from a post title, cut at a word boundary and kept clear of
 * reserved words and of the slugs already taken.
 * @example
 * postSlugFromTitle('Phường Trần Phú ra mắt chuyên mục Chuyển đổi số'); // 'phuong-tran-phu-ra-mat-chuyen-muc-chuyen-doi-so'
 * postSlugFromTitle('Tập huấn', new Set(['tap-huan'])); // 'tap-huan-2'
 */
export function postSlugFromTitle(title: string, taken: ReadonlySet<string> = new Set()): string {
  let slug = slugify(title);
  if (slug.length > MAX_POST_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_POST_SLUG_LENGTH + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_POST_SLUG_LENGTH);
  }
  if (RESERVED_POST_SLUGS.includes(slug)) slug = `${slug}-bai-viet`;
  let candidate = slug;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`;
  return candidate;
}

/** What an editor gives, or the demonstration generator decides. */
export interface NewPostInput {
  unit: string;
  title: string;
  date: string;
  summary?: string;
  author?: string;
  pillars?: number[];
  indicators?: string[];
  cover?: { src: string; alt: string };
  format?: PostFormat;
  draft?: boolean;
  demo?: boolean;
  /** The body; a short guide for the editor when omitted. */
  body?: string;
}

const GUIDE_BODY = `Viết nội dung bài ở đây, thay cho các dòng hướng dẫn này. Mỗi đoạn văn cách nhau một dòng trống.

## Tiêu đề một mục trong bài

- Ý thứ nhất
- Ý thứ hai

Liên kết viết như sau: [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn).

Muốn chèn ảnh, đặt tệp ảnh (.jpg, .png, .webp) vào cùng thư mục với bài viết này, rồi viết một dòng như
\`![Mô tả nội dung ảnh](./ten-tep-anh.jpg)\` (không có hai dấu huyền ở hai đầu).
`;

/**
 * Phrases of the template that no real post contains: left in a post, they
 * mean the editor has not replaced the guide (a warning of npm run check).
 */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
  'Viết nội dung bài ở đây, thay cho các dòng hướng dẫn này',
  'Tiêu đề một mục trong bài',
  '![Mô tả nội dung ảnh](./ten-tep-anh.jpg)',
];

/** The template's cover description, a placeholder too. */
export const TEMPLATE_COVER_ALT = 'Mô tả nội dung ảnh';

/** YAML double-quoted strings accept JSON string syntax. */
const quoted = (text: string) => JSON.stringify(text);

/**
 * The text of a new post: commented frontmatter, then the body.
 * @example
 * newPostText({ unit: 'phuong-tran-phu', title: 'Ra mắt chuyên mục', date: '2024-03-05' }).startsWith('---\n'); // true
 */
export function newPostText(input: NewPostInput): string {
  const lines = [
    '---',
    '# Tiêu đề bài viết',
    `title: ${quoted(input.title)}`,
    '# Ngày đăng, dạng năm-tháng-ngày; phải trùng với ngày ở đầu tên tệp',
    `date: ${input.date}`,
    '# Mã đơn vị đăng bài; phải trùng với tên thư mục chứa bài',
    `unit: ${input.unit}`,
    '# Tóm tắt 1–2 câu, hiện trong danh sách tin và trong RSS',
    `summary: ${quoted(input.summary ?? input.title)}`,
    '# Trụ cột liên quan (số từ 1 đến 8) và chỉ số liên quan (mã trong dấu nháy kép), ví dụ ["1.4", "4.1"]',
    `pillars: [${(input.pillars ?? []).join(', ')}]`,
    `indicators: [${(input.indicators ?? []).map(quoted).join(', ')}]`,
  ];
  if (input.cover) {
    lines.push('# Ảnh bìa: tệp ảnh đặt cạnh bài viết, kèm mô tả nội dung ảnh', 'cover:', `  src: ${input.cover.src}`, `  alt: ${quoted(input.cover.alt)}`);
  } else {
    lines.push('# Ảnh bìa (không bắt buộc): bỏ dấu # ở ba dòng dưới và sửa tên tệp, mô tả', '# cover:', '#   src: ./anh-bia.jpg', '#   alt: "Mô tả nội dung ảnh"');
  }
  lines.push(input.author ? `author: ${quoted(input.author)}` : '# author: "Họ và tên người viết"');
  lines.push('# draft: true là bản nháp, chưa đăng lên cổng', `draft: ${input.draft ? 'true' : 'false'}`);
  if (input.demo) lines.push('# Bài viết minh họa: luôn hiện thông báo "Bài viết minh họa" trên cổng', 'demo: true');
  lines.push('---', '');
  return `${lines.join('\n')}\n${(input.body ?? GUIDE_BODY).trimEnd()}\n`;
}

/**
 * The path of a new post inside the posts folder.
 * @example
 * newPostPath({ unit: 'phuong-tran-phu', date: '2024-03-05' }, 'ra-mat'); // 'phuong-tran-phu/2024-03-05-ra-mat.md'
 */
export function newPostPath(input: Pick<NewPostInput, 'unit' | 'date' | 'format'>, slug: string): string {
  return `${input.unit}/${input.date}-${slug}.${input.format ?? 'md'}`;
}
