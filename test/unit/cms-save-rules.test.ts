/**
 * The browser editor cannot write a file `npm run check` refuses (issue 17): entries
 * are built as the generated widgets (config.yml) allow them, cleaned and checked as
 * the page's script does before saving (src/lib/cms/save-rules.ts), written as Decap
 * writes them, and run through the real validator on a copy of the shipped content.
 * What the editor saves passes; what it refuses, the validator refuses too.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildCmsConfig } from '../../src/lib/cms/config.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { buildCmsRulesData } from '../../src/lib/cms/rules-data.ts';
import { checkBeforeSave, emptyValuePaths, withoutEmptyValues, type SaveContext, type UploadedFile } from '../../src/lib/cms/save-rules.ts';
import { listPublicFiles } from '../../src/lib/cms/write-fs.ts';
import { ContentValidationError } from '../../src/lib/content/errors.ts';
import { isIsoDate } from '../../src/lib/format/date.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { loadPortalModel } from '../../src/lib/portal/model-fs.ts';

const root = resolve(import.meta.dirname, '../..');
const TODAY = '2024-12-31';
const UNIT = 'phuong-tran-phu';
const model = loadPortalModel(join(root, 'content'), root);
const config = buildCmsConfig(model);
const collections = config.collections as { name: string; fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] }[];
const postFields = collections.find((collection) => collection.name === `bai-viet-${UNIT}`)!.fields!;
const progressFields = collections.find((collection) => collection.name === 'tien-do')!.files!.find((file) => file.name === UNIT)!.fields;

// A copy of the content with the ward's own posts and progress file, and without the plan's text (reports and
// posts are checked against units, pillars and indicators, never the plan; parsing it is most of a run): the
// validator runs once per case, on exactly what the editor wrote.
const copy = mkdtempSync(join(tmpdir(), 'dti-cms-rules-'));
const otherUnitsFile = new RegExp(`content/(?:plan(?:/|$)|(?:posts|progress)/(?!${UNIT}(?:/|\\.yaml$|$))[^/]+)`);
cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true, filter: (source) => !otherUnitsFile.test(source) });
cpSync(join(root, 'public'), join(copy, 'public'), { recursive: true });
const originalProgress = join(root, 'content/progress', `${UNIT}.yaml`);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Why the generated widgets would not let this value through, or undefined (Decap's own checks, field by field). */
function widgetRefusal(fields: readonly CmsField[], data: Record<string, unknown>, at = '', typeKey?: string): string | undefined {
  // A key without a widget cannot be typed in: the form has no field for it (a value on an indicator without a numeric target).
  const stray = Object.keys(data).find((key) => key !== typeKey && !fields.some((field) => field.name === key));
  if (stray) return `${at}${stray}: không có ô nhập`;
  for (const field of fields) {
    const value = data[field.name];
    const where = `${at}${field.name}`;
    if (field.widget === 'hidden') continue;
    const empty = value === undefined || value === '' || value === null || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (field.required !== false) return `${where}: bắt buộc`;
      continue;
    }
    const pattern = field.pattern as [string, string] | undefined;
    if (pattern && typeof value === 'string' && !new RegExp(pattern[0]).test(value)) return `${where}: ${pattern[1]}`;
    switch (field.widget) {
      case 'number': {
        if (typeof value !== 'number' || Number.isNaN(value)) return `${where}: không phải số`;
        if (field.value_type === 'int' && !Number.isInteger(value)) return `${where}: cần số nguyên`;
        if (typeof field.min === 'number' && value < field.min) return `${where}: nhỏ hơn ${field.min}`;
        if (typeof field.max === 'number' && value > field.max) return `${where}: lớn hơn ${field.max}`;
        break;
      }
      case 'select': {
        const allowed = (field.options as { value: unknown }[]).map((option) => option.value);
        const values = field.multiple ? (value as unknown[]) : [value];
        if (values.some((item) => !allowed.includes(item))) return `${where}: ngoài danh sách`;
        break;
      }
      // The picker writes real calendar days only, in its format.
      case 'datetime':
        if (typeof value !== 'string' || !isIsoDate(value)) return `${where}: không phải ngày`;
        break;
      case 'object': {
        if (typeof value !== 'object' || Array.isArray(value)) return `${where}: cần các mục con`;
        const refusal = widgetRefusal(field.fields as CmsField[], value as Record<string, unknown>, `${where}.`);
        if (refusal) return refusal;
        break;
      }
      case 'list': {
        for (const [index, item] of (value as Record<string, unknown>[]).entries()) {
          const typeKey = field.typeKey as string | undefined;
          const type = typeKey ? (field.types as CmsField[]).find((candidate) => candidate.name === item[typeKey]) : undefined;
          if (typeKey && !type) return `${where}[${index}]: không có loại ${String(item[typeKey])}`;
          const refusal = widgetRefusal((type?.fields ?? field.fields) as CmsField[], item, `${where}[${index}].`, typeKey);
          if (refusal) return refusal;
        }
        break;
      }
    }
  }
  return undefined;
}

