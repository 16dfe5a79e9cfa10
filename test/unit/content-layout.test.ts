/**
 * Nothing in content/ is code, and content never leaves content/ (issue 12,
 * ADR 6): the layout rules, the lstat walker on a real folder with links, and
 * the whole check refusing a links.yaml that points at /etc/passwd.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/lib/content/errors.ts';
import { checkContentEntry, type EntryKind } from '../../src/lib/content/layout.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { describeFsError, readContentFile, walkContentDir } from '../../src/lib/content/walk-fs.ts';

const BASE = resolve(import.meta.dirname, '../fixtures/malformed/base/content');
const SECRET = 'BI-MAT-NGOAI-CONTENT';

describe('checkContentEntry: what may exist under content/', () => {
  it.each<[string, EntryKind, string]>([
    ['site.yaml', 'file', 'site'],
    ['links.yaml', 'file', 'links'],
    ['README.md', 'file', 'readme'],
    ['indicators/1-nhan-thuc-so.yaml', 'file', 'indicator'],
    ['indicators/2-the-che-so.yml', 'file', 'indicator'],
    ['plan/ke-hoach-2024.mdx', 'file', 'plan'],
    ['plan/ke-hoach-2025.md', 'file', 'plan'],
    ['progress/phuong-tran-phu.yaml', 'file', 'progress'],
    ['documents/van-ban.yaml', 'file', 'document'],
    ['posts/README.md', 'file', 'readme'],
    ['posts/phuong-tran-phu/2024-03-05-ra-mat.md', 'file', 'post'],
    ['posts/phuong-tran-phu/anh-bia.jpg', 'file', 'post-image'],
    ['posts/phuong-tran-phu/Anh Bìa.PNG', 'file', 'post-image'],
    ['posts/phuong-tran-phu/anh.webp', 'file', 'post-image'],
  ])('%s (%s) is a known file: %s', (path, kind, role) => {
    expect(checkContentEntry(path, kind)).toEqual({ role });
  });

  it.each(['indicators', 'plan', 'progress', 'documents', 'posts', 'posts/phuong-tran-phu'])('%s/ is walked into', (path) => {
    expect(checkContentEntry(path, 'directory')).toEqual({ descend: true });
  });

  it.each<[string, EntryKind, string]>([
    ['posts/phuong-tran-phu/anh-bia.jpg', 'symlink', '"anh-bia.jpg" là liên kết tượng trưng (symlink); cổng không đọc liên kết, chỉ đọc tệp thật nằm trong content/'],
    ['links.yaml', 'symlink', '"links.yaml" là liên kết tượng trưng (symlink); cổng không đọc liên kết, chỉ đọc tệp thật nằm trong content/'],
    ['posts/phuong-tran-phu', 'symlink', '"phuong-tran-phu" là liên kết tượng trưng (symlink); cổng không đọc liên kết, chỉ đọc tệp thật nằm trong content/'],
    ['posts/phuong-tran-phu/.ghi-chu', 'file', 'tệp ẩn ".ghi-chu" (tên bắt đầu bằng dấu chấm) không được đặt trong content/'],
    ['.github', 'directory', 'thư mục ẩn ".github/" (tên bắt đầu bằng dấu chấm) không được đặt trong content/'],
    ['progress/ghi-chu.mdx', 'file', 'tệp "ghi-chu.mdx" không được đặt ở đây: content/progress/ chỉ chứa các tệp báo cáo .yaml hoặc .yml, mỗi đơn vị một tệp'],
    ['indicators/chay.js', 'file', 'tệp "chay.js" không được đặt ở đây: content/indicators/ chỉ chứa các tệp chỉ số .yaml hoặc .yml'],
    ['documents/cu', 'directory', 'thư mục "cu/" không được đặt ở đây: content/documents/ chỉ chứa các tệp văn bản .yaml hoặc .yml'],
    ['plan/phu-luc.yaml', 'file', 'tệp "phu-luc.yaml" không được đặt ở đây: content/plan/ chỉ chứa văn bản kế hoạch .md hoặc .mdx'],
    ['site.yml', 'file', 'tệp "site.yml" không được đặt ở đây: content/ chỉ chứa site.yaml, pillars.yaml, units.yaml, links.yaml, README.md và các thư mục indicators/, progress/, documents/, plan/, posts/'],
    ['constructor', 'directory', 'thư mục "constructor/" không được đặt ở đây: content/ chỉ chứa site.yaml, pillars.yaml, units.yaml, links.yaml, README.md và các thư mục indicators/, progress/, documents/, plan/, posts/'],
    ['posts/anh.jpg', 'file', 'tệp "anh.jpg" không được đặt ở đây: content/posts/ chỉ chứa thư mục của từng đơn vị (và README.md)'],
    ['posts/phuong-tran-phu/anh', 'directory', 'thư mục con "anh/" không được đặt trong thư mục bài viết của đơn vị; bài viết và ảnh phải nằm ngay trong content/posts/phuong-tran-phu/'],
    ['posts/phuong-tran-phu/bao-cao.pdf', 'file', 'tệp "bao-cao.pdf" không phải bài viết (.md, .mdx) hay ảnh (.jpg, .jpeg, .png, .webp); cổng không đăng tệp này'],
    ['posts/phuong-tran-phu/anh.gif', 'file', 'tệp "anh.gif" không phải bài viết (.md, .mdx) hay ảnh (.jpg, .jpeg, .png, .webp); cổng không đăng tệp này'],
    ['posts/phuong-tran-phu/anh?raw.jpg', 'file', 'tên "anh?raw.jpg" có ký tự "?"; tên trong content/ không được chứa ?, #, %, \\ hay ký tự điều khiển'],
    ['posts/phuong-tran-phu/a\u0007.jpg', 'file', 'tên "a\uFFFD.jpg" có ký tự điều khiển U+0007; tên trong content/ không được chứa ?, #, %, \\ hay ký tự điều khiển'],
    ['progress/fifo.yaml', 'other', '"fifo.yaml" không phải tệp thường hay thư mục'],
  ])('%s (%s) is refused', (path, kind, message) => {
    const verdict = checkContentEntry(path, kind);
    expect('problem' in verdict && verdict.problem.message).toBe(message);
    expect('problem' in verdict && verdict.problem.fix).toMatch(/\S/);
  });

  it('lets a post outside a unit folder through, for the post rules to explain', () => {
    expect(checkContentEntry('posts/2024-03-05-ra-mat.md', 'file')).toEqual({ role: 'post' });
  });
});

describe('walkContentDir: lstat only, never through a link', () => {
  let work: string;
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  function site(): { root: string; content: string; outside: string } {
    work = mkdtempSync(join(tmpdir(), 'dti-walk-'));
    const content = join(work, 'content');
    cpSync(BASE, content, { recursive: true });
    const outside = join(work, 'ngoai');
    mkdirSync(outside);
    writeFileSync(join(outside, 'bi-mat.txt'), `${SECRET}\nglobalThis.__pwned = 1;\n`);
    writeFileSync(join(outside, 'anh-ngoai.jpg'), `${SECRET}`);
    return { root: work, content, outside };
  }

  it('lists the valid base as known files, sorted, with paths relative to the project root', () => {
    const { root, content } = site();
    const { files, issues } = walkContentDir(content, root);
    expect(issues).toEqual([]);
    expect(files.map((file) => `${file.role} ${file.file}`)).toContain('post content/posts/phuong-tran-phu/2024-05-10-ho-tro-dinh-danh.md');
    expect(files.map((file) => file.path)).toEqual([...files.map((file) => file.path)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('refuses every kind of link by name, never naming or reading its target', () => {
    const { root, content, outside } = site();
    const unitDir = join(content, 'posts', 'phuong-tran-phu');
    symlinkSync(join(outside, 'anh-ngoai.jpg'), join(unitDir, 'anh-bia.jpg'));
    symlinkSync('/etc/passwd', join(unitDir, 'passwd.jpg'));
    symlinkSync(outside, join(unitDir, 'anh'));
    symlinkSync('khong-co.jpg', join(unitDir, 'mat.jpg'));
    symlinkSync('vong.jpg', join(unitDir, 'vong.jpg'));
    symlinkSync(outside, join(content, 'posts', 'xa-ngoai'));
    const { files, issues } = walkContentDir(content, root);
    expect(issues.map((issue) => issue.file)).toEqual([
      'content/posts/phuong-tran-phu/anh',
      'content/posts/phuong-tran-phu/anh-bia.jpg',
      'content/posts/phuong-tran-phu/mat.jpg',
      'content/posts/phuong-tran-phu/passwd.jpg',
      'content/posts/phuong-tran-phu/vong.jpg',
      'content/posts/xa-ngoai',
    ]);
    const printed = JSON.stringify(issues);
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain('ngoai/');
    expect(printed).not.toContain('/etc/passwd');
    expect(printed).not.toContain('bi-mat.txt');
    expect(printed).not.toContain('root:');
    expect(files.some((file) => file.absolute.startsWith(outside))).toBe(false);
  });

  it('never lists the files of a refused folder', () => {
    const { root, content } = site();
    mkdirSync(join(content, 'posts', 'phuong-tran-phu', 'anh'));
    writeFileSync(join(content, 'posts', 'phuong-tran-phu', 'anh', 'hoi-nghi.jpg'), 'x');
    mkdirSync(join(content, '.vite'));
    writeFileSync(join(content, '.vite', 'chay.js'), 'x');
    const { issues } = walkContentDir(content, root);
    expect(issues.map((issue) => issue.file)).toEqual(['content/.vite/', 'content/posts/phuong-tran-phu/anh/']);
    expect(JSON.stringify(issues)).not.toMatch(/hoi-nghi|chay\.js/);
  });

  it('refuses a named pipe without opening it (reading one would hang the check)', () => {
    const { root, content } = site();
    execFileSync('mkfifo', [join(content, 'progress', 'xa-dong-son.yaml')]);
    const { issues } = walkContentDir(content, root);
    expect(issues).toEqual([{ file: 'content/progress/xa-dong-son.yaml', message: '"xa-dong-son.yaml" không phải tệp thường hay thư mục', fix: 'xóa mục này khỏi content/' }]);
  });

  it('accepts a content folder that is itself reached through a link (the operator chose it)', () => {
    const { root, content } = site();
    symlinkSync(content, join(root, 'noi-dung'));
    expect(walkContentDir(join(root, 'noi-dung'), root).issues).toEqual([]);
  });

  it('reports a missing content folder as an issue, not a stack', () => {
    const { root } = site();
    expect(walkContentDir(join(root, 'khong-co'), root).issues).toEqual([
      { file: 'khong-co/', message: 'thư mục nội dung không tồn tại (có thể đã bị xóa trong lúc kiểm tra)', fix: 'kiểm tra PORTAL_CONTENT_DIR, hoặc tạo thư mục content/ theo README.md' },
    ]);
  });

  it('reads with O_NOFOLLOW: a link that replaced a file after the walk is refused with ELOOP', () => {
    const { outside } = site();
    const link = join(work, 'lien-ket.yaml');
    symlinkSync(join(outside, 'bi-mat.txt'), link);
    expect(() => readContentFile(link)).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    expect(readContentFile(join(outside, 'bi-mat.txt'), 4).toString()).toBe('BI-M');
  });

  it.each([
    ['EACCES', 'không có quyền đọc'],
    ['ELOOP', 'là liên kết tượng trưng (symlink)'],
    ['ENOENT', 'không tồn tại (có thể đã bị xóa trong lúc kiểm tra)'],
    ['EWHATEVER', 'không đọc được (EWHATEVER)'],
  ])('explains %s in Vietnamese', (code, reason) => {
    expect(describeFsError(Object.assign(new Error('x'), { code }))).toBe(reason);
  });
});

describe('loadPortalContentFromDir: the check refuses what the walker refuses', () => {
  let work: string;
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('refuses links.yaml linked to /etc/passwd without printing a byte of it', () => {
    work = mkdtempSync(join(tmpdir(), 'dti-walk-'));
    const content = join(work, 'content');
    cpSync(BASE, content, { recursive: true });
    rmSync(join(content, 'links.yaml'));
    symlinkSync('/etc/passwd', join(content, 'links.yaml'));
    let message = '';
    try {
      loadPortalContentFromDir(content, work, { today: '2024-12-31' });
    } catch (error) {
      expect(error).toBeInstanceOf(ContentValidationError);
      message = (error as Error).message;
    }
    expect(message).toContain('content/links.yaml — "links.yaml" là liên kết tượng trưng (symlink)');
    const passwd = readFileSync('/etc/passwd', 'utf8');
    // Not one line, not one field of the target (its shortest fields are common words, so check the distinctive ones).
    for (const field of new Set(passwd.split(/[:\n]/).filter((part) => part.length >= 6))) expect(message).not.toContain(field);
  });

  it('checks every post image by its bytes, again after the file changed', () => {
    work = mkdtempSync(join(tmpdir(), 'dti-walk-'));
    const content = join(work, 'content');
    cpSync(BASE, content, { recursive: true });
    const image = join(content, 'posts', 'phuong-tran-phu', 'anh-bia.jpg');
    const load = () => loadPortalContentFromDir(content, work, { today: '2024-12-31' });
    writeFileSync(image, '<!doctype html><p>không phải ảnh</p>');
    expect(load).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ file: 'content/posts/phuong-tran-phu/anh-bia.jpg', message: 'tệp "anh-bia.jpg" không phải ảnh JPEG: nội dung là văn bản HTML/XML' })] }));
    // A real JPEG (8 × 6, made with sharp) in its place: the earlier verdict is not reused.
    writeFileSync(image, Buffer.from('/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAAHlhf//Z', 'base64'));
    expect(load().posts?.length).toBeGreaterThan(0);
  });

  it('refuses site.yaml as a link with one message, not a second "missing file" one', () => {
    work = mkdtempSync(join(tmpdir(), 'dti-walk-'));
    const content = join(work, 'content');
    cpSync(BASE, content, { recursive: true });
    const real = join(work, 'site-that.yaml');
    cpSync(join(content, 'site.yaml'), real);
    rmSync(join(content, 'site.yaml'));
    symlinkSync(real, join(content, 'site.yaml'));
    expect(() => loadPortalContentFromDir(content, work, { today: '2024-12-31' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ file: 'content/site.yaml', message: expect.stringContaining('symlink') })] }),
    );
  });
});
