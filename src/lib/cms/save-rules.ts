/**
 * What the browser editor checks just before it saves (Decap's `preSave` event;
 * src/lib/cms/browser-rules.ts registers it, docs/adr/0014-browser-editor.md).
 * The widgets bound each field; these are the rules no widget can hold: a value
 * left empty, fields that are only valid together, and rules between entries of
 * one file. They re-run the validator's own schemas and the same cross-field
 * rules as `npm run check` (src/lib/progress/validate.ts, src/lib/posts/validate.ts),
 * so the editor refuses to save what the check would refuse.
 * Pure, and bundled into the editor's page: no Node, no file system.
 */
import { pathToField } from '../content/errors.ts';
import { decodePublicPath } from '../content/public-path.ts';
import { checkImageBytes } from '../posts/image-check.ts';
import { progressFileSchema } from '../content/schemas/progress.ts';
import { zodIssueToVietnamese } from '../content/zod-issues.ts';
import { formatDateVi } from '../format/date.ts';
import { slugTakenMessage, unitValidityProblem } from '../posts/cross-rules.ts';
import { parsePostPath } from '../posts/path.ts';
import { postFrontmatterSchema } from '../posts/schema.ts';
import type { RulesUnit } from './rules-data.ts';

/** A key path into an entry's data. */
export type DataPath = (string | number)[];

/** What is being saved. */
export interface SaveContext {
  /** `post` for a posts collection, `progress` for a progress file. */
  kind: 'post' | 'progress';
  /** The entry's file, relative to the repository; for a new post, not yet known. */
  path?: string | undefined;
  /** Whether the entry is being created. */
  newRecord: boolean;
  /** Today in Vietnam, YYYY-MM-DD: nothing published may be dated later. */
  today: string;
  /** For a post: the unit of its collection, with the days it existed (content/units.yaml, at build time). */
  unit?: RulesUnit | undefined;
  /** For a new post: its slug, as Decap will name its file (the title, by config.yml `slug`). */
  slug?: string | undefined;
  /** Every post's slug with its file, at build time (src/lib/cms/rules-data.ts). */
  postSlugs?: Readonly<Record<string, string>> | undefined;
  /** The files uploaded with this entry (Decap's draft media files), with their bytes. */
  uploads?: readonly UploadedFile[] | undefined;
  /** Every file under public/ at build time, as a decoded site path (src/lib/cms/rules-data.ts). */
  publicFiles?: readonly string[] | undefined;
}

/** A file uploaded with the entry: its repository path as Decap will write it, and its bytes. */
export interface UploadedFile {
  path: string;
  bytes: Uint8Array;
  size: number;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmptyValue = (value: unknown) => value === '' || value === null || value === undefined;

/**
 * The fields Decap would write empty: a cleared text, number or date is written `''`, a cover or a
 * frequency left blank `{}`. The check refuses `author: ''` or `date: ''`; absent, they are fine.
 * Objects are named once (not their parts); list items are never removed.
 * @example emptyValuePaths({ title: 'A', author: '', cover: { src: '', alt: '' } }); // [['author'], ['cover']]
 */
export function emptyValuePaths(data: unknown, at: DataPath = []): DataPath[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => emptyValuePaths(item, [...at, index]));
  if (!isPlainObject(data)) return [];
  const paths: DataPath[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isEmptyValue(value) || (isPlainObject(value) && isEmptyObject(value))) paths.push([...at, key]);
    else paths.push(...emptyValuePaths(value, [...at, key]));
  }
  return paths;
}

function isEmptyObject(value: Record<string, unknown>): boolean {
  return Object.values(value).every((inner) => isEmptyValue(inner) || (isPlainObject(inner) && isEmptyObject(inner)));
}

/** The data without its empty fields, as it will be written. */
export function withoutEmptyValues<T>(data: T): T {
  if (Array.isArray(data)) return data.map((item) => withoutEmptyValues(item)) as T;
  if (!isPlainObject(data)) return data;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (isEmptyValue(value) || (isPlainObject(value) && isEmptyObject(value))) continue;
    kept[key] = withoutEmptyValues(value);
  }
  return kept as T;
}

/** The validator's schema messages, with the field they are about. */
function schemaProblems(schema: typeof progressFileSchema | typeof postFrontmatterSchema, data: unknown): string[] {
  const checked = schema.safeParse(data, { reportInput: true });
  if (checked.success) return [];
  return checked.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? pathToField(issue.path as PropertyKey[]) : '';
    return `${field ? `${field}: ` : ''}${zodIssueToVietnamese(issue, schema)}.`;
  });
}

