/**
 * Validates every post: where it lives, its frontmatter, its references to
 * units, pillars and indicators, its images, and the safety of its body.
 */
import { pathToField, type ContentIssue } from '../content/errors.ts';
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { parseYaml } from '../content/yaml.ts';
import { offeredFields, zodIssueFix, zodIssueToVietnamese } from '../content/zod-issues.ts';
import type { SourceText } from '../content/parse-file.ts';
import { formatDateVi } from '../format/date.ts';
import { checkImageUrl, checkPostBody } from './body-check.ts';
import { slugTakenMessage, unitValidityProblem } from './cross-rules.ts';
import { findBodyLimitProblem } from './body-limits.ts';
import { splitPostFrontmatter } from './parse-body.ts';
import { POST_IMAGE_EXTENSIONS } from './urls.ts';
import { parsePostPath } from './path.ts';
import { postFrontmatterSchema, type Post } from './schema.ts';

/** A post file: its text, and its path inside the posts folder. */
export interface PostSource extends SourceText {
  /** Relative to the posts folder, e.g. phuong-tran-phu/2024-03-05-ra-mat.md. */
  path: string;
}

/** Everything under the posts folder. */
export interface PostSources {
  /** The posts folder relative to the project root, e.g. content/posts. */
  dir: string;
  files: PostSource[];
  /** Every other file (images), relative to the posts folder. */
  assets: string[];
}

/** The validated content posts refer to. */
export interface PostReferences {
  units: readonly Unit[];
  pillars: readonly Pillar[];
  indicators: readonly Indicator[];
  /** For messages, e.g. content/units.yaml. */
  unitsFile: string;
  /** Today's date (YYYY-MM-DD): a published post may not be dated later. Unset: not checked. */
  today?: string | undefined;
}

/** A correct example for each field, added to schema messages. */
const FIELD_FIXES: Record<string, string> = {
  title: 'ví dụ title: "Phường Trần Phú ra mắt chuyên mục Chuyển đổi số"',
  date: 'ví dụ date: 2024-03-05 (trùng với ngày ở đầu tên tệp)',
  unit: 'ghi mã đơn vị trùng với tên thư mục, ví dụ unit: phuong-tran-phu',
  summary: 'ví dụ summary: "Từ tháng 3, người dân theo dõi tin chuyển đổi số của phường tại chuyên mục mới."',
  pillars: 'ví dụ pillars: [1, 4]',
  indicators: 'ghi mã chỉ số trong dấu nháy kép, ví dụ indicators: ["1.4", "4.1"]',
  cover: 'ví dụ\n    cover:\n      src: ./anh-bia.jpg\n      alt: Cán bộ phường hướng dẫn người dân dùng dịch vụ công trực tuyến',
  author: 'ví dụ author: Nguyễn Văn A',
  draft: 'ghi draft: true (bản nháp, chưa đăng) hoặc draft: false',
  demo: 'chỉ bài viết minh họa mới ghi demo: true; bài thật thì xóa dòng này',
};

// Content is validated several times per build (the integration, then each collection loader); the body
// check is the costly part, so its result is kept per file text, indicator ids and images present.
const bodyCheckCache = new Map<string, ContentIssue[]>();
const BODY_CHECK_CACHE_LIMIT = 20_000;

