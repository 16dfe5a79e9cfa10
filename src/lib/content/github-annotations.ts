/**
 * Content problems as GitHub Actions workflow commands, so each one shows on
 * the changed line of the pull request, and as the job's Markdown summary.
 * Pure: the caller (scripts/check-content.ts) decides when (GITHUB_ACTIONS=true)
 * and where to write.
 */
import type { ContentIssue } from './errors.ts';

export type AnnotationLevel = 'error' | 'warning';

/**
 * Escapes a workflow command's message, as the runner's toolkit does:
 * `%`, CR and LF, so a multi-line message stays one command.
 * @example escapeAnnotationData('50% xong\nCách sửa'); // '50%25 xong%0ACách sửa'
 */
export function escapeAnnotationData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a workflow command's property value: as the message, plus `:` and
 * `,`, which would otherwise end the value.
 * @example escapeAnnotationProperty('trường "summary", dòng 2: lỗi'); // 'trường "summary"%2C dòng 2%3A lỗi'
 */
export function escapeAnnotationProperty(text: string): string {
  return escapeAnnotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** What the annotation's title says: the kind of problem and where in the file. */
function annotationTitle(issue: ContentIssue, level: AnnotationLevel): string {
  const kind = level === 'error' ? 'Lỗi nội dung' : 'Cảnh báo nội dung';
  const where = [issue.entry, issue.field ? `trường "${issue.field}"` : undefined].filter(Boolean).join(', ');
  return where ? `${kind} — ${where}` : kind;
}

/** The annotation's text: what is wrong, then how to fix it. */
function annotationText(issue: ContentIssue): string {
  return issue.fix ? `${issue.message}\nCách sửa: ${issue.fix}` : issue.message;
}

/**
 * One problem as a workflow command, e.g.
 * `::error file=content/posts/a/b.md,line=2,col=1,title=…::thiếu trường bắt buộc này`.
 * A folder (ending in /) is not a file GitHub can annotate: it gets no `file=`.
 * @example
 * formatAnnotation({ file: 'content/site.yaml', line: 3, column: 7, message: 'sai' }, 'error');
 * // '::error file=content/site.yaml,line=3,col=7,title=Lỗi nội dung::sai'
 */
export function formatAnnotation(issue: ContentIssue, level: AnnotationLevel): string {
  const properties: string[] = [];
  if (!issue.file.endsWith('/')) properties.push(`file=${escapeAnnotationProperty(issue.file)}`);
  if (issue.line) properties.push(`line=${issue.line}`);
  if (issue.line && issue.column) properties.push(`col=${issue.column}`);
  properties.push(`title=${escapeAnnotationProperty(annotationTitle(issue, level))}`);
  return `::${level} ${properties.join(',')}::${escapeAnnotationData(annotationText(issue))}`;
}

/** Content text inside Markdown: no HTML, no links or emphasis made by the content. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#!~]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
}

function summaryItem(issue: ContentIssue): string {
  const position = issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : '';
  const where = [issue.entry, issue.field ? `trường "${issue.field}"` : undefined].filter(Boolean).join(', ');
  const lines = [`- \`${issue.file.replace(/`/g, "'")}${position}\` — ${markdownText(where ? `${where}: ${issue.message}` : issue.message)}`];
  if (issue.fix) lines.push(`  - Cách sửa: ${markdownText(issue.fix)}`);
  return lines.join('\n');
}

/**
 * The job summary ($GITHUB_STEP_SUMMARY), in Vietnamese: the verdict, then
 * every error and every warning with its place and fix.
 * @example
 * formatStepSummary([], []).startsWith('## Kiểm tra nội dung: hợp lệ'); // true
 */
export function formatStepSummary(errors: readonly ContentIssue[], warnings: readonly ContentIssue[]): string {
  const verdict = errors.length > 0 ? `${errors.length} lỗi, trang chưa thể dựng` : 'hợp lệ';
  const parts = [`## Kiểm tra nội dung: ${verdict}`, ''];
  if (errors.length === 0 && warnings.length === 0) parts.push('Không có lỗi hay cảnh báo nào.', '');
  if (errors.length > 0) {
    parts.push(`### Lỗi (${errors.length}) — cần sửa trước khi gộp`, '', ...errors.map(summaryItem), '');
  }
  if (warnings.length > 0) {
    parts.push(`### Cảnh báo (${warnings.length}) — không chặn, nhưng nên xem lại`, '', ...warnings.map(summaryItem), '');
  }
  parts.push('Mỗi lỗi, cảnh báo cũng hiện ngay trên dòng tương ứng trong tab "Files changed" của pull request. Xem hướng dẫn: CONTRIBUTING.md', '');
  return parts.join('\n');
}
