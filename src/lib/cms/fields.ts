/**
 * Decap CMS widgets for the validator's own schemas (docs/adr/0014-browser-editor.md).
 * Every field of a schema gets exactly one widget here, keyed by the schema's
 * own field names: a field added to a schema without a widget is a type error
 * (and fails test/unit/cms-config.test.ts), so the editor cannot drift from the check.
 *
 * The widgets are chosen so that what the CMS writes passes `npm run check`:
 * dates as YYYY-MM-DD strings, vocabularies as select lists, lengths and
 * patterns copied from TEXT_LIMITS and the post limits.
 */
import { TEXT_LIMITS } from '../content/schemas/common.ts';
import type { evidenceSchema, historyEntrySchema, progressFileSchema, reportSchema } from '../content/schemas/progress.ts';
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from '../content/schemas/taxonomies.ts';
import type { postCoverSchema, postFrontmatterSchema } from '../posts/schema.ts';
import { POST_ALT_MAX, POST_SUMMARY_MAX, POST_TITLE_MAX } from '../posts/schema.ts';

/** One Decap CMS field, as config.yml writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** A select option: what the editor reads, and the value written to the file. */
export interface CmsOption {
  label: string;
  value: string | number;
}

/** Widgets keyed by every field of a zod object schema. */
export type WidgetsFor<Schema extends { shape: object }> = { [Field in keyof Schema['shape']]: CmsField | null };

/**
 * A pattern for text the schemas trim and bound: not blank, at most `max` characters.
 * @example textPattern(200)[0]; // '^(?=[\\s\\S]*\\S)[\\s\\S]{1,200}$'
 */
export function textPattern(max: number): [string, string] {
  return [`^(?=[\\s\\S]*\\S)[\\s\\S]{1,${max}}$`, `Không được để trống, tối đa ${max} ký tự.`];
}

/** Optional text that may be empty: at most `max` characters. */
export function optionalTextPattern(max: number): [string, string] {
  return [`^[\\s\\S]{0,${max}}$`, `Tối đa ${max} ký tự.`];
}

/**
 * A calendar date written YYYY-MM-DD (isoDateSchema), shown and picked the Vietnamese way (DD/MM/YYYY).
 * `picker_utc` keeps the day as picked whatever the editor's time zone.
 */
export function dateField(name: string, label: string, options: { required?: boolean; hint?: string } = {}): CmsField {
  return {
    name,
    label,
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'DD/MM/YYYY',
    time_format: false,
    picker_utc: true,
    required: options.required ?? true,
    ...(options.hint ? { hint: options.hint } : {}),
  };
}

export function stringField(name: string, label: string, max: number, options: { required?: boolean; hint?: string; widget?: 'string' | 'text' } = {}): CmsField {
  const required = options.required ?? true;
  return {
    name,
    label,
    widget: options.widget ?? 'string',
    required,
    pattern: required ? textPattern(max) : optionalTextPattern(max),
    ...(options.hint ? { hint: options.hint } : {}),
  };
}

/** The status vocabulary, in taxonomy order, with its Vietnamese labels. */
export const STATUS_OPTIONS: CmsOption[] = REPORT_STATUSES.map((status) => ({ label: REPORT_STATUS_LABELS[status], value: status }));

function statusField(): CmsField {
  return { name: 'status', label: 'Trạng thái', widget: 'select', options: STATUS_OPTIONS, required: true };
}

/**
 * A measured value. The CMS edits numbers only (a percent, a count, an amount in đồng);
 * a frequency such as `{ count: 1, per: week }` is kept as written when the field is left alone.
 */
function valueField(): CmsField {
  return {
    name: 'value',
    label: 'Giá trị đạt được',
    widget: 'number',
    value_type: 'float',
    min: 0,
    required: false,
    hint: 'Một con số: phần trăm (0–100), số lượng hoặc số tiền (đồng). Tần suất (ví dụ 1 lần/tuần) sửa trong tệp YAML, xem CONTRIBUTING.md.',
  };
}

/** Fields editors should not set: kept as they are in the file, never offered. */
function keptAsIs(name: string): CmsField {
  return { name, label: name, widget: 'hidden', required: false };
}

export const EVIDENCE_WIDGETS: WidgetsFor<typeof evidenceSchema> = {
  title: stringField('title', 'Tên minh chứng', TEXT_LIMITS.title),
  number: stringField('number', 'Số văn bản', TEXT_LIMITS.name, { required: false, hint: 'Ví dụ 203/BC-UBND; ghi kèm ngày văn bản.' }),
  date: dateField('date', 'Ngày văn bản', { required: false }),
  url: {
    name: 'url',
    label: 'Liên kết',
    widget: 'string',
    required: false,
    pattern: [`^(?:https?://[^\\s]{1,${TEXT_LIMITS.url - 8}}|/[^\\s/][^\\s]{0,${TEXT_LIMITS.url - 2}})?$`, 'Cần địa chỉ bắt đầu bằng https:// hoặc đường dẫn trên cổng bắt đầu bằng /.'],
  },
  file: {
    name: 'file',
    label: 'Tệp trong public/',
    widget: 'string',
    required: false,
    pattern: [`^(?:/[^\\s?#/][^\\s?#]{0,${TEXT_LIMITS.url - 2}})?$`, 'Cần đường dẫn bắt đầu bằng /, ví dụ /minh-chung/qd-12.pdf.'],
  },
};