/** What the editor does with an entry: the widgets' verdict, then the script's before saving. */
function editorVerdict(fields: readonly CmsField[], data: Record<string, unknown>, context: SaveContext): { saved?: Record<string, unknown>; refusal?: string } {
  const refusal = widgetRefusal(fields, data);
  if (refusal) return { refusal };
  const cleaned = withoutEmptyValues(data);
  const problems = checkBeforeSave(cleaned, context);
  return problems.length > 0 ? { refusal: problems.join(' ') } : { saved: cleaned };
}

/** The validator's messages on the copy with `files` written (paths relative to content/); [] when it passes. */
function validatorIssues(files: Record<string, string | Uint8Array>): string[] {
  const written = Object.keys(files).map((file) => join(copy, 'content', file));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(copy, 'content', file)), { recursive: true });
    writeFileSync(join(copy, 'content', file), text);
  }
  try {
    loadPortalContentFromDir(join(copy, 'content'), copy, { today: TODAY });
    return [];
  } catch (error) {
    if (error instanceof ContentValidationError) return error.issues.map((issue) => `${issue.file}: ${issue.field ?? ''} ${issue.message}`);
    throw error;
  } finally {
    for (const file of written) if (file.includes('/posts/')) rmSync(file, { force: true });
    cpSync(originalProgress, join(copy, 'content/progress', `${UNIT}.yaml`));
  }
}

// -- progress reports ------------------------------------------------------------------------------------

const report = (indicator: string, extra: Record<string, unknown> = {}) => ({ indicator, status: 'dang-thuc-hien', updated: '2024-10-15', reporter: 'Trần Thị Minh', ...extra });
const evidence = (extra: Record<string, unknown>) => ({ title: 'Văn bản của phường', ...extra });

