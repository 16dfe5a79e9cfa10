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
import type { IndicatorTarget } from '../content/schemas/indicator.ts';
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from '../content/schemas/taxonomies.ts';
import { CADENCE_PERIODS } from '../content/schemas/timeframe.ts';
import { CADENCE_PERIOD_LABELS } from '../plan/labels.ts';
import type { postCoverSchema, postFrontmatterSchema } from '../posts/schema.ts';
import { POST_ALT_MAX, POST_COVER_SRC_MAX, POST_SUMMARY_MAX, POST_TITLE_MAX } from '../posts/schema.ts';
import { MAX_IMAGE_BYTES } from '../posts/image-check.ts';
import { POST_IMAGE_EXTENSIONS } from '../posts/urls.ts';

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

/** What a report's `value` must be for its indicator (src/lib/progress/target.ts, valueMismatch). */
export type ValueTarget = Pick<IndicatorTarget, 'measure'> | undefined;

/** The largest count or amount the editor accepts: beyond it a number is no longer exact (and YAML would write `.inf`). */
export const MAX_REPORT_NUMBER = Number.MAX_SAFE_INTEGER;

/**
 * A measured value fitted to the indicator's target, or no widget at all when the indicator has no
 * numeric target (the check refuses a value there): a percent 0–100, a whole count or amount in đồng,
 * or a frequency `{ count, per }`. The frequency's parts are optional in the form (Decap would
 * otherwise refuse to save a report left without a value) and checked together before saving
 * (src/lib/cms/save-rules.ts).
 */
export function valueField(target: ValueTarget): CmsField | null {
  const base = { name: 'value', label: 'Giá trị đạt được', required: false };
  switch (target?.measure) {
    case undefined:
      return null;
    case 'percent':
      return { ...base, widget: 'number', value_type: 'float', min: 0, max: 100, step: 0.1, hint: 'Tỷ lệ phần trăm, từ 0 đến 100.' };
    case 'count':
      return { ...base, widget: 'number', value_type: 'int', min: 0, max: MAX_REPORT_NUMBER, step: 1, hint: 'Một số nguyên (số lượng).' };
    case 'money':
      return { ...base, widget: 'number', value_type: 'int', min: 0, max: MAX_REPORT_NUMBER, step: 1, hint: 'Số tiền, tính bằng đồng (số nguyên).' };
    case 'frequency':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        hint: 'Bao nhiêu lần trong mỗi kỳ, ví dụ 1 lần mỗi tuần. Để trống cả hai nếu chưa có số liệu.',
        fields: [
          { name: 'count', label: 'Số lần', widget: 'number', value_type: 'float', min: 0, max: MAX_REPORT_NUMBER, required: false },
          { name: 'per', label: 'Mỗi', widget: 'select', options: CADENCE_OPTIONS, required: false },
        ],
      };
  }
}

/** The periods of a frequency, in order, with their Vietnamese words. */
export const CADENCE_OPTIONS: CmsOption[] = CADENCE_PERIODS.map((period) => ({ label: CADENCE_PERIOD_LABELS[period], value: period }));

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

/** A history entry's widgets; its value fits the same target as the report's. */
export function historyWidgets(target: ValueTarget): WidgetsFor<typeof historyEntrySchema> {
  return {
    date: dateField('date', 'Ngày'),
    status: statusField(),
    value: valueField(target),
    note: stringField('note', 'Ghi chú', TEXT_LIMITS.long, { required: false, widget: 'text' }),
  };
}

/**
 * A report's widgets, for one indicator. `indicator` has none: the report list is typed by it
 * (`typeKey: indicator`), so Decap writes the type's name, the indicator id, into that field.
 */
