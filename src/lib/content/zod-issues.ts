import type { z } from 'zod';
import { slugify } from '../text/slug.ts';

type ZodIssue = z.core.$ZodIssue;

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
export function zodIssueToVietnamese(issue: ZodIssue): string {
  const custom = issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'thiếu trường bắt buộc này';
      const expected = custom ? issue.message : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `${expected}, nhưng đang là ${describeReceived(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${issue.keys.map((key) => `"${key}"`).join(', ')} (kiểm tra lỗi chính tả)`;
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
export function zodIssueFix(issue: ZodIssue): string | undefined {
  // A schema's own check may carry its fix, or a corrected value (ctx.addIssue({ …, params: { fix } or { example } })).
  const own = issue.code === 'custom' ? (issue.params as { fix?: unknown; example?: unknown } | undefined) : undefined;
  if (typeof own?.fix === 'string') return own.fix;
  const key = leafKey(issue.path as PropertyKey[]);
  const line = (value: string) => (key === undefined ? value : `${key}: ${value}`);
  if (typeof own?.example === 'string') return `ghi ${line(own.example)}`;
  const exampleIn = (message: string) => /ví dụ ([^,;()]+?)\s*$/.exec(message)?.[1]?.replace(/^"(.*)"$/, '$1');
  const custom = issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `xóa dòng "${issue.keys[0] ?? ''}: …", hoặc sửa tên trường cho đúng tên trong tệp mẫu (viết thường, không dấu)`;
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