/** A progress file's rules between fields and reports (src/lib/progress/validate.ts). */
function progressProblems(data: unknown, context: SaveContext): string[] {
  const today = context.today;
  const schema = schemaProblems(progressFileSchema, data);
  if (schema.length > 0) return schema;
  const file = progressFileSchema.parse(data);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  file.reports.forEach((report, index) => {
    const where = `Báo cáo chỉ số ${report.indicator}`;
    const first = seen.get(report.indicator);
    if (first !== undefined) problems.push(`${where} có hai lần (mục thứ ${first + 1} và ${index + 1}): mỗi chỉ số chỉ một báo cáo; chuyển số liệu cũ vào Lịch sử.`);
    else seen.set(report.indicator, index);
    const dates = [
      { label: 'ngày cập nhật', date: report.updated },
      ...report.history.map((item, at) => ({ label: `ngày của mốc lịch sử thứ ${at + 1}`, date: item.date })),
      ...report.evidence.map((item) => ({ label: `ngày văn bản của minh chứng “${item.title}”`, date: item.date })),
    ];
    for (const { label, date } of dates) {
      if (date && date > today) problems.push(`${where}: ${label} ${formatDateVi(date)} chưa tới (hôm nay là ${formatDateVi(today)}).`);
    }
    report.history.forEach((item, at) => {
      const previous = report.history[at - 1];
      if (previous && item.date < previous.date) problems.push(`${where}: lịch sử cần xếp từ cũ đến mới; mốc thứ ${at + 1} (${formatDateVi(item.date)}) sớm hơn mốc trước nó (${formatDateVi(previous.date)}).`);
      else if (item.date > report.updated) problems.push(`${where}: mốc lịch sử ${formatDateVi(item.date)} muộn hơn ngày cập nhật ${formatDateVi(report.updated)}; số liệu mới nhất ghi ở trạng thái, giá trị và ngày cập nhật của báo cáo.`);
    });
    for (const item of report.evidence) {
      const problem = item.file === undefined ? undefined : evidenceFileProblem(item.file, context);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  });
  return problems;
}

/**
 * An evidence file must be a file under public/ (src/lib/progress/validate.ts, same words): one the deploy has,
 * or one uploaded with this entry (Decap writes it to public/<media folder>). Without the deploy's list, not judged.
 */
function evidenceFileProblem(file: string, context: SaveContext): string | undefined {
  const decoded = decodePublicPath(file);
  if (!decoded.ok) return `${decoded.message}; ${decoded.fix}.`;
  if (!context.publicFiles) return undefined;
  const sitePath = `/${decoded.segments.join('/')}`;
  const uploaded = (context.uploads ?? []).some((upload) => upload.path.replace(/^\/?public\//, '/') === sitePath);
  if (uploaded || context.publicFiles.includes(sitePath)) return undefined;
  return `không tìm thấy tệp minh chứng public${file}; đặt tệp vào public${file}, hoặc sửa đường dẫn.`;
}

/**
 * An image uploaded with this post is judged by its bytes, as `npm run check` judges every image beside a post
 * (src/lib/posts/read-fs.ts, image-check.ts): really the JPEG, PNG or WebP its name claims, within the size and
 * pixel limits. Every upload, not only the cover's: Decap writes each draft media file of the entry, even one
 * replaced since. An image already in the repository was judged when it was merged.
 */
function uploadedImageProblems(uploads: readonly UploadedFile[]): string[] {
  return uploads.flatMap((upload) => {
    const problem = checkImageBytes(fileName(upload.path), upload.bytes, upload.size);
    return problem ? [`Ảnh tải lên: ${problem.message}; ${problem.fix}.`] : [];
  });
}

/** A post's rules between fields and its file name (src/lib/posts/validate.ts). */
function postProblems(data: unknown, context: SaveContext): string[] {
  const frontmatter = isPlainObject(data) ? Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'body')) : data;
  const schema = schemaProblems(postFrontmatterSchema, frontmatter);
  if (schema.length > 0) return schema;
  const post = postFrontmatterSchema.parse(frontmatter);
  const problems: string[] = [];
  problems.push(...uploadedImageProblems(context.uploads ?? []));
  if (!post.draft && post.date > context.today) {
    problems.push(`Ngày đăng ${formatDateVi(post.date)} chưa tới (hôm nay là ${formatDateVi(context.today)}): bài đã đăng không mang ngày ở tương lai; bài chưa muốn đăng thì chọn “Bản nháp”.`);
  }
  const outside = context.unit && unitValidityProblem(context.unit, post.date);
  if (outside) problems.push(`Ngày đăng: ${outside.message}; ${outside.fix}.`);
  // Decap keeps file names unique within a folder only; the portal's addresses are /chuyen-doi-so/<slug>/ for every unit.
  const taken = context.newRecord && context.slug !== undefined && Object.hasOwn(context.postSlugs ?? {}, context.slug) ? context.postSlugs![context.slug] : undefined;
  if (taken) problems.push(`Tiêu đề: ${slugTakenMessage(context.slug!, taken)}; đổi tiêu đề cho khác (tên tệp lấy từ tiêu đề).`);
  // The file keeps the date it was created with (Decap does not rename an entry): a changed date would no longer match it.
  const inPosts = context.path?.replace(/^(?:.*\/)?content\/posts\//, '');
  const parsed = !context.newRecord && inPosts ? parsePostPath(inPosts) : undefined;
  if (parsed?.ok && parsed.value.date !== post.date) {
    problems.push(
      `Ngày đăng đã đổi từ ${formatDateVi(parsed.value.date)} thành ${formatDateVi(post.date)}, nhưng tên tệp vẫn mang ngày ${parsed.value.date} và trình soạn thảo không đổi được tên tệp. ` +
        `Giữ ngày ${formatDateVi(parsed.value.date)}; nếu ngày đăng thật là ${formatDateVi(post.date)}, tạo bài mới với ngày đó rồi xóa bài này.`,
    );
  }
  return problems;
}

/**
 * Every reason not to save `data` (already without its empty values); [] when `npm run check` would accept it
 * as far as the entry alone can tell.
 * @example checkBeforeSave({ unit: 'phuong-tran-phu', reports: [] }, { kind: 'progress', newRecord: false, today: '2024-10-15' }); // []
 */
export function checkBeforeSave(data: unknown, context: SaveContext): string[] {
  return context.kind === 'progress' ? progressProblems(data, context) : postProblems(data, context);
}
