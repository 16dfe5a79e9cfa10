/**
 * Runs the real content check (`node scripts/check-content.ts`) in a CHILD
 * process with a time budget, so a parser that turns quadratic again fails a
 * test instead of hanging it (issue 12, point 6).
 *
 * The budget is for validation itself, which the script reports under
 * PORTAL_CHECK_TIMING=1; Node's start-up and module loading are not content's
 * doing and take seconds on a busy 2-core machine. The child is killed at
 * 3 × budget plus a start-up allowance, and the result says so.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const CHECK_SCRIPT = resolve(REPO, 'scripts/check-content.ts');
/** Node's start-up and imports, which the budget leaves out; generous for a machine five helpers share. */
export const STARTUP_ALLOWANCE_MS = 15_000;

export interface TimedCheck {
  /** null when killed. */
  exitCode: number | null;
  stdout: string;
  /** Without the timing line. */
  stderr: string;
  /** Validation time reported by the script; undefined when it never finished. */
  validationMs: number | undefined;
  /** Wall time of the whole child process. */
  wallMs: number;
  /** True when the child was killed at the hard limit. */
  killed: boolean;
  /** True when validation finished within the budget and the child was not killed. */
  withinBudget: boolean;
}

/**
 * Checks the content under `root/content` (messages name files relative to
 * `root`, as `content/…`) with "today" fixed at 2024-12-31.
 * @example
 * const run = await runCheckWithBudget(copy.root, 2000);
 * expect(run.withinBudget).toBe(true);
 */
export function runCheckWithBudget(root: string, budgetMs: number): Promise<TimedCheck> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CHECK_SCRIPT], {
      cwd: root,
      env: { ...process.env, PORTAL_CONTENT_DIR: resolve(root, 'content'), PORTAL_TODAY: '2024-12-31', PORTAL_CHECK_TIMING: '1', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let killed = false;
    const hardLimit = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, budgetMs * 3 + STARTUP_ALLOWANCE_MS);
    child.on('error', (error) => {
      clearTimeout(hardLimit);
      fail(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(hardLimit);
      const timing = /^check-content: validation (\d+) ms\n/m.exec(stderr);
      const validationMs = timing ? Number(timing[1]) : undefined;
      done({
        exitCode,
        stdout,
        stderr: timing ? stderr.replace(timing[0], '') : stderr,
        validationMs,
        wallMs: Math.round(performance.now() - started),
        killed,
        withinBudget: !killed && validationMs !== undefined && validationMs <= budgetMs,
      });
    });
  });
}
