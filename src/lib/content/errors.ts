/** Where editors read how to fix content; every message ends by pointing here. */
export const CONTRIBUTING_HINT = 'Xem hướng dẫn: CONTRIBUTING.md';

/** One problem in one content file, in words a ward editor can act on. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. content/units.yaml. */
  file: string;
  line?: number;
  column?: number;
  /** The entry, e.g. `chỉ số "1.4"`. */
  entry?: string;
  /** The field, e.g. `lead[1]`. */
  field?: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, with a correct example. */
  fix?: string;
}

/**
 * Formats an issue as one block: where, what, how to fix, where to read more.
 * @example
 * formatIssue({ file: 'content/units.yaml', line: 3, column: 5, field: 'kind', message: 'sai loại' })
 * // 'content/units.yaml:3:5 — trường "kind": sai loại\n  Xem hướng dẫn: CONTRIBUTING.md'
 */
export function formatIssue(issue: ContentIssue): string {
  const position = issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : '';
  const where = [issue.entry, issue.field ? `trường "${issue.field}"` : undefined].filter(Boolean).join(', ');
  const lines = [`${issue.file}${position} — ${where ? `${where}: ` : ''}${issue.message}`];
  if (issue.fix) lines.push(`  Cách sửa: ${issue.fix}`);
  lines.push(`  ${CONTRIBUTING_HINT}`);
  return lines.join('\n');
}

/** Thrown when content is invalid; carries every issue found, not only the first. */
export class ContentValidationError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length;
    super(
      `Nội dung có ${count} lỗi, trang chưa được dựng:\n\n${issues.map(formatIssue).join('\n\n')}\n`,
    );
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}

/** Turns a property path into the field notation editors see: `targets[0].value`. */
export function pathToField(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