const progressCases: [name: string, reports: Record<string, unknown>[], saves: boolean][] = [
  ['chỉ số không có chỉ tiêu số, không ghi giá trị', [report('1.1')], true],
  ['chỉ số không có chỉ tiêu số (1.3) mà ghi giá trị', [report('1.3', { value: 5 })], false],
  ['tỷ lệ 0%', [report('4.2', { value: 0 })], true],
  ['tỷ lệ 100%', [report('4.2', { value: 100 })], true],
  ['tỷ lệ 99,5%', [report('4.2', { value: 99.5 })], true],
  ['tỷ lệ 100,1%', [report('4.2', { value: 100.1 })], false],
  ['tỷ lệ âm', [report('4.2', { value: -1 })], false],
  ['tần suất 1 lần/tuần', [report('1.2.2', { value: { count: 1, per: 'week' } })], true],
  ['tần suất 0 lần/quý', [report('1.2.2', { value: { count: 0, per: 'quarter' } })], true],
  ['tần suất bỏ trống cả hai', [report('1.2.2', { value: { count: '', per: '' } })], true],
  ['tần suất chỉ có số lần', [report('1.2.2', { value: { count: 2, per: '' } })], false],
  ['tần suất ghi như một số', [report('1.2.2', { value: 3 })], false],
  ['chỉ số phường không chủ trì (1.4, tính từ bài viết)', [report('1.4')], false],
  ['một chỉ số báo cáo hai lần', [report('1.1'), report('1.1', { status: 'hoan-thanh' })], false],
  ['minh chứng có số và ngày văn bản', [report('1.1', { evidence: [evidence({ number: '05/BC-UBND', date: '2024-05-28' })] })], true],
  ['minh chứng chỉ có liên kết', [report('1.1', { evidence: [evidence({ url: 'https://bacgiang.gov.vn/van-ban/05' })] })], true],
  ['minh chứng là đường dẫn trên cổng', [report('1.1', { evidence: [evidence({ url: '/chi-so/1-1/' })] })], true],
  ['minh chứng chỉ có tên', [report('1.1', { evidence: [evidence({})] })], false],
  ['minh chứng có số mà không có ngày', [report('1.1', { evidence: [evidence({ number: '05/BC-UBND', date: '' })] })], false],
  ['minh chứng có ngày mà không có số', [report('1.1', { evidence: [evidence({ number: '', date: '2024-05-28' })] })], false],
  ['liên kết có tài khoản trước tên miền', [report('1.1', { evidence: [evidence({ url: 'https://dichvucong.gov.vn@evil.example/' })] })], false],
  ['liên kết dạng /\\ rời khỏi cổng', [report('1.1', { evidence: [evidence({ url: '/\\evil.example/' })] })], false],
  ['liên kết javascript:', [report('1.1', { evidence: [evidence({ url: 'javascript:alert(1)' })] })], false],
  ['tên minh chứng 200 ký tự', [report('1.1', { evidence: [evidence({ title: 'Ư'.repeat(200), url: 'https://bacgiang.gov.vn/' })] })], true],
  ['tên minh chứng 201 ký tự', [report('1.1', { evidence: [evidence({ title: 'Ư'.repeat(201), url: 'https://bacgiang.gov.vn/' })] })], false],
  ['ngày văn bản sau hôm nay', [report('1.1', { evidence: [evidence({ number: '05/BC-UBND', date: '2025-01-01' })] })], false],
  ['cập nhật đúng hôm nay', [report('1.1', { updated: TODAY })], true],
  ['cập nhật ngày mai', [report('1.1', { updated: '2025-01-01' })], false],
  ['ngày cập nhật 30/02 (bộ chọn ngày không có)', [report('1.1', { updated: '2024-02-30' })], false],
  ['người báo cáo chỉ có dấu cách', [report('1.1', { reporter: '   ' })], false],
  ['người báo cáo 200 ký tự', [report('1.1', { reporter: 'a'.repeat(200) })], true],
  ['ghi chú xóa trắng', [report('1.1', { note: '' })], true],
  ['ghi chú 2001 ký tự', [report('1.1', { note: 'g'.repeat(2001) })], false],
  ['trạng thái ngoài danh mục', [report('1.1', { status: 'xong' })], false],
  ['lịch sử từ cũ đến mới, trước ngày cập nhật', [report('4.2', { value: 80, history: [{ date: '2024-01-15', status: 'chua-bat-dau', value: 10 }, { date: '2024-10-15', status: 'dang-thuc-hien', value: 50 }] })], true],
  ['lịch sử ngược thứ tự', [report('1.1', { history: [{ date: '2024-06-01', status: 'dang-thuc-hien' }, { date: '2024-01-15', status: 'chua-bat-dau' }] })], false],
  ['mốc lịch sử sau ngày cập nhật', [report('1.1', { history: [{ date: '2024-11-01', status: 'chua-bat-dau' }] })], false],
  ['giá trị trong lịch sử vượt 100%', [report('4.2', { history: [{ date: '2024-01-15', status: 'chua-bat-dau', value: 120 }] })], false],
];

describe('progress reports: what the editor saves, the check accepts', () => {
  it.each(progressCases)('%s', (_name, reports, saves) => {
    const data = { unit: UNIT, reports };
    const verdict = editorVerdict(progressFields, data, { kind: 'progress', newRecord: false, path: `content/progress/${UNIT}.yaml`, today: TODAY });
    const issues = validatorIssues({ [`progress/${UNIT}.yaml`]: stringify(verdict.saved ?? withoutEmptyValues(data)) });
    expect(verdict.refusal === undefined, verdict.refusal ?? 'lưu được').toBe(saves);
    expect(issues.length === 0, issues.join('\n')).toBe(saves);
  }, 20_000);
});

// -- posts -----------------------------------------------------------------------------------------------

const post = (extra: Record<string, unknown> = {}) => ({
  title: 'Phường Trần Phú hướng dẫn cài VNeID',
  date: '2024-10-20',
  unit: UNIT,
  summary: 'Cán bộ phường hướng dẫn người dân cài đặt và kích hoạt định danh điện tử mức 2.',
  body: 'Sáng 20/10, phường tổ chức buổi hướng dẫn tại nhà văn hóa.',
  ...extra,
});
const asMarkdown = (data: Record<string, unknown>) => {
  const { body, ...frontmatter } = data;
  return `---\n${stringify(frontmatter)}---\n\n${String(body ?? '')}\n`;
};

