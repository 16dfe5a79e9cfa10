/**
 * Validates every content file without building the site: the quick check
 * for editors and for CI. Exits 1 with every problem listed; warnings
 * (src/lib/posts/warnings.ts) are printed too but do not fail it.
 *
 *   npm run check            (this; type-checking is npm run typecheck)
 *   node scripts/check-content.ts
 *   npm run check -- content/posts/phuong-tran-phu/2024-03-05-ra-mat.md   (one file: still validated
 *       against the units, pillars and indicators it names, but only its own problems are reported)
 *
 * Under GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as a
 * workflow command (::error / ::warning), so it shows on the pull request's
 * line, and a summary is written to $GITHUB_STEP_SUMMARY.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { ContentValidationError, formatIssue, type ContentIssue } from '../src/lib/content/errors.ts';
import { formatAnnotation, formatStepSummary } from '../src/lib/content/github-annotations.ts';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';
import { findContentWarnings } from './lib/check-warnings-fs.ts';
import { issuesForFile } from '../src/lib/content/file-scope.ts';

// PORTAL_CHECK_TIMING=1 prints how long validation took, apart from Node's start-up (test/helpers/timed-check.ts).
const started = performance.now();
const root = process.cwd();
const contentDir = getContentDir(root);
const only = process.argv.slice(2).filter((argument) => !argument.startsWith('-'));
const files = only.map((argument) => relative(root, resolve(root, argument)).split('\\').join('/'));
for (const [index, file] of files.entries()) {
  if (!existsSync(resolve(root, file)) || !resolve(root, file).startsWith(`${resolve(contentDir)}/`)) {
    console.error(`Không có tệp "${only[index] ?? file}" trong ${relative(root, contentDir) || contentDir}/.\n  Cách dùng: npm run check -- content/posts/phuong-tran-phu/2024-03-05-ra-mat.md\n  Xem hướng dẫn: CONTRIBUTING.md`);
    process.exit(2);
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
if (process.env.PORTAL_CHECK_TIMING === '1') console.error(`check-content: validation ${Math.round(performance.now() - started)} ms`);
let warnings = findContentWarnings(contentDir, root, planYear);
if (files.length > 0) {
  errors = issuesForFile(errors, files);
  warnings = issuesForFile(warnings, files);
  if (errors.length === 0) summaryLine = `${files.join(', ')}: hợp lệ (đã đối chiếu với đơn vị, trụ cột và chỉ số trong ${relative(root, contentDir) || contentDir}/).`;
}

if (process.env.GITHUB_ACTIONS === 'true') {
  for (const issue of errors) console.log(formatAnnotation(issue, 'error'));
  for (const warning of warnings) console.log(formatAnnotation(warning, 'warning'));
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, formatStepSummary(errors, warnings), 'utf8');
}
if (warnings.length > 0) {
  console.log(`Có ${warnings.length} cảnh báo (không chặn việc dựng trang, nhưng nên sửa):\n\n${warnings.map(formatIssue).join('\n\n')}\n`);
}
if (errors.length > 0) {
  console.error(new ContentValidationError(errors).message);
  process.exit(1);
}
console.log(summaryLine);
