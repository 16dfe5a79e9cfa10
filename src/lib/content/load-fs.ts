import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ContentValidationError, type ContentIssue } from './errors.ts';
import { loadPortalContent, type ContentSources, type PortalContent } from './load.ts';
import { readPostSources } from '../posts/read-fs.ts';
import type { SourceText } from './parse-file.ts';

/** Larger content files are refused: they are almost certainly a mistake. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a content file as UTF-8, refusing other encodings with a message
 * that says how to fix them.
 */
export function decodeContentFile(file: string, bytes: Uint8Array): { text?: string; issue?: ContentIssue } {
  const fix = 'mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (trên GitHub chỉ cần sửa trực tiếp trên web)';
  if (bytes.length > MAX_CONTENT_FILE_BYTES) {
    return { issue: { file, message: `tệp quá lớn (${Math.round(bytes.length / 1024)} KB, tối đa ${MAX_CONTENT_FILE_BYTES / 1024} KB)`, fix: 'chia nội dung thành nhiều tệp nhỏ hơn; ảnh đặt trong public/, không nhúng vào văn bản' } };
  }
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

function listFiles(dir: string, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Today's date in Vietnam (UTC+7), where editors date their posts: a post
 * written at 6 a.m. on 20/05 is not "in the future" while UTC is still on 19/05.
 * @example todayInVietnam(new Date('2024-05-19T23:30:00Z')); // '2024-05-20'
 */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

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
  const issues: ContentIssue[] = [];
  const read = (path: string): SourceText => {
    const file = relative(root, path).split(sep).join('/');
    let bytes: Uint8Array;
    try {
      if (!statSync(path).isFile()) throw new Error('not a file');
      bytes = readFileSync(path);
    } catch {
      issues.push({ file, message: 'không tìm thấy tệp bắt buộc này', fix: 'tạo lại tệp theo mẫu trong README.md' });
      return { file, text: '' };
    }
    const { text, issue } = decodeContentFile(file, bytes);
    if (issue) issues.push(issue);
    return { file, text: text ?? '' };
  };
  const sources: ContentSources = {
    site: read(join(contentDir, 'site.yaml')),
    pillars: read(join(contentDir, 'pillars.yaml')),
    units: read(join(contentDir, 'units.yaml')),
    indicators: listFiles(join(contentDir, 'indicators'), ['.yaml', '.yml']).map(read),
    plans: listFiles(join(contentDir, 'plan'), ['.md', '.mdx']).map(read),
    progress: listFiles(join(contentDir, 'progress'), ['.yaml', '.yml']).map(read),
    documents: listFiles(join(contentDir, 'documents'), ['.yaml', '.yml']).map(read),
    // links.yaml is optional: a portal may list no related agencies.
    ...(existsSync(join(contentDir, 'links.yaml')) ? { links: read(join(contentDir, 'links.yaml')) } : {}),
    // content/posts/ is optional: a portal may start without news posts.
    posts: readPostSources(join(contentDir, 'posts'), root, read),
  };
  if (sources.indicators.length === 0) {
    issues.push({ file: `${relative(root, join(contentDir, 'indicators')).split(sep).join('/')}/`, message: 'không có tệp chỉ số nào', fix: 'thêm ít nhất một tệp .yaml chứa danh sách chỉ số' });
  }
  if (issues.length > 0) throw new ContentValidationError(issues);
  // resolve(): the integration passes Astro's root with a trailing slash, the loaders process.cwd() without one.
  const folder = resolve(contentDir);
  const key = sourcesKey(sources, [resolve(root), folder, today]);
  const remembered = validatedMemo.get(folder);
  if (remembered?.key === key) return structuredClone(remembered.content);
  const publicDir = join(root, 'public');
  const content = loadPortalContent(sources, {
    today,
    publicFileExists: (path) => {
      const target = join(publicDir, decodeURI(path));
      return target.startsWith(publicDir) && existsSync(target) && statSync(target).isFile();
    },
  });
  validatedMemo.set(folder, { key, content: structuredClone(content) });
  return content;
}