const postCases: [name: string, data: Record<string, unknown>, fileDate: string | undefined, saves: boolean][] = [
  ['bài mới đủ trường', post(), undefined, true],
  ['tiêu đề 200 ký tự', post({ title: 'T'.repeat(200) }), undefined, true],
  ['tiêu đề 201 ký tự', post({ title: 'T'.repeat(201) }), undefined, false],
  ['tóm tắt 400 ký tự', post({ summary: 's'.repeat(400) }), undefined, true],
  ['tóm tắt 401 ký tự', post({ summary: 's'.repeat(401) }), undefined, false],
  ['tác giả xóa trắng', post({ author: '' }), undefined, true],
  ['tác giả chỉ có dấu cách', post({ author: '  ' }), undefined, false],
  ['trụ cột và chỉ số trong danh sách', post({ pillars: [1, 8], indicators: ['1.4', '6.13'] }), undefined, true],
  ['trụ cột ngoài danh sách', post({ pillars: [9] }), undefined, false],
  ['ảnh bìa bỏ trống', post({ cover: { src: '', alt: '' } }), undefined, true],
  ['ảnh bìa có sẵn cạnh bài, có mô tả', post({ cover: { src: './anh-minh-hoa-ho-tro-kich-hoat-dinh-danh-dien-tu-phuong-tran-phu.png', alt: 'Điện thoại hiển thị mã QR của dịch vụ định danh điện tử' } }), undefined, true],
  ['ảnh bìa trong thư mục khác', post({ cover: { src: '../phuong-my-do/anh.png', alt: 'Ảnh của phường khác' } }), undefined, false],
  ['ảnh bìa không có mô tả', post({ cover: { src: 'anh-bia.jpg', alt: '' } }), undefined, false],
  ['ảnh bìa dạng GIF', post({ cover: { src: 'anh-bia.gif', alt: 'Ảnh động về định danh điện tử' } }), undefined, false],
  ['ảnh bìa không có đuôi', post({ cover: { src: 'anh-bia', alt: 'Ảnh về định danh điện tử' } }), undefined, false],
  ['ngày đăng sau hôm nay', post({ date: '2025-01-05' }), undefined, false],
  ['bản nháp ngày sau hôm nay', post({ date: '2025-01-05', draft: true }), undefined, true],
  ['sửa bài, giữ ngày', post(), '2024-10-20', true],
  ['sửa bài, đổi ngày sau khi tạo', post({ date: '2024-10-21' }), '2024-10-20', false],
];

describe('posts: what the editor saves, the check accepts', () => {
  it.each(postCases)('%s', (_name, data, fileDate, saves) => {
    // A new post is named by Decap from its date (slug template); an existing one keeps its first name.
    const date = fileDate ?? String(data.date);
    const path = `posts/${UNIT}/${date}-phuong-tran-phu-huong-dan-cai-vneid.md`;
    const verdict = editorVerdict(postFields, data, { kind: 'post', newRecord: fileDate === undefined, path: fileDate ? `content/${path}` : undefined, today: TODAY });
    const issues = validatorIssues({ [path]: asMarkdown(verdict.saved ?? withoutEmptyValues(data)) });
    expect(verdict.refusal === undefined, verdict.refusal ?? 'lưu được').toBe(saves);
    expect(issues.length === 0, issues.join('\n')).toBe(saves);
  }, 20_000);
});

// -- a post against the days its unit existed (content/units.yaml validFrom/validTo) -------------------

const VALIDITY = { validFrom: '2024-02-01', validTo: '2024-11-30' };
const unitsFile = join(copy, 'content/units.yaml');
const unitsText = readFileSync(unitsFile, 'utf8');
// The data the page's script gets, generated from a model whose unit existed only those days.
const limitedRulesData = buildCmsRulesData({
  ...model,
  unitsByKind: () => model.unitsByKind().map((group) => ({ ...group, units: group.units.map((unit) => (unit.id === UNIT ? { ...unit, ...VALIDITY } : unit)) })),
});

