import type { z } from 'astro/zod';

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
