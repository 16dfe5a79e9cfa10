/**
 * Walks the content folder the way validation and the build both see it: with
 * lstat, never following a link, so no content can point outside content/.
 * Every entry is judged by checkContentEntry (layout.ts); a refused folder is
 * not entered, so its file names are never listed.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentIssue } from './errors.ts';
import { checkContentEntry, type EntryKind, type FileRole } from './layout.ts';

/** A regular file the portal knows, found under content/. */
export interface ContentFile {
  /** Relative to the content folder, with "/", e.g. posts/phuong-tran-phu/anh-bia.jpg. */
  path: string;
  /** For messages: relative to the project root, e.g. content/posts/phuong-tran-phu/anh-bia.jpg. */
  file: string;
  absolute: string;
  role: FileRole;
  size: number;
  /** When the file last changed (ms), so a reader can tell a rewritten file from one already read. */
  modified: number;
}

/** What the walk found: the known files, and a problem for everything else. */
export interface ContentWalk {
  files: ContentFile[];
  issues: ContentIssue[];
}

/** Paths as editors see them: relative to the project root, with "/". */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function kindOf(stats: Stats): EntryKind {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isDirectory()) return 'directory';
  return stats.isFile() ? 'file' : 'other';
}

/** A system error as a short Vietnamese reason; never the stack, never a path outside content/. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'không có quyền đọc',
    EPERM: 'không có quyền đọc',
    ENOENT: 'không tồn tại (có thể đã bị xóa trong lúc kiểm tra)',
    ELOOP: 'là liên kết tượng trưng (symlink)',
    ENOTDIR: 'không phải thư mục',
    EISDIR: 'là thư mục, không phải tệp',
    EMFILE: 'hệ thống đang mở quá nhiều tệp',
  };
  return (code && reasons[code]) ?? `không đọc được${code ? ` (${code})` : ''}`;
}

/**
 * Lists everything under `contentDir`. The folder itself may be reached
 * through a link (an operator's choice, e.g. PORTAL_CONTENT_DIR); nothing inside it may.
 * @example
 * const { files, issues } = walkContentDir('/repo/content', '/repo');
 * files.find((found) => found.role === 'site')?.file; // 'content/site.yaml'
 */
export function walkContentDir(contentDir: string, root: string): ContentWalk {
  const files: ContentFile[] = [];
  const issues: ContentIssue[] = [];
  try {
    if (!statSync(contentDir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    issues.push({ file: `${displayPath(root, contentDir)}/`, message: `thư mục nội dung ${describeFsError(error)}`, fix: 'kiểm tra PORTAL_CONTENT_DIR, hoặc tạo thư mục content/ theo README.md' });
    return { files, issues };
  }
  const visit = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      issues.push({ file: `${displayPath(root, dir)}/`, message: `thư mục ${describeFsError(error)}`, fix: 'kiểm tra quyền đọc của thư mục, hoặc xóa nó' });
      return;
    }
    for (const name of names) {
      const absolute = join(dir, name);
      const path = prefix ? `${prefix}/${name}` : name;
      const file = displayPath(root, absolute);
      let stats: Stats;
      try {
        stats = lstatSync(absolute);
      } catch (error) {
        issues.push({ file, message: `"${name}" ${describeFsError(error)}`, fix: 'xóa mục này, hoặc đặt lại một tệp thật' });
        continue;
      }
      const kind = kindOf(stats);
      const verdict = checkContentEntry(path, kind);
      if ('problem' in verdict) issues.push({ file: kind === 'directory' ? `${file}/` : file, ...verdict.problem });
      else if ('descend' in verdict) visit(absolute, path);
      else files.push({ path, file, absolute, role: verdict.role, size: stats.size, modified: stats.mtimeMs });
    }
  };
  visit(contentDir, '');
  return { files, issues };
}

/**
 * Reads a file the walk found, at most `limit` bytes, refusing a link even if
 * one replaced the file since the walk (O_NOFOLLOW) and never blocking on a pipe.
 * @throws {NodeJS.ErrnoException} When the file cannot be read; describeFsError explains it.
 */
export function readContentFile(absolute: string, limit = Number.POSITIVE_INFINITY): Buffer {
  const descriptor = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    const size = Math.min(stats.size, limit);
    const bytes = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(descriptor, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    closeSync(descriptor);
  }
}
