/**
 * The content check itself, as `npm run check` runs it, returning what it prints instead of printing
 * it: scripts/check-content.ts writes the result out; the hostile-corpus test runs it over many copies
 * in one process (test/helpers/check-batch.ts).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getContentDir } from '../../src/lib/content/content-dir-fs.ts';
import { ContentValidationError, formatIssue, type ContentIssue } from '../../src/lib/content/errors.ts';
import { formatAnnotation, formatStepSummary } from '../../src/lib/content/github-annotations.ts';
import { issuesForFile } from '../../src/lib/content/file-scope.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { findContentWarnings } from './check-warnings-fs.ts';

export interface CheckRun {
  /** 0 valid, 1 invalid content, 2 a file argument outside content/. */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Text for $GITHUB_STEP_SUMMARY, under GitHub Actions. */
  stepSummary?: string;
}

export interface CheckOptions {
  /** The project folder: messages name files relative to it. */
  root: string;
  /** Files to check alone (paths as typed); every file when empty. */
  files?: readonly string[];
  /** Print GitHub workflow-command annotations and a step summary. */
  githubActions?: boolean;
  /** Called once validation is done, before warnings are looked for. */
  onValidated?: () => void;
}

/** Validates the content under `root` as `npm run check` does. */
export function runContentCheck({ root, files: typed = [], githubActions = false, onValidated }: CheckOptions): CheckRun {
  const contentDir = getContentDir(root);
  const files = typed.map((argument) => relative(root, resolve(root, argument)).split('\\').join('/'));
  for (const [index, file] of files.entries()) {
    if (!existsSync(resolve(root, file)) || !resolve(root, file).startsWith(`${resolve(contentDir)}/`)) {
      const stderr = `Không có tệp "${typed[index] ?? file}" trong ${relative(root, contentDir) || contentDir}/.\n  Cách dùng: npm run check -- content/posts/phuong-tran-phu/2024-03-05-ra-mat.md\n  Xem hướng dẫn: CONTRIBUTING.md\n`;
      return { exitCode: 2, stdout: '', stderr };
    }
  }
  let errors: readonly ContentIssue[] = [];
  let summaryLine = '';
  let planYear: number | undefined;
  try {
    const content = loadPortalContentFromDir(contentDir, root);
    planYear = content.site.year;
    summaryLine = `Nội dung hợp lệ: ${content.indicators.length} chỉ số, ${content.pillars.length} trụ cột, ${content.units.length} đơn vị, ${content.plans.length} văn bản kế hoạch.`;
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    errors = error.issues;
  }
  onValidated?.();
  let warnings = findContentWarnings(contentDir, root, planYear);
  if (files.length > 0) {
    errors = issuesForFile(errors, files);
    warnings = issuesForFile(warnings, files);
    if (errors.length === 0) summaryLine = `${files.join(', ')}: hợp lệ (đã đối chiếu với đơn vị, trụ cột và chỉ số trong ${relative(root, contentDir) || contentDir}/).`;
  }

  let stdout = '';
  let stepSummary: string | undefined;
  if (githubActions) {
    for (const issue of errors) stdout += `${formatAnnotation(issue, 'error')}\n`;
    for (const warning of warnings) stdout += `${formatAnnotation(warning, 'warning')}\n`;
    stepSummary = formatStepSummary(errors, warnings);
  }
  if (warnings.length > 0) {
    stdout += `Có ${warnings.length} cảnh báo (không chặn việc dựng trang, nhưng nên sửa):\n\n${warnings.map(formatIssue).join('\n\n')}\n\n`;
  }
  if (errors.length > 0) return { exitCode: 1, stdout, stderr: `${new ContentValidationError(errors).message}\n`, stepSummary };
  return { exitCode: 0, stdout: `${stdout}${summaryLine}\n`, stderr: '', stepSummary };
}