const validityCases: [name: string, date: string, saves: boolean][] = [
  ['một ngày trước khi đơn vị có', '2024-01-31', false],
  ['đúng ngày đơn vị bắt đầu', '2024-02-01', true],
  ['đúng ngày cuối đơn vị còn', '2024-11-30', true],
  ['một ngày sau khi đơn vị thôi', '2024-12-01', false],
];

describe('posts: dated outside the days the unit existed', () => {
  beforeAll(() => writeFileSync(unitsFile, unitsText.replace(`{ id: ${UNIT}, `, `{ id: ${UNIT}, validFrom: ${VALIDITY.validFrom}, validTo: ${VALIDITY.validTo}, `), 'utf8'));
  afterAll(() => writeFileSync(unitsFile, unitsText, 'utf8'));

  it('the generated data carries the unit\'s days', () => {
    expect(limitedRulesData.units[UNIT]).toEqual({ name: 'Phường Trần Phú', ...VALIDITY });
    expect(buildCmsRulesData(model).units[UNIT]).toEqual({ name: 'Phường Trần Phú' });
  });

  it.each(validityCases)('%s (%s)', (_name, date, saves) => {
    const data = post({ date });
    const verdict = editorVerdict(postFields, data, { kind: 'post', newRecord: true, today: TODAY, unit: limitedRulesData.units[UNIT] });
    const issues = validatorIssues({ [`posts/${UNIT}/${date}-phuong-tran-phu-huong-dan-cai-vneid.md`]: asMarkdown(verdict.saved ?? withoutEmptyValues(data)) });
    expect(verdict.refusal === undefined, verdict.refusal ?? 'lưu được').toBe(saves);
    expect(issues.length === 0, issues.join('\n')).toBe(saves);
    // The same words as the check: one rule, two places.
    if (!saves) expect(issues.some((issue) => verdict.refusal!.includes(issue.split(' date ')[1]!))).toBe(true);
  }, 20_000);
});

// -- a post's slug against every post the deploy knows ------------------------------------------------