export const HISTORY_WIDGETS: WidgetsFor<typeof historyEntrySchema> = {
  date: dateField('date', 'Ngày'),
  status: statusField(),
  value: valueField(),
  note: stringField('note', 'Ghi chú', TEXT_LIMITS.long, { required: false, widget: 'text' }),
};

/** A report's widgets; `indicatorOptions` are the indicators the unit leads. */
export function reportWidgets(indicatorOptions: CmsOption[]): WidgetsFor<typeof reportSchema> {
  return {
    indicator: { name: 'indicator', label: 'Chỉ số', widget: 'select', options: indicatorOptions, required: true },
    status: statusField(),
    value: valueField(),
    evidence: {
      name: 'evidence',
      label: 'Minh chứng',
      label_singular: 'minh chứng',
      widget: 'list',
      required: false,
      summary: '{{fields.title}}',
      hint: 'Mỗi minh chứng cần số và ngày văn bản, hoặc một liên kết, hoặc một tệp.',
      fields: fieldsOf(EVIDENCE_WIDGETS),
    },
    updated: dateField('updated', 'Ngày cập nhật'),
    reporter: stringField('reporter', 'Người báo cáo', TEXT_LIMITS.name),
    note: stringField('note', 'Ghi chú', TEXT_LIMITS.long, { required: false, widget: 'text' }),
    history: {
      name: 'history',
      label: 'Lịch sử',
      label_singular: 'mốc',
      widget: 'list',
      required: false,
      summary: '{{fields.date}} · {{fields.status}}',
      hint: 'Các trạng thái trước đây; khi đổi trạng thái, thêm một mốc với trạng thái cũ.',
      fields: fieldsOf(HISTORY_WIDGETS),
    },
    demo: keptAsIs('demo'),
  };
}

/** A progress file's widgets; `unit` is fixed by the file. */
export function progressFileWidgets(unitId: string, indicatorOptions: CmsOption[]): WidgetsFor<typeof progressFileSchema> {
  return {
    unit: { name: 'unit', label: 'Mã đơn vị', widget: 'hidden', default: unitId, required: true },
    reports: {
      name: 'reports',
      label: 'Báo cáo',
      label_singular: 'báo cáo',
      widget: 'list',
      required: true,
      collapsed: true,
      summary: '{{fields.indicator}} · {{fields.status}} · {{fields.updated}}',
      fields: fieldsOf(reportWidgets(indicatorOptions)),
    },
  };
}

export const COVER_WIDGETS: WidgetsFor<typeof postCoverSchema> = {
  src: { name: 'src', label: 'Ảnh', widget: 'image', required: true, choose_url: false, hint: 'Ảnh JPEG, PNG hoặc WebP; được lưu cạnh bài viết.' },
  alt: stringField('alt', 'Mô tả ảnh', POST_ALT_MAX, { hint: 'Ảnh cho thấy gì, cho người không xem được ảnh.' }),
};

/** Markdown without raw HTML, code or embeds: what the post check accepts (ADR 6). */
export const POST_BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung',
  widget: 'markdown',
  required: true,
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
};

/** A post's widgets, for the unit whose folder it is in. */
export function postWidgets(unitId: string, pillarOptions: CmsOption[], indicatorOptions: CmsOption[]): WidgetsFor<typeof postFrontmatterSchema> {
  return {
    title: stringField('title', 'Tiêu đề', POST_TITLE_MAX),
    date: dateField('date', 'Ngày đăng', { hint: 'Ngày trong năm kế hoạch thì bài được tính cho chỉ số 1.4. Tên tệp lấy theo ngày này khi tạo bài.' }),
    unit: { name: 'unit', label: 'Mã đơn vị', widget: 'hidden', default: unitId, required: true },
    summary: stringField('summary', 'Tóm tắt', POST_SUMMARY_MAX, { widget: 'text', hint: 'Một hai câu, khác tiêu đề; hiện trong danh sách và RSS.' }),
    pillars: { name: 'pillars', label: 'Trụ cột liên quan', widget: 'select', multiple: true, options: pillarOptions, required: false },
    indicators: { name: 'indicators', label: 'Chỉ số liên quan', widget: 'select', multiple: true, options: indicatorOptions, required: false },
    cover: { name: 'cover', label: 'Ảnh bìa', widget: 'object', required: false, collapsed: false, fields: fieldsOf(COVER_WIDGETS) },
    author: stringField('author', 'Tác giả', TEXT_LIMITS.name, { required: false }),
    draft: { name: 'draft', label: 'Bản nháp (chưa đăng)', widget: 'boolean', default: false, required: false },
    demo: keptAsIs('demo'),
  };
}

/** The widgets in schema order. */
export function fieldsOf(widgets: Record<string, CmsField | null>): CmsField[] {
  return Object.values(widgets).filter((field): field is CmsField => field !== null);
}
