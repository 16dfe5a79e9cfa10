/**
 * What may exist under content/, decided by path alone: content is data, never
 * code (ADR 6). Every file or folder the portal does not know is refused, so
 * nothing that Vite could compile or import can enter through a pull request.
 * Pure: the walker (walk-fs.ts) lstat()s each entry and asks here.
 */
/** The image formats a post may carry, each checked by its bytes (src/lib/posts/image-check.ts). */
export const POST_IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp'];

/** What an entry is, as lstat sees it: a symlink is never followed. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/** The part a known file plays in the portal. */
export type FileRole = 'site' | 'pillars' | 'units' | 'links' | 'readme' | 'indicator' | 'plan' | 'progress' | 'document' | 'post' | 'post-image';

/** Why an entry cannot stay, and how to fix it. */
export interface LayoutProblem {
  message: string;
  fix: string;
}

/** The verdict on one entry: a known file, a folder to walk into, or a problem. */
export type LayoutVerdict = { role: FileRole } | { descend: true } | { problem: LayoutProblem };

const TOP_FILES: Readonly<Record<string, FileRole>> = {
  'site.yaml': 'site',
  'pillars.yaml': 'pillars',
  'units.yaml': 'units',
  'links.yaml': 'links',
  'README.md': 'readme',
};

/** Folders of content/ that hold flat lists of files, with the file types each takes. */
const LIST_FOLDERS: Readonly<Record<string, { role: FileRole; extensions: readonly string[]; holds: string }>> = {
  indicators: { role: 'indicator', extensions: ['.yaml', '.yml'], holds: 'các tệp chỉ số .yaml hoặc .yml' },
  progress: { role: 'progress', extensions: ['.yaml', '.yml'], holds: 'các tệp báo cáo .yaml hoặc .yml, mỗi đơn vị một tệp' },
  documents: { role: 'document', extensions: ['.yaml', '.yml'], holds: 'các tệp văn bản .yaml hoặc .yml' },
  plan: { role: 'plan', extensions: ['.md', '.mdx'], holds: 'văn bản kế hoạch .md hoặc .mdx' },
};

const TOP_LIST = `${Object.keys(TOP_FILES).join(', ')} và các thư mục ${[...Object.keys(LIST_FOLDERS), 'posts'].map((name) => `${name}/`).join(', ')}`;

/** Characters a content name may not carry: they change what a path means to a URL, Vite or a shell. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[?#%\\\u0000-\u001f\u007f]/;

const hasExtension = (name: string, extensions: readonly string[]) => extensions.some((extension) => name.toLowerCase().endsWith(extension));
const isPostFile = (name: string) => /\.mdx?$/i.test(name);

function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `ký tự điều khiển U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `ký tự "${char}"`;
}

/**
 * Decides whether an entry may exist under content/ (`path` relative to the
 * content folder, with "/" separators), and what it is.
 * @example
 * checkContentEntry('posts/phuong-tran-phu/anh-bia.jpg', 'file'); // { role: 'post-image' }
 * checkContentEntry('posts/phuong-tran-phu/anh-bia.jpg', 'symlink'); // { problem: { message: '"anh-bia.jpg" là liên kết tượng trưng (symlink)…', … } }
 * checkContentEntry('progress/bao-cao.mdx', 'file'); // { problem: … chỉ chứa các tệp báo cáo .yaml … }
 */