const rulesData = buildCmsRulesData(model);
const ownEarlier = model.posts!.find((candidate) => candidate.unit === UNIT && candidate.date < '2024-10-20')!;
const otherUnits = model.posts!.find((candidate) => candidate.unit !== UNIT)!;
const inContent = (file: string) => file.replace(/^content\//, '');

const slugCases: [name: string, slug: string, alsoWritten: string[], newRecord: boolean, saves: boolean][] = [
  ['tên bài mới, chưa bài nào dùng', 'phuong-tran-phu-huong-dan-cai-vneid', [], true, true],
  ['trùng tên bài cũ hơn của chính phường', ownEarlier.slug, [], true, false],
  ['trùng tên bài của đơn vị khác', otherUnits.slug, [otherUnits.file], true, false],
  ['sửa bài đã có: tên của chính nó', ownEarlier.slug, [], false, true],
];

describe('posts: a slug another post already uses', () => {
  it('the generated data lists every post\'s slug with its file', () => {
    expect(Object.keys(rulesData.postSlugs)).toHaveLength(new Set(model.posts!.map((candidate) => candidate.slug)).size);
    expect(rulesData.postSlugs[otherUnits.slug]).toBe(otherUnits.file);
  });

  it('names each file by its path in the repository, whatever folder the build reads content/ from (the script is the same in every build)', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'dti-rules-data-'));
    try {
      symlinkSync(join(root, 'content'), join(elsewhere, 'content'), 'dir');
      const fromElsewhere = buildCmsRulesData(loadPortalModel(join(elsewhere, 'content'), root), { publicFiles: listPublicFiles(root) });
      expect(JSON.stringify(fromElsewhere)).toBe(JSON.stringify(buildCmsRulesData(model, { publicFiles: listPublicFiles(root) })));
      expect(fromElsewhere.publicFiles.length).toBeGreaterThan(0);
      expect(Object.values(fromElsewhere.postSlugs).every((file) => /^content\/posts\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.mdx?$/.test(file))).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it.each(slugCases)('%s', (_name, slug, alsoWritten, newRecord, saves) => {
    const date = newRecord ? '2024-10-20' : ownEarlier.date;
    const data = post({ date });
    const path = `posts/${UNIT}/${date}-${slug}.md`;
    const context: SaveContext = { kind: 'post', newRecord, path: newRecord ? undefined : `content/${path}`, today: TODAY, slug: newRecord ? slug : undefined, postSlugs: rulesData.postSlugs };
    const verdict = editorVerdict(postFields, data, context);
    const others = Object.fromEntries(alsoWritten.map((file) => [inContent(file), readFileSync(join(root, file), 'utf8')]));
    const issues = validatorIssues({ ...others, [path]: asMarkdown(verdict.saved ?? withoutEmptyValues(data)) });
    expect(verdict.refusal === undefined, verdict.refusal ?? 'lưu được').toBe(saves);
    expect(issues.length === 0, issues.join('\n')).toBe(saves);
    if (!saves) {
      const message = `tên bài "${slug}" (phần sau ngày trong tên tệp) đã được dùng cho`;
      expect(verdict.refusal).toContain(message);
      expect(issues.join('\n')).toContain(message);
    }
  }, 20_000);
});

// -- a cover uploaded with the post: its bytes (src/lib/posts/image-check.ts) ---------------------------

/** A PNG that is only its signature and IHDR chunk, claiming width × height (as the validator's own tests craft it). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes[24] = 8;
  bytes[25] = 2;
  return bytes;
}
const realImages: Record<'jpeg' | 'png' | 'webp', Uint8Array> = { jpeg: new Uint8Array(), png: new Uint8Array(), webp: new Uint8Array() };

const coverCases: [name: string, file: string, bytes: () => Uint8Array, refusal: string | undefined][] = [
  ['ảnh JPEG thật', 'anh-bia.jpg', () => realImages.jpeg, undefined],
  ['ảnh PNG thật', 'anh-bia.png', () => realImages.png, undefined],
  ['ảnh WebP thật', 'anh-bia.webp', () => realImages.webp, undefined],
  ['ảnh GIF đặt tên .png', 'anh-bia.png', () => new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000'), 'tệp "anh-bia.png" không phải ảnh PNG: nội dung là ảnh GIF, định dạng cổng không nhận'],
  ['tệp văn bản đặt tên .png', 'anh-bia.png', () => new TextEncoder().encode('Đây là một tệp văn bản.'), 'tệp "anh-bia.png" không phải ảnh PNG: nội dung là văn bản'],
  ['ảnh PNG thật đặt tên .jpg', 'anh-bia.jpg', () => realImages.png, 'tệp "anh-bia.jpg" không phải ảnh JPEG: nội dung là ảnh PNG'],
  ['ảnh 20.000 × 20.000 điểm ảnh', 'anh-bia.png', () => pngHeader(20000, 20000), 'ảnh "anh-bia.png" có 20.000 × 20.000 = 400.000.000 điểm ảnh, vượt giới hạn 40 megapixel'],
  ['ảnh đúng 40 megapixel', 'anh-bia.png', () => pngHeader(8000, 5000), undefined],
];

describe('posts: a cover uploaded with the post is judged by its bytes', () => {
  beforeAll(async () => {
    const image = sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 30, b: 30 } } });
    realImages.jpeg = await image.clone().jpeg().toBuffer();
    realImages.png = await image.clone().png().toBuffer();
    realImages.webp = await image.clone().webp().toBuffer();
  });

  it.each(coverCases)('%s (%s)', (_name, file, bytes, refusal) => {
    const folder = `posts/${UNIT}`;
    const data = post({ cover: { src: file, alt: 'Cán bộ phường hướng dẫn người dân cài VNeID' } });
    // Decap writes an upload beside the post (media_folder ''): the draft media file's path is in the repository.
    const upload: UploadedFile = { path: `content/${folder}/${file}`, bytes: bytes(), size: bytes().length };
    const verdict = editorVerdict(postFields, data, { kind: 'post', newRecord: true, today: TODAY, uploads: [upload] });
    const issues = validatorIssues({ [`${folder}/${file}`]: upload.bytes, [`${folder}/2024-10-20-phuong-tran-phu-huong-dan-cai-vneid.md`]: asMarkdown(verdict.saved ?? withoutEmptyValues(data)) });
    expect(verdict.refusal, verdict.refusal ?? 'lưu được').toBe(refusal && `Ảnh tải lên: ${refusal}; ${verdict.refusal!.split(`${refusal}; `)[1]}`);
    expect(issues.length === 0, issues.join('\n')).toBe(refusal === undefined);
    // The same words as the check: one function, two places.
    if (refusal) expect(issues.join('\n')).toContain(refusal);
  }, 20_000);

  it('an image uploaded and then replaced is still judged: Decap writes every upload of the entry', () => {
    const data = post({ cover: { src: 'anh-bia.png', alt: 'Cán bộ phường hướng dẫn người dân cài VNeID' } });
    const replaced: UploadedFile = { path: `content/posts/${UNIT}/anh-cu.png`, bytes: new TextEncoder().encode('văn bản'), size: 9 };
    const cover: UploadedFile = { path: `content/posts/${UNIT}/anh-bia.png`, bytes: realImages.png, size: realImages.png.length };
    expect(editorVerdict(postFields, data, { kind: 'post', newRecord: true, today: TODAY, uploads: [cover] }).refusal).toBeUndefined();
    expect(editorVerdict(postFields, data, { kind: 'post', newRecord: true, today: TODAY, uploads: [cover, replaced] }).refusal).toContain('tệp "anh-cu.png" không phải ảnh PNG: nội dung là văn bản');
  });
});

// -- an evidence file under public/ --------------------------------------------------------------------

const publicFiles = listPublicFiles(root);
const withFile = (file: string) => [report('1.1', { evidence: [evidence({ number: '05/BC-UBND', date: '2024-05-28', file })] })];
const evidenceFileCases: [name: string, file: string, uploaded: boolean, saves: boolean][] = [
  ['tệp có trong public/', publicFiles[0]!, false, true],
  ['tệp không có trong public/', '/minh-chung/khong-co-tep-nay.pdf', false, false],
  ['tệp tải lên cùng lần lưu', '/minh-chung/qd-12-ubnd.pdf', true, true],
  ['tên tệp có mã % sai', '/minh-chung/qd%E0%A4%A.pdf', false, false],
];

describe('progress reports: an evidence file must be under public/', () => {
  it('the generated data lists the files under public/, as site paths, sorted', () => {
    expect(publicFiles.length).toBeGreaterThan(0);
    expect(buildCmsRulesData(model, { publicFiles }).publicFiles).toEqual(publicFiles);
    expect(publicFiles.every((file) => file.startsWith('/') && !file.includes(root))).toBe(true);
    expect([...publicFiles].sort()).toEqual(publicFiles);
  });

  it.each(evidenceFileCases)('%s (%s)', (_name, file, uploaded, saves) => {
    const data = { unit: UNIT, reports: withFile(file) };
    // Decap writes an upload to public/<media folder>; the check then finds it there.
    const uploads: UploadedFile[] = uploaded ? [{ path: `public${file}`, bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), size: 4 }] : [];
    const verdict = editorVerdict(progressFields, data, { kind: 'progress', newRecord: false, path: `content/progress/${UNIT}.yaml`, today: TODAY, publicFiles, uploads });
    const uploadedTo = join(copy, `public${file}`);
    if (uploaded) {
      mkdirSync(dirname(uploadedTo), { recursive: true });
      writeFileSync(uploadedTo, uploads[0]!.bytes);
    }
    let issues: string[];
    try {
      issues = validatorIssues({ [`progress/${UNIT}.yaml`]: stringify(verdict.saved ?? withoutEmptyValues(data)) });
    } finally {
      rmSync(uploadedTo, { force: true });
    }
    expect(verdict.refusal === undefined, verdict.refusal ?? 'lưu được').toBe(saves);
    expect(issues.length === 0, issues.join('\n')).toBe(saves);
    if (!saves) {
      const message = issues[0]!.split(' evidence[0].file ')[1]!;
      expect(verdict.refusal).toContain(message);
    }
  }, 20_000);
});

describe('fields left empty', () => {
  it.each([
    ['một chuỗi xóa trắng', { title: 'A', author: '' }, [['author']]],
    ['ảnh bìa để trống, một lần cho cả mục', { cover: { src: '', alt: '' } }, [['cover']]],
    ['trong danh sách lồng nhau', { reports: [{ indicator: '1.1', value: '', evidence: [{ title: 'x', date: '' }] }] }, [['reports', 0, 'value'], ['reports', 0, 'evidence', 0, 'date']]],
    ['không có gì trống', { title: 'A', pillars: [], draft: false, value: 0 }, []],
  ])('%s', (_name, data, paths) => {
    expect(emptyValuePaths(data)).toEqual(paths);
  });
});
