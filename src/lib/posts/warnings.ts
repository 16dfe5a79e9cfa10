/**
 * Guard-rails for ward editors: things in a post that are allowed but almost
 * certainly not meant. They are WARNINGS (printed by npm run check, annotated
 * on the pull request), never errors: the post still builds.
 *
 * Read from the raw frontmatter, so they are found even while the same
 * content has errors elsewhere.
 */
import type { ContentIssue } from '../content/errors.ts';
import { pathToField } from '../content/errors.ts';
import { parseYaml } from '../content/yaml.ts';
import { normalizeForMatch } from '../text/fold.ts';
import { TEMPLATE_COVER_ALT, TEMPLATE_PLACEHOLDERS } from './new-post.ts';
import { splitPostFrontmatter } from './parse-body.ts';
import type { PostSource } from './validate.ts';

/** A problem that does not stop the build; the same shape as an error, so it is printed and annotated alike. */
export type ContentWarning = ContentIssue;

/** Cover descriptions that say nothing about the picture (compared folded, lower-case). */
const MEANINGLESS_ALTS = new Set(
  ['ảnh', 'anh', 'hình', 'hình ảnh', 'ảnh bìa', 'ảnh minh họa', 'ảnh minh hoạ', 'minh họa', 'image', 'photo', 'picture', 'cover', 'img', TEMPLATE_COVER_ALT].map(normalizeForMatch),
);
/** Shorter than this, a description cannot say what the picture shows. */
const MIN_ALT_LENGTH = 10;

/**
 * Why a cover description is not meaningful, or undefined when it is.
 * @example
 * altProblem('ảnh bìa', 'Ra mắt chuyên mục'); // 'chỉ ghi "ảnh bìa", không tả ảnh có gì'
 * altProblem('Cán bộ phường hướng dẫn người dân cài VNeID', 'Ra mắt'); // undefined
 */
export function altProblem(alt: string, title: string | undefined): string | undefined {
  const key = normalizeForMatch(alt);
  if (key === '') return 'để trống';
  if (MEANINGLESS_ALTS.has(key)) return `chỉ ghi "${alt.trim()}", không tả ảnh có gì`;
  if (/\.(jpe?g|png|webp|gif|avif)$/i.test(alt.trim()) || /^(img|dsc|image|photo)[-_ ]?\d+/i.test(alt.trim())) return `là tên tệp ảnh ("${alt.trim()}"), không phải lời mô tả`;
  if (title !== undefined && key === normalizeForMatch(title)) return 'chép lại tiêu đề bài, không tả ảnh có gì';
  if (key.length < MIN_ALT_LENGTH) return `quá ngắn ("${alt.trim()}") để tả ảnh có gì`;
  return undefined;
}

/** Text compared as words: folded, lower-case, without punctuation ("Ra mắt." is "ra mat"). */
const wordsKey = (value: string) => normalizeForMatch(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The warnings for every post: dated outside the plan year, the template's
 * guide text left in, a summary that repeats the title, a cover without a
 * meaningful description.
 * @example
 * findPostWarnings([{ file: 'content/posts/a/2025-01-02-b.md', path: 'a/2025-01-02-b.md', text: '---\ndate: 2025-01-02\n---\n' }], 2024);
 * // [{ file: …, line: 2, field: 'date', message: 'bài ngày 2025-01-02 nằm ngoài năm kế hoạch 2024: …', … }]
 */
export function findPostWarnings(sources: readonly PostSource[], planYear: number | undefined): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  for (const source of sources) {
    const split = splitPostFrontmatter(source.text);
    if (!split.ok) continue; // an error already says so
    const parsed = parseYaml(source.file, split.yaml);
    if (!parsed.ok) continue;
    const { value, locate } = parsed.parsed;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const data = value as Record<string, unknown>;
    const warn = (path: PropertyKey[], message: string, fix: string) => {
      const position = locate(path);
      warnings.push({ file: source.file, line: position?.line, column: position?.column, field: pathToField(path), message, fix });
    };
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : text(data.date);
    if (planYear !== undefined && date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !date.startsWith(`${planYear}-`) && data.draft !== true) {
      warn(['date'], `bài ngày ${date} nằm ngoài năm kế hoạch ${planYear}: bài vẫn được đăng, nhưng không được tính cho chỉ số 1.4`, `nếu bài viết về hoạt động năm ${planYear}, ghi ngày đăng trong năm ${planYear} ở cả trường date và đầu tên tệp, ví dụ date: ${planYear}-10-15`);
    }
    const title = text(data.title);
    const summary = text(data.summary);
    if (title !== undefined && summary !== undefined && wordsKey(title) !== '' && wordsKey(title) === wordsKey(summary)) {
      warn(['summary'], 'phần tóm tắt chép lại tiêu đề; người đọc danh sách tin và RSS không biết thêm gì', 'viết 1–2 câu nói bài có gì mới, ví dụ summary: "Từ tháng 3, người dân theo dõi tin chuyển đổi số của phường tại chuyên mục mới."');
    }
    const lines = split.body.split('\n');
    const placeholderLine = lines.findIndex((line) => TEMPLATE_PLACEHOLDERS.some((placeholder) => line.includes(placeholder)));
    if (placeholderLine !== -1) {
      warnings.push({
        file: source.file,
        line: placeholderLine + 1,
        column: 1,
        message: 'bài còn các dòng hướng dẫn của tệp mẫu (npm run new-post); chúng sẽ hiện nguyên văn trên cổng',
        fix: 'xóa các dòng hướng dẫn ("Viết nội dung bài ở đây…", "## Tiêu đề một mục trong bài"…) và viết nội dung thật của bài',
      });
    }
    const cover = data.cover;
    if (cover !== null && typeof cover === 'object' && !Array.isArray(cover)) {
      const alt = text((cover as Record<string, unknown>).alt);
      const problem = alt === undefined ? undefined : altProblem(alt, title);
      if (problem) {
        warn(['cover', 'alt'], `mô tả ảnh bìa ${problem}; người khiếm thị và người đọc khi ảnh không tải được sẽ không biết ảnh có gì`, 'tả ảnh trong một câu, ví dụ alt: "Cán bộ phường hướng dẫn người dân dùng dịch vụ công trực tuyến"');
      }
    }
  }
  return warnings;
}
