import type { z } from 'zod';
import { slugify } from '../text/slug.ts';

type ZodIssue = z.core.$ZodIssue;

/**
 * Edit distance between two words (optimal string alignment: insertions,
 * deletions, substitutions and swaps of two neighbours each cost 1).
 * @example editDistance('sumary', 'summary'); // 1
 * @example editDistance('titel', 'title'); // 1
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The allowed field an unknown one was most likely meant to be: the nearest
 * by edit distance (case and separators ignored), if near enough to be a typo.
 * @example nearestField('sumary', ['title', 'summary', 'date']); // 'summary'
 * @example nearestField('mau-sac', ['title', 'summary']); // undefined
 */
export function nearestField(typed: string, allowed: readonly string[]): string | undefined {
  const key = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = key(typed);
  let best: { field: string; distance: number } | undefined;
  for (const field of allowed) {
    const distance = editDistance(wanted, key(field));
    if (!best || distance < best.distance) best = { field, distance };
  }
  // One slip in a short name, two in a longer one; beyond that it is another word.
  const tolerance = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  return best && best.distance <= tolerance ? best.field : undefined;
}

/** Unwraps optional, default, nullable, pipe and preprocess wrappers to the schema that checks the value. */
function innerSchema(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as { _zod?: { def?: Record<string, unknown> } };
  for (let depth = 0; depth < 20; depth += 1) {
    const def = current._zod?.def;
    const inner = def?.innerType ?? (def?.type === 'pipe' ? (def.out as { _zod?: { def?: { type?: string } } })?._zod?.def?.type === 'transform' ? def.in : def.out : undefined);
    if (!inner) break;
    current = inner as typeof current;
  }
  return current as unknown as z.ZodType;
}

/**
 * The field names an object schema allows at `path` (array indexes step into
 * the element schema), or undefined when the path does not lead to an object.
 * @example allowedFieldsAt(z.object({ units: z.array(z.object({ id: z.string() })) }), ['units', 3]); // ['id']
 */
export function allowedFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current = innerSchema(schema) as unknown as { _zod: { def: Record<string, unknown> } };
  for (const part of path) {
    const def = current._zod.def;
    const next = typeof part === 'number' ? (def.type === 'array' ? def.element : undefined) : def.type === 'object' ? (def.shape as Record<string, unknown>)[String(part)] : undefined;
    if (!next) return undefined;
    current = innerSchema(next as z.ZodType) as unknown as typeof current;
  }
  const def = current._zod.def;
  return def.type === 'object' ? Object.keys(def.shape as Record<string, unknown>) : undefined;
}

/**
 * Fields editors never set by hand: they exist for generated content (demo
 * reports and posts), so they are not offered when a field name is misspelt.
 */
export const FIELDS_NOT_OFFERED: ReadonlySet<string> = new Set(['demo']);

/** The fields to offer for an unknown key, without those editors should not set. */
export function offeredFields(allowed: readonly string[]): string[] {
  return allowed.filter((field) => !FIELDS_NOT_OFFERED.has(field));
}

/** For an unknown field: the nearest allowed one, or the list of allowed ones. */
function unknownKeyHint(issue: Extract<ZodIssue, { code: 'unrecognized_keys' }>, schema: z.ZodType | undefined): { meant?: string; offered?: string[] } {
  const allowed = schema && allowedFieldsAt(schema, issue.path as PropertyKey[]);
  if (!allowed) return {};
  const offered = offeredFields(allowed);
  const typed = issue.keys[0];
  const meant = typed === undefined ? undefined : nearestField(typed, offered);
  return { meant, offered };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường (các dòng "tên: giá trị")',
  date: 'một ngày dạng YYYY-MM-DD',
  null: 'để trống',
  undefined: 'không có giá trị',
};

