/**
 * The editor's config.yml is generated from the content and the validator's
 * schemas (src/lib/cms/): every schema field has a widget, every unit folder a
 * posts collection, every progress file an entry, and the widgets' limits
 * accept and refuse what the schemas accept and refuse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig, serializeCmsConfig } from '../../src/lib/cms/config.ts';
import { shareIdenticalObjects } from '../../src/lib/cms/shared-objects.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { evidenceSchema, historyEntrySchema, progressFileSchema, reportSchema } from '../../src/lib/content/schemas/progress.ts';
import { REPORT_STATUSES } from '../../src/lib/content/schemas/taxonomies.ts';
import { loadPortalModel } from '../../src/lib/portal/model-fs.ts';
import { postCoverSchema, postFrontmatterSchema } from '../../src/lib/posts/schema.ts';
import { checkImageBytes, MAX_IMAGE_BYTES } from '../../src/lib/posts/image-check.ts';

const root = resolve(import.meta.dirname, '../..');
const model = loadPortalModel(join(root, 'content'), root);
// Regenerated and read back as Decap reads it (decap-cms-core src/actions/config.ts: aliases resolved, no limit on their count).
const built = buildCmsConfig(model);
const configText = serializeCmsConfig(built, model.site);
const config = parse(configText, { maxAliasCount: -1, merge: true }) as ReturnType<typeof buildCmsConfig>;
type Collection = { name: string; folder?: string; fields?: CmsField[]; files?: { name: string; file: string; fields: CmsField[] }[] };
const collections = config.collections as Collection[];
const progress = collections.find((collection) => collection.name === 'tien-do');
const postsOf = (unit: string) => collections.find((collection) => collection.name === `bai-viet-${unit}`);
const field = (fields: CmsField[] | undefined, name: string) => fields?.find((candidate) => candidate.name === name);
const namesOf = (fields: CmsField[] | undefined) => (fields ?? []).map((candidate) => candidate.name);

describe('config.yml generated from the schemas', () => {
  const postFields = postsOf('phuong-tran-phu')?.fields;
  const progressFields = progress?.files?.find((file) => file.name === 'phuong-tran-phu')?.fields;
  const reportTypes = field(progressFields, 'reports')?.types as CmsField[] | undefined;
  // The report list is typed by indicator: Decap writes the type's name into `indicator` (typeKey).
  const reportFields = reportTypes?.find((type) => type.name === '4.2')?.fields as CmsField[] | undefined;
  it.each([
    ['frontmatter của bài viết', postFrontmatterSchema, () => postFields],
    ['ảnh bìa', postCoverSchema, () => field(postFields, 'cover')?.fields as CmsField[]],
    ['tệp tiến độ', progressFileSchema, () => progressFields],
    ['báo cáo', reportSchema, () => [{ name: field(progressFields, 'reports')?.typeKey } as CmsField, ...(reportFields ?? [])]],
    ['minh chứng', evidenceSchema, () => field(reportFields, 'evidence')?.fields as CmsField[]],
    ['lịch sử', historyEntrySchema, () => field(reportFields, 'history')?.fields as CmsField[]],
  ])('every field of the %s schema has a widget, in schema order', (_name, schema, fieldsOf) => {
    expect(namesOf(fieldsOf()).filter((name) => name !== 'body')).toEqual(Object.keys(schema.shape));
  });

  it('has a posts collection for every unit folder, and only units', () => {
    const units = model.unitsByKind().flatMap((group) => group.units.map((unit) => unit.id));
    for (const folder of readdirSync(join(root, 'content/posts'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      expect(postsOf(folder.name)?.folder, folder.name).toBe(`content/posts/${folder.name}`);
    }
    expect(collections.filter((collection) => collection.folder).map((collection) => collection.name)).toEqual(units.map((unit) => `bai-viet-${unit}`));
  });

  it('lists every progress file, with one report type per indicator its unit leads and reports on by hand', () => {
    const files = readdirSync(join(root, 'content/progress')).filter((name) => name.endsWith('.yaml')).map((name) => `content/progress/${name}`);
    expect(progress?.files?.map((file) => file.file).sort()).toEqual(files.sort());
    const parents = new Set(model.indicators.map((indicator) => indicator.id.split('.').slice(0, -1).join('.')));
    for (const file of progress?.files ?? []) {
      const unit = model.getUnit(file.name);
      const types = (field(file.fields, 'reports')?.types ?? []) as CmsField[];
      const handReported = model.assignmentsOf(unit!).lead.filter((indicator) => !parents.has(indicator.id) && indicator.progressSource !== 'posts');
      expect(types.map((type) => type.name), file.name).toEqual(handReported.map((indicator) => indicator.id));
      expect(types.map((type) => type.label)).toEqual(handReported.map((indicator) => expect.stringMatching(new RegExp(`^${indicator.id.replace(/\./g, '\\.')} — `))));
    }
  });

  it.each([
    ['tỷ lệ (4.2)', '4.2', { widget: 'number', value_type: 'float', min: 0, max: 100 }],
    ['tần suất (1.2.2)', '1.2.2', { widget: 'object' }],
    ['không có chỉ tiêu số (1.3)', '1.3', undefined],
  ])('a report on an indicator with %s gets the value widget its target takes', (_name, id, expected) => {
    const type = reportTypes?.find((candidate) => candidate.name === id);
    expect(type, id).toBeDefined();
    const value = field(type?.fields as CmsField[], 'value');
    if (expected) expect(value).toMatchObject(expected);
    else expect(value).toBeUndefined();
    const historyValue = field(field(type?.fields as CmsField[], 'history')?.fields as CmsField[], 'value');
    expect(historyValue).toEqual(value);
  });

  it('offers the status vocabulary, the pillars and the indicators as select lists', () => {
    expect(field(progressFields, 'reports')?.typeKey).toBe('indicator');
    expect((field(reportFields, 'status')?.options as { value: string }[]).map((option) => option.value)).toEqual([...REPORT_STATUSES]);
    expect((field(postFields, 'pillars')?.options as { value: number }[]).map((option) => option.value)).toEqual(model.pillars.map((pillar) => pillar.id));
    expect((field(postFields, 'indicators')?.options as { value: string }[]).map((option) => option.value)).toEqual(model.indicators.map((indicator) => indicator.id));
  });

  it('writes dates as YYYY-MM-DD, keeps demo out of reach, and uses the GitHub repository of site.yaml with pull requests', () => {
    for (const date of [field(postFields, 'date'), field(reportFields, 'updated')]) expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
    expect(field(postFields, 'demo')?.widget).toBe('hidden');
    expect(config.backend).toMatchObject({ name: 'github', repo: model.site.repository?.github, branch: model.site.repository?.branch, open_authoring: true });
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', local_backend: true, locale: 'vi' });
    expect(postsOf('phuong-tran-phu')).toMatchObject({ slug: '{{fields.date}}-{{slug | lower}}', media_folder: '', extension: 'md' });
  });

  // The widget's pattern and the schema agree on each value.
  const title = field(postFields, 'title')!;
  const summary = field(postFields, 'summary')!;
  const note = field(reportFields, 'note')!;
  it.each([
    ['tiêu đề 200 ký tự', title, 'title', 'Ư'.repeat(200)],
    ['tiêu đề 201 ký tự', title, 'title', 'Ư'.repeat(201)],
    ['tiêu đề chỉ có dấu cách', title, 'title', '   '],
    ['tóm tắt 400 ký tự, nhiều dòng', summary, 'summary', `${'Phường Trần Phú. '.repeat(23)}\nxong`.slice(0, 400)],
    ['tóm tắt 401 ký tự', summary, 'summary', 'a'.repeat(401)],
  ])('%s: the pattern and the post schema agree', (_name, widget, key, value) => {
    const [pattern] = widget.pattern as [string, string];
    const base = { title: 'Tiêu đề', date: '2024-10-20', unit: 'phuong-tran-phu', summary: 'Tóm tắt khác tiêu đề' };
    expect(new RegExp(pattern).test(value)).toBe(postFrontmatterSchema.safeParse({ ...base, [key]: value }).success);
  });
  it.each([
    ['ghi chú rỗng', ''],
    ['ghi chú 2000 ký tự', 'g'.repeat(2000)],
    ['ghi chú 2001 ký tự', 'g'.repeat(2001)],
  ])('%s: the pattern and the report schema agree', (_name, value) => {
    const [pattern] = note.pattern as [string, string];
    const report = { indicator: '1.4', status: 'hoan-thanh', updated: '2024-10-15', reporter: 'Cán bộ', note: value };
    expect(new RegExp(pattern).test(value)).toBe(reportSchema.safeParse(report).success);
  });
});

describe('the cover image widget: what Decap lets through is what the check accepts', () => {
  const src = field(field(postsOf('phuong-tran-phu')?.fields, 'cover')?.fields as CmsField[] | undefined, 'src');
  const png = readFileSync(join(root, 'content/posts/phuong-tran-phu/anh-minh-hoa-ho-tro-kich-hoat-dinh-danh-dien-tu-phuong-tran-phu.png'));

  // Decap's default media library (decap-cms-core MediaLibrary.handlePersist): `if (maxFileSize && file.size > maxFileSize)` alerts and uploads nothing.
  it.each([
    ['ảnh đúng 10 MB', MAX_IMAGE_BYTES, true],
    ['ảnh 10 MB và 1 byte', MAX_IMAGE_BYTES + 1, false],
    ['ảnh 25 MB', 25 * 1024 * 1024, false],
  ])('%s', (_name, size, accepted) => {
    const maxFileSize = (src?.media_library as { config: { max_file_size: number } }).config.max_file_size;
    expect(!(maxFileSize && size > maxFileSize)).toBe(accepted);
    expect(checkImageBytes('anh-bia.png', png, size) === undefined).toBe(accepted);
  });

  // Decap tests a field's `pattern` on its value without flags; the check takes the extension in either case.
  it.each([
    ['anh-bia.jpg', true],
    ['./anh-bia.JPEG', true],
    ['anh-bia.png', true],
    ['anh-bia.WebP', true],
    ['anh-bia.gif', false],
    ['anh-bia.svg', false],
    ['anh-bia', false],
    ['anh-bia.jpg.html', false],
  ])('tên ảnh "%s"', (name, accepted) => {
    const [pattern] = src?.pattern as [string, string];
    expect(new RegExp(pattern).test(name)).toBe(accepted);
    expect(checkImageBytes(name, png)?.message.includes('không có đuôi') !== true).toBe(accepted);
  });
});

describe('config.yml writes each repeated part once (shared-objects.ts)', () => {
  it('reads back as exactly the configuration that was built', () => {
    expect(config).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('names the report types and post fields every unit repeats once, with anchors and aliases, so the file stays small', () => {
    const aliases = configText.match(/\*a\d+\b/g) ?? [];
    expect(aliases.length).toBeGreaterThan(collections.length);
    const inline = JSON.stringify(built).length;
    // The shipped 32 units repeat the same fields: aliased, the YAML is a small fraction of the JSON it stands for.
    expect(configText.length).toBeLessThan(inline / 5);
  });
});

describe('shareIdenticalObjects', () => {
  const big = (label: string) => ({ name: 'status', label, widget: 'select', options: ['chua-bat-dau', 'dang-thuc-hien', 'hoan-thanh', 'khong-ap-dung'].map((value) => ({ label: value, value })) });
  it.each([
    ['hai trường giống hệt nhau: một đối tượng', big('Trạng thái'), big('Trạng thái'), true],
    ['khác một nhãn: hai đối tượng', big('Trạng thái'), big('Tình trạng'), false],
    ['nhỏ hơn 200 ký tự: viết tại chỗ', { name: 'unit', widget: 'hidden' }, { name: 'unit', widget: 'hidden' }, false],
  ])('%s', (_name, first, second, same) => {
    const shared = shareIdenticalObjects({ units: [{ fields: [first] }, { fields: [second] }] });
    expect(shared.units[0]!.fields[0] === shared.units[1]!.fields[0]).toBe(same);
    expect(shared).toEqual({ units: [{ fields: [first] }, { fields: [second] }] });
  });

  it('keeps arrays, order, null and primitives as they were', () => {
    const tree = { a: [3, 'x', null, true, { b: [] }], c: { d: 'đ' } };
    expect(shareIdenticalObjects(tree, 0)).toEqual(tree);
    expect(JSON.stringify(shareIdenticalObjects(tree, 0))).toBe(JSON.stringify(tree));
  });
});
