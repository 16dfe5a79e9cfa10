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
import { appendFileSync } from 'node:fs';
import { runContentCheck } from './lib/check-run-fs.ts';

// PORTAL_CHECK_TIMING=1 prints how long validation took, apart from Node's start-up (test/helpers/timed-check.ts).
const started = performance.now();
const run = runContentCheck({
  root: process.cwd(),
  files: process.argv.slice(2).filter((argument) => !argument.startsWith('-')),
  githubActions: process.env.GITHUB_ACTIONS === 'true',
  onValidated: () => {
    if (process.env.PORTAL_CHECK_TIMING === '1') console.error(`check-content: validation ${Math.round(performance.now() - started)} ms`);
  },
});
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
if (run.stepSummary !== undefined && summaryFile) appendFileSync(summaryFile, run.stepSummary, 'utf8');
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.exitCode;