function describeReceived(input: unknown): string {
  if (input === undefined) return 'không có trường này';
  if (input === null) return 'để trống';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'string') return `chữ "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'number') return `số ${input}`;
  if (typeof input === 'boolean') return String(input);
  return 'một nhóm trường';
}

/**
 * Rewrites a zod issue in Vietnamese. Custom messages from the schemas are
 * already Vietnamese and pass through.
 * @example
 * zodIssueToVietnamese({ code: 'invalid_type', expected: 'string', input: 3, path: [], message: '' })
 * // 'cần một đoạn chữ, nhưng đang là số 3'
 */
export function zodIssueToVietnamese(issue: ZodIssue, schema?: z.ZodType): string {
  const custom = issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'thiếu trường bắt buộc này';
      const expected = custom ? issue.message : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `${expected}, nhưng đang là ${describeReceived(issue.input)}`;
    }
    case 'unrecognized_keys': {
      const unknown = `có trường không được hỗ trợ: ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
      const { meant } = unknownKeyHint(issue, schema);
      return meant ? `${unknown} — bạn muốn viết ${meant}?` : `${unknown} (kiểm tra lỗi chính tả)`;
    }
    case 'invalid_value':
      return custom
        ? issue.message
        : `giá trị không hợp lệ; cần một trong: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_small':
      if (custom) return issue.message;
      return issue.origin === 'array'
        ? `danh sách cần ít nhất ${String(issue.minimum)} mục`
        : issue.origin === 'string'
          ? 'không được để trống'
          : `cần lớn hơn${issue.inclusive ? ' hoặc bằng' : ''} ${String(issue.minimum)}`;
    case 'too_big':
      // A text's limit and its actual length, so the editor knows how much to cut (never the text itself: it may be megabytes).
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? ` (đang dài ${issue.input.length} ký tự)` : '';
        return `${custom ? issue.message : `dài quá giới hạn ${String(issue.maximum)} ký tự`}${length}`;
      }
      if (custom) return issue.message;
      return issue.origin === 'array'
        ? `danh sách chỉ được tối đa ${String(issue.maximum)} mục`
        : `cần nhỏ hơn${issue.inclusive ? ' hoặc bằng' : ''} ${String(issue.maximum)}`;
    case 'invalid_format':
      return custom ? issue.message : `sai định dạng (${issue.format})`;
    default:
      return custom ? issue.message : 'giá trị không hợp lệ';
  }
}

/** Example values for fields whose type alone says too little. */
const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  asOf: '2024-06-30',
  updated: '2024-06-30',
  date: '2024-03-15',
  due: '2024-12-31',
  start: '2024-01-01',
  issuedMonth: '2024-02',
  year: '2024',
  unit: 'phuong-tran-phu',
  number: '55/KH-UBND',
  maxPoints: '100',
  url: 'https://bacgiang.gov.vn/',
  website: 'https://bacgiang.gov.vn/',
};

const TYPE_EXAMPLES: Readonly<Record<string, string>> = {
  string: '…',
  number: '10',
  int: '10',
  boolean: 'true',
  array: '[…]',
  date: '2024-06-30',
};

/** The last named key of an issue's path: `targets[0].value` → `value`. */
function leafKey(path: readonly PropertyKey[]): string | undefined {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  return typeof key === 'string' ? key : undefined;
}

/**
 * How to fix what an issue describes, as a corrected line to write (house
 * rule: every message comes with a correct example). Undefined when the
 * issue gives nothing to build one from.
 * @example
 * zodIssueFix({ code: 'invalid_value', values: ['ward', 'commune'], input: 'phuong', path: ['units', 3, 'kind'], message: '' })
 * // 'ghi kind: ward (hoặc một giá trị khác trong danh sách trên)'
 */
export function zodIssueFix(issue: ZodIssue, schema?: z.ZodType): string | undefined {
  // A schema's own check may carry its fix, or a corrected value (ctx.addIssue({ …, params: { fix } or { example } })).
  const own = issue.code === 'custom' ? (issue.params as { fix?: unknown; example?: unknown } | undefined) : undefined;
  if (typeof own?.fix === 'string') return own.fix;
  const key = leafKey(issue.path as PropertyKey[]);
  const line = (value: string) => (key === undefined ? value : `${key}: ${value}`);
  if (typeof own?.example === 'string') return `ghi ${line(own.example)}`;
  const exampleIn = (message: string) => /ví dụ ([^,;()]+?)\s*$/.exec(message)?.[1]?.replace(/^"(.*)"$/, '$1');
  const custom = issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const typed = issue.keys[0] ?? '';
      const { meant, offered } = unknownKeyHint(issue, schema);
      if (meant) return `sửa "${typed}:" thành "${meant}:" (giữ nguyên giá trị sau dấu hai chấm)`;
      if (offered) return `xóa dòng "${typed}: …", hoặc sửa tên trường cho đúng một trong: ${offered.join(', ')}`;
      return `xóa dòng "${typed}: …", hoặc sửa tên trường cho đúng tên trong tệp mẫu (viết thường, không dấu)`;
    }
    case 'invalid_value': {
      if (issue.values.length === 0) break;
      // "dang thuc hien" or "Đang thực hiện" for dang-thuc-hien: the value the editor meant, else the first one.
      const meant = typeof issue.input === 'string' ? issue.values.find((value) => value === slugify(issue.input as string)) : undefined;
      if (meant !== undefined) return `ghi ${line(String(meant))}`;
      return `ghi ${line(String(issue.values[0]))}${issue.values.length > 1 ? ' (hoặc một giá trị khác trong danh sách trên)' : ''}`;
    }
    case 'invalid_type': {
      const example = (key && FIELD_EXAMPLES[key]) ?? (custom && exampleIn(custom)) ?? TYPE_EXAMPLES[issue.expected];
      if (example === undefined) break;
      if (issue.input === undefined) return `thêm dòng “${line(example)}”, thụt lề thẳng hàng với các trường khác của mục này`;
      return `ghi ${line(example)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `thêm ít nhất ${String(issue.minimum)} mục vào danh sách${key ? ` ${key}` : ''}`;
      if (issue.origin === 'string') return `điền nội dung, ví dụ ${line((key && FIELD_EXAMPLES[key]) || '…')}`;
      break;
    case 'invalid_format': {
      const example = (key && FIELD_EXAMPLES[key]) || (custom && exampleIn(custom));
      if (example) return `ghi ${line(example)}`;
      break;
    }
    case 'too_big':
      if (issue.origin === 'array') return `bớt danh sách${key ? ` ${key}` : ''} còn tối đa ${String(issue.maximum)} mục`;
      if (issue.origin === 'string') return `viết ngắn lại, tối đa ${String(issue.maximum)} ký tự; phần chi tiết đưa vào bài viết hoặc văn bản được dẫn`;
      break;
    default:
      break;
  }
  const example = custom && exampleIn(custom);
  return example ? `ghi ${line(example)}` : undefined;
}