export function checkContentEntry(path: string, kind: EntryKind): LayoutVerdict {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const shown = kind === 'directory' ? `${name}/` : name;
  const folder = parts.length > 1 ? `content/${parts.slice(0, -1).join('/')}/` : 'content/';
  if (kind === 'symlink') {
    return {
      problem: {
        message: `"${name}" là liên kết tượng trưng (symlink); cổng không đọc liên kết, chỉ đọc tệp thật nằm trong content/`,
        fix: 'xóa liên kết, đặt chính tệp (ảnh, bài viết, tệp .yaml) vào chỗ này; không dẫn tới tệp ở nơi khác',
      },
    };
  }
  if (kind === 'other') {
    return { problem: { message: `"${name}" không phải tệp thường hay thư mục`, fix: 'xóa mục này khỏi content/' } };
  }
  if (name.startsWith('.')) {
    return {
      problem: {
        message: `${kind === 'directory' ? 'thư mục' : 'tệp'} ẩn "${shown}" (tên bắt đầu bằng dấu chấm) không được đặt trong content/`,
        fix: 'xóa mục này; ghi chú cho người duyệt thì viết trong mô tả pull request',
      },
    };
  }
  const unsafe = UNSAFE_NAME.exec(name);
  if (unsafe) {
    return {
      problem: {
        message: `tên "${shown.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD')}" có ${describeChar(unsafe[0])}; tên trong content/ không được chứa ?, #, %, \\ hay ký tự điều khiển`,
        fix: 'đổi tên, chỉ dùng chữ thường không dấu, chữ số và dấu "-", ví dụ anh-bia.jpg',
      },
    };
  }
  const notHere = (holds: string, fix: string): LayoutVerdict => ({
    problem: { message: `${kind === 'directory' ? 'thư mục' : 'tệp'} "${shown}" không được đặt ở đây: ${folder} chỉ chứa ${holds}`, fix },
  });

  if (parts.length === 1) {
    if (kind === 'file') return Object.hasOwn(TOP_FILES, name) ? { role: TOP_FILES[name] as FileRole } : notHere(TOP_LIST, `xóa tệp này, hoặc chuyển vào đúng thư mục; cổng không đọc hay chạy tệp nào khác trong content/`);
    return Object.hasOwn(LIST_FOLDERS, name) || name === 'posts' ? { descend: true } : notHere(TOP_LIST, 'xóa thư mục này, hoặc chuyển các tệp vào đúng thư mục');
  }
  const [top = '', unit = ''] = parts;
  const list = Object.hasOwn(LIST_FOLDERS, top) ? LIST_FOLDERS[top] : undefined;
  if (list) {
    if (parts.length === 2 && kind === 'file' && hasExtension(name, list.extensions)) return { role: list.role };
    return notHere(list.holds, kind === 'directory' ? `chuyển các tệp ra ${folder} rồi xóa thư mục con` : `xóa tệp này; ${folder} không nhận tệp nào khác`);
  }
  // posts/: one folder per unit, each holding posts and their images, nothing deeper.
  if (parts.length === 2) {
    if (kind === 'directory') return { descend: true };
    if (name === 'README.md') return { role: 'readme' };
    // A post outside a unit folder gets the post rules' own message (parsePostPath).
    if (isPostFile(name)) return { role: 'post' };
    return notHere('thư mục của từng đơn vị (và README.md)', `đặt tệp vào thư mục của đơn vị, ví dụ content/posts/phuong-tran-phu/${name}`);
  }
  if (parts.length === 3 && kind === 'file') {
    if (isPostFile(name)) return { role: 'post' };
    if (hasExtension(name, POST_IMAGE_EXTENSIONS)) return { role: 'post-image' };
    return {
      problem: {
        message: `tệp "${name}" không phải bài viết (.md, .mdx) hay ảnh (${POST_IMAGE_EXTENSIONS.join(', ')}); cổng không đăng tệp này`,
        fix: 'xóa tệp khỏi thư mục bài viết; tài liệu (PDF, Word…) đăng ở nơi khác rồi dẫn liên kết https:// tới đó',
      },
    };
  }
  return {
    problem: {
      message: `thư mục con "${shown}" không được đặt trong thư mục bài viết của đơn vị; bài viết và ảnh phải nằm ngay trong content/posts/${unit}/`,
      fix: `chuyển các tệp ra content/posts/${unit}/ rồi xóa thư mục con; ảnh dẫn bằng ./tên-ảnh.jpg`,
    },
  };
}