export function reportWidgets(target: ValueTarget): WidgetsFor<typeof reportSchema> {
  return {
    indicator: null,
    status: statusField(),
    value: valueField(target),
    evidence: {
      name: 'evidence',
      label: 'Minh chứng',
      label_singular: 'minh chứng',
      widget: 'list',
      required: false,
      summary: '{{fields.title}}',
      hint: 'Mỗi minh chứng cần số và ngày văn bản, hoặc một liên kết, hoặc một tệp; trình soạn thảo không lưu minh chứng chỉ có tên.',
      fields: fieldsOf(EVIDENCE_WIDGETS),
    },
    updated: dateField('updated', 'Ngày cập nhật', { hint: 'Không muộn hơn hôm nay.' }),
    reporter: stringField('reporter', 'Người báo cáo', TEXT_LIMITS.name),
    note: stringField('note', 'Ghi chú', TEXT_LIMITS.long, { required: false, widget: 'text' }),
    history: {
      name: 'history',
      label: 'Lịch sử',
      label_singular: 'mốc',
      widget: 'list',
      required: false,
      summary: '{{fields.date}} · {{fields.status}}',
      hint: 'Các trạng thái trước đây, từ cũ đến mới, không muộn hơn ngày cập nhật; khi đổi trạng thái, thêm một mốc với trạng thái cũ.',
      fields: fieldsOf(historyWidgets(target)),
    },
    demo: keptAsIs('demo'),
  };
}

/** An indicator a unit reports on, with the target its value must fit (targetForUnit). */
export interface ReportableIndicator {
  id: string;
  /** "2.3 — Tỷ lệ …", as the "add a report" menu lists it. */
  label: string;
  target: ValueTarget;
}

/** One type of the report list: the reports on one indicator. */
export function reportType(indicator: ReportableIndicator): CmsField {
  return {
    name: indicator.id,
    label: indicator.label,
    widget: 'object',
    summary: `${indicator.id} · {{fields.status}} · {{fields.updated}}`,
    fields: fieldsOf(reportWidgets(indicator.target)),
  };
}

/** A progress file's widgets; `unit` is fixed by the file, `indicators` are those the unit reports on. */
export function progressFileWidgets(unitId: string, indicators: readonly ReportableIndicator[]): WidgetsFor<typeof progressFileSchema> {
  return {
    unit: { name: 'unit', label: 'Mã đơn vị', widget: 'hidden', default: unitId, required: true },
    reports: {
      name: 'reports',
      label: 'Báo cáo',
      label_singular: 'báo cáo',
      widget: 'list',
      required: true,
      collapsed: true,
      hint: 'Mỗi chỉ số một báo cáo: chọn chỉ số khi thêm báo cáo mới.',
      // Typed by the report's own `indicator` field: the file keeps its shape, and each indicator gets its own value widget.
      typeKey: 'indicator',
      types: indicators.map(reportType),
    },
  };
}

/** A post image's extension, in either case (Decap's `pattern` takes no flags; the check lowercases): `\.(?:[jJ][pP][gG]|…)`. */
const IMAGE_EXTENSION_PATTERN = `\\.(?:${POST_IMAGE_EXTENSIONS.map((extension) => [...extension.slice(1)].map((letter) => `[${letter}${letter.toUpperCase()}]`).join('')).join('|')})`;

export const COVER_WIDGETS: WidgetsFor<typeof postCoverSchema> = {
  // Optional in the form: Decap refuses to save an optional object whose parts are required, even left empty.
  // An image and its description are required together before saving (src/lib/cms/save-rules.ts).
  // Decap's default media library refuses a larger upload (`file.size > max_file_size`) before it is added to the entry.
  // It cannot restrict the type: its file input only asks the browser for `image/*`; the name's extension is held by `pattern`.
  src: {
    name: 'src',
    label: 'Ảnh',
    widget: 'image',
    required: false,
    choose_url: false,
    media_library: { config: { max_file_size: MAX_IMAGE_BYTES } },
    pattern: [`^(?=[\\s\\S]{1,${POST_COVER_SRC_MAX}}$)(?:\\./)?[^/\\\\]+${IMAGE_EXTENSION_PATTERN}$`, `Ảnh JPEG, PNG hoặc WebP (${POST_IMAGE_EXTENSIONS.join(', ')}) cạnh bài viết, tên tệp tối đa ${POST_COVER_SRC_MAX} ký tự.`],
    hint: `Ảnh JPEG, PNG hoặc WebP, tối đa ${MAX_IMAGE_BYTES / 1024 / 1024} MB; được lưu cạnh bài viết.`,
  },
  alt: stringField('alt', 'Mô tả ảnh', POST_ALT_MAX, { required: false, hint: 'Ảnh cho thấy gì, cho người không xem được ảnh. Cần khi có ảnh.' }),
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
