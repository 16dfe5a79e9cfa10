import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { ContentValidationError, type ContentIssue } from '../content/errors.ts';
import { loadPortalContent, type ContentSources, type PortalContent } from './load.ts';
import { checkPostImages, postSourcesFromWalk } from '../posts/read-fs.ts';
import type { FileRole } from '../content/layout.ts';
import type { SourceText } from '../content/parse-file.ts';
import { decodePublicPath } from '../content/public-path.ts';
import { describeFsError, displayPath, readContentFile, walkContentDir, type ContentFile } from '../content/walk-fs.ts';

/** Larger content files are refused: they are almost certainly a mistake. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function oversizedFileIssue(file: string, size: number): ContentIssue {
  return { file, message: `tệp quá lớn (${Math.round(size / 1024)} KB, tối đa ${MAX_CONTENT_FILE_BYTES / 1024} KB)`, fix: 'chia nội dung thành nhiều tệp nhỏ hơn; ảnh đặt trong public/, không nhúng vào văn bản' };
}

/**
 * Decodes a content file as UTF-8, refusing other encodings with a message
 * that says how to fix them.
 */
export function decodeContentFile(file: string, bytes: Uint8Array): { text?: string; issue?: ContentIssue } {
  const fix = 'mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (trên GitHub chỉ cần sửa trực tiếp trên web)';
  if (bytes.length > MAX_CONTENT_FILE_BYTES) return { issue: oversizedFileIssue(file, bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { file, message: 'tệp được lưu bằng bảng mã UTF-16, không phải UTF-8', fix } };
  }
  try {
    const text = utf8.decode(bytes).replace(/^\uFEFF/, '');
    if (text.includes('\u0000')) return { issue: { file, message: 'tệp chứa ký tự rỗng (NUL); có thể là tệp nhị phân hoặc sai bảng mã', fix } };
    return { text: text.normalize('NFC') };
  } catch {
    return { issue: { file, message: 'tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3); chữ tiếng Việt sẽ bị lỗi', fix } };
  }
}

/**
 * Today's date in Vietnam (UTC+7), where editors date their posts: a post
 * written at 6 a.m. on 20/05 is not "in the future" while UTC is still on 19/05.
 * @example todayInVietnam(new Date('2024-05-19T23:30:00Z')); // '2024-05-20'
 */
export function todayInVietnam(now = new Date()): string {
  return VIETNAM_DAY.format(now);
}

/** Made once: every page asks for the portal model, whose memo is keyed by the day (a new formatter each time cost ~1 s a ~10× build). */
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day a build takes as today: PORTAL_TODAY (YYYY-MM-DD) when set, so a test or a rebuild of old content can fix it. */
function buildDay(): string {
  const fixed = process.env.PORTAL_TODAY;
  if (!fixed) return todayInVietnam();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new TypeError(`PORTAL_TODAY cần dạng YYYY-MM-DD, ví dụ 2024-10-15; nhận được "${fixed}".`);
  return fixed;
}

/**
 * Validations already done in this process. One `astro build` asks for the
 * validated content five times (the content-validation integration, the
 * collection loaders, the posts loader, the social-image tags of every page,
 * the social-image step), from different module graphs, so the memo lives on
 * globalThis; at ~100× content each validation took 8–14 s (BENCHMARKS.md).
 * Keyed by everything read from content/ and the day; only successes are kept,
 * one per folder, and each caller gets its own copy to change as it likes.
 * (Evidence files under public/ are not in the key: one deleted while a dev
 * server runs is noticed at the next content change or build.)
 */
const MEMO = Symbol.for('dti-portal.validated-content');
type ValidatedMemo = Map<string, { key: string; content: PortalContent }>;
const validatedMemo = ((globalThis as Record<symbol, unknown>)[MEMO] ??= new Map()) as ValidatedMemo;

/** A digest of every source text and asset name, with what else validation depends on. */
function sourcesKey(sources: ContentSources, context: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (text: string) => hash.update(text).update('\u0000');
  context.forEach(add);
  const texts = [sources.site, sources.pillars, sources.units, ...sources.indicators, ...sources.plans, ...(sources.progress ?? []), ...(sources.documents ?? []), ...(sources.links ? [sources.links] : []), ...(sources.posts?.files ?? [])];
  for (const source of texts) {
    add(source.file);
    add(source.text);
  }
  add(sources.posts?.dir ?? '');
  (sources.posts?.assets ?? []).forEach(add);
  return hash.digest('hex');
}