function fixFor(field: string | undefined): string {
  const root = field?.split(/[.[]/)[0] ?? '';
  return FIELD_FIXES[root] ?? `các trường dùng được: ${offeredFields(Object.keys(FIELD_FIXES)).join(', ')}`;
}

/**
 * How to fix a frontmatter problem: the typo's intended field, a date fitted
 * to what was typed (15/10/2024 → 2024-10-15) and to the file name's date, or
 * the field's own example.
 */
function frontmatterFix(issue: Parameters<typeof zodIssueFix>[0], field: string | undefined, fileDate: string): string {
  if (issue.code === 'unrecognized_keys') return zodIssueFix(issue, postFrontmatterSchema) ?? fixFor(field);
  if (field !== 'date') return fixFor(field);
  const typed = issue.code === 'custom' ? (issue.params as { example?: unknown } | undefined)?.example : undefined;
  if (typeof typed === 'string' && typed !== fileDate) {
    return `ghi date: ${typed} (ngày bạn đã gõ, viết dạng năm-tháng-ngày), và đổi ngày ở đầu tên tệp (${fileDate}) cho trùng; hoặc ghi date: ${fileDate} nếu ngày trong tên tệp là đúng`;
  }
  return `ghi date: ${fileDate} (dạng năm-tháng-ngày, trùng với ngày ở đầu tên tệp)`;
}

/**
 * Validates all posts and pushes every problem into `issues`. Returns the posts
 * that passed, drafts included (callers decide what to publish).
 * @example
 * const issues: ContentIssue[] = [];
 * const posts = validatePosts(sources, { units, pillars, indicators, unitsFile: 'content/units.yaml' }, issues);
 */
export function validatePosts(sources: PostSources, references: PostReferences, issues: ContentIssue[]): Post[] {
  const unitById = new Map(references.units.map((unit) => [unit.id, unit]));
  const pillarIds = new Set(references.pillars.map((pillar) => pillar.id));
  const indicatorIds = new Set(references.indicators.map((indicator) => indicator.id));
  const indicatorKey = [...indicatorIds].join(' ');
  const assetsByFolder = new Map<string, string[]>();
  for (const asset of sources.assets) {
    const folder = asset.split('/')[0] ?? '';
    const list = assetsByFolder.get(folder) ?? [];
    list.push(asset);
    assetsByFolder.set(folder, list);
  }
  const assets = new Set(sources.assets);
  const exampleUnit = references.units.find((unit) => unit.kind === 'ward')?.id ?? references.units[0]?.id ?? 'phuong-tran-phu';
  const posts: Post[] = [];
  const firstBySlug = new Map<string, string>();

  for (const source of sources.files) {
    const problem = (issue: Omit<ContentIssue, 'file'>) => issues.push({ file: source.file, ...issue });
    const path = parsePostPath(source.path);
    if (!path.ok) {
      problem(path.problem);
      continue;
    }
    const { unit: folder, date: fileDate, slug, format } = path.value;
    const folderLabel = `${sources.dir}/${folder}`;
    const split = splitPostFrontmatter(source.text);
    if (!split.ok) {
      problem({ line: split.line, message: split.message, fix: split.fix });
      continue;
    }
    const before = issues.length;
    const cacheKey = [source.file, indicatorKey, (assetsByFolder.get(folder) ?? []).join('\n'), split.body].join('\u0000');
    let bodyIssues = bodyCheckCache.get(cacheKey);
    if (!bodyIssues) {
      // Over the limits, the body is refused with its own message before any parser sees it.
      const limit = findBodyLimitProblem(split.body);
      bodyIssues = limit ? [{ file: source.file, ...limit }] : checkPostBody(split.body, {
        file: source.file,
        format,
        unitFolder: folder,
        folderLabel,
        assetExists: (asset) => assets.has(asset),
        indicatorExists: (id) => indicatorIds.has(id),
      });
      if (bodyCheckCache.size >= BODY_CHECK_CACHE_LIMIT) bodyCheckCache.clear();
      bodyCheckCache.set(cacheKey, bodyIssues);
    }
    issues.push(...bodyIssues);

    const parsed = parseYaml(source.file, split.yaml);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const { value, locate } = parsed.parsed;
    const checked = postFrontmatterSchema.safeParse(value ?? undefined, { reportInput: true });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const path = unknownKey ? [...issue.path, unknownKey] : (issue.path as PropertyKey[]);
        const field = issue.path.length > 0 ? pathToField(issue.path as PropertyKey[]) : undefined;
        const position = locate(path) ?? { line: 2, column: 1 };
        const known = field !== undefined || unknownKey !== undefined;
        problem({
          line: position.line,
          column: position.column,
          field,
          message: known ? zodIssueToVietnamese(issue, postFrontmatterSchema) : 'phần đầu cần các trường dạng "tên: giá trị", ví dụ title: …',
          fix: frontmatterFix(issue, field, fileDate),
        });
      }
      continue;
    }
    const data = checked.data;
    const at = (fieldPath: PropertyKey[], issue: Omit<ContentIssue, 'file' | 'line' | 'column' | 'field'>) => {
      const position = locate(fieldPath);
      problem({ line: position?.line, column: position?.column, field: pathToField(fieldPath), ...issue });
    };

    const unit = unitById.get(data.unit);
    if (data.unit !== folder) {
      at(['unit'], {
        message: `đơn vị "${data.unit}" khác thư mục chứa bài (${folderLabel}/)`,
        fix: `ghi unit: ${folder}, hoặc chuyển tệp sang thư mục ${sources.dir}/${data.unit}/`,
      });
    } else if (!unit) {
      at(['unit'], {
        message: `không có đơn vị "${data.unit}" trong ${references.unitsFile}`,
        fix: `đặt bài trong thư mục mang mã một đơn vị có trong ${references.unitsFile}, ví dụ ${sources.dir}/${exampleUnit}/`,
      });
    } else {
      const outside = unitValidityProblem(unit, data.date);
      if (outside) at(['date'], outside);
    }
    if (data.date !== fileDate) {
      at(['date'], {
        message: `ngày ${data.date} khác ngày ở đầu tên tệp (${fileDate})`,
        fix: `sửa cho trùng nhau: ghi date: ${fileDate}, hoặc đổi tên tệp thành ${data.date}-${slug}.${format}`,
      });
    }
    if (references.today && !data.draft && data.date > references.today) {
      at(['date'], {
        message: `ngày đăng ${formatDateVi(data.date)} chưa tới (hôm nay là ${formatDateVi(references.today)}); bài đã đăng không thể mang ngày ở tương lai`,
        fix: `ghi ngày đăng thật, không muộn hơn ${references.today}, ở cả trường date và đầu tên tệp; bài chưa muốn đăng thì ghi draft: true`,
      });
    }
    data.pillars.forEach((pillar, index) => {
      if (!pillarIds.has(pillar)) {
        at(['pillars', index], { message: `không có trụ cột ${pillar}`, fix: `dùng số thứ tự của trụ cột, từ 1 đến ${Math.max(0, ...pillarIds)}` });
      }
    });
    data.indicators.forEach((id, index) => {
      if (!indicatorIds.has(id)) {
        at(['indicators', index], { message: `không có chỉ số "${id}" trong Phụ lục`, fix: 'dùng mã có trong content/indicators/, ví dụ indicators: ["1.4"]' });
      }
    });
    if (data.cover) {
      const context = { unitFolder: folder, folderLabel, assetExists: (asset: string) => assets.has(asset) };
      for (const found of checkImageUrl(data.cover.src, context)) at(['cover', 'src'], found);
    }
    const first = firstBySlug.get(slug);
    if (first) {
      problem({
        message: slugTakenMessage(slug, first),
        fix: `đổi tên tệp, ví dụ ${fileDate}-${slug}-${folder}.${format}`,
      });
    } else {
      firstBySlug.set(slug, source.file);
    }
    if (issues.length === before) posts.push({ ...data, file: source.file, path: source.path, slug, format });
  }
  for (const asset of sources.assets) {
    if (asset === 'README.md' || POST_IMAGE_EXTENSIONS.some((extension) => asset.toLowerCase().endsWith(extension))) continue;
    issues.push({
      file: `${sources.dir}/${asset}`,
      message: `tệp "${asset.split('/').pop() ?? asset}" không phải bài viết (.md, .mdx) hay ảnh (${POST_IMAGE_EXTENSIONS.join(', ')}); cổng không đăng tệp này`,
      fix: 'xóa tệp khỏi thư mục bài viết; tài liệu (PDF, Word…) đăng ở nơi khác rồi dẫn liên kết https:// tới đó',
    });
  }
  return posts;
}