/**
 * Reads and validates every content file under `contentDir`. `today` (by
 * default the build day, see buildDay) is the latest date a published post may carry.
 * @example
 * const content = loadPortalContentFromDir('content', process.cwd());
 */
export function loadPortalContentFromDir(contentDir: string, root = process.cwd(), { today = buildDay() }: { today?: string } = {}): PortalContent {
  // Layout first (walk-fs.ts): a link, a dot-file or a stray file is refused before anything is read.
  const walk = walkContentDir(contentDir, root);
  const issues: ContentIssue[] = [...walk.issues];
  const read = (found: ContentFile): SourceText => {
    if (found.size > MAX_CONTENT_FILE_BYTES) {
      // Refused by size before reading: a huge file is never loaded into memory.
      issues.push(oversizedFileIssue(found.file, found.size));
      return { file: found.file, text: '' };
    }
    let bytes: Uint8Array;
    try {
      bytes = readContentFile(found.absolute, MAX_CONTENT_FILE_BYTES + 1);
    } catch (error) {
      issues.push({ file: found.file, message: `tệp ${describeFsError(error)}`, fix: 'đặt lại tệp thật theo mẫu trong README.md' });
      return { file: found.file, text: '' };
    }
    const { text, issue } = decodeContentFile(found.file, bytes);
    if (issue) issues.push(issue);
    return { file: found.file, text: text ?? '' };
  };
  const withRole = (role: FileRole) => walk.files.filter((found) => found.role === role);
  const required = (role: FileRole, name: string): SourceText => {
    const found = withRole(role)[0];
    if (found) return read(found);
    const file = displayPath(root, join(contentDir, name));
    // A link or a folder in its place was refused by the walk already: one message is enough.
    if (!walk.issues.some((issue) => issue.file === file || issue.file === `${file}/`)) {
      issues.push({ file, message: 'không tìm thấy tệp bắt buộc này', fix: 'tạo lại tệp theo mẫu trong README.md' });
    }
    return { file, text: '' };
  };
  const links = withRole('links')[0];
  const sources: ContentSources = {
    site: required('site', 'site.yaml'),
    pillars: required('pillars', 'pillars.yaml'),
    units: required('units', 'units.yaml'),
    indicators: withRole('indicator').map(read),
    plans: withRole('plan').map(read),
    progress: withRole('progress').map(read),
    documents: withRole('document').map(read),
    // links.yaml is optional: a portal may list no related agencies.
    ...(links ? { links: read(links) } : {}),
    // content/posts/ is optional: a portal may start without news posts.
    posts: postSourcesFromWalk(walk.files, displayPath(root, join(contentDir, 'posts')), read),
  };
  issues.push(...checkPostImages(walk.files));
  if (sources.indicators.length === 0) {
    issues.push({ file: `${displayPath(root, join(contentDir, 'indicators'))}/`, message: 'không có tệp chỉ số nào', fix: 'thêm ít nhất một tệp .yaml chứa danh sách chỉ số' });
  }
  if (issues.length > 0) throw new ContentValidationError(issues);
  // resolve(): the integration passes Astro's root with a trailing slash, the loaders process.cwd() without one.
  const folder = resolve(contentDir);
  const key = sourcesKey(sources, [resolve(root), folder, today]);
  const remembered = validatedMemo.get(folder);
  if (remembered?.key === key) return structuredClone(remembered.content);
  const publicDir = resolve(root, 'public');
  const content = loadPortalContent(sources, {
    today,
    publicFileExists: (path) => {
      // validate.ts refuses a malformed path with its field first; this only answers for well-formed ones.
      const decoded = decodePublicPath(path);
      if (!decoded.ok) return false;
      const target = join(publicDir, ...decoded.segments);
      try {
        return target.startsWith(`${publicDir}${sep}`) && statSync(target).isFile();
      } catch {
        return false;
      }
    },
  });
  validatedMemo.set(folder, { key, content: structuredClone(content) });
  return content;
}
