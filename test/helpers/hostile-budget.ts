/**
 * Runs a command in a child process with a time budget, so that a
 * pathological input that regresses fails the test instead of hanging it:
 * the child is killed at `killAfterMs` and the result says so.
 */
import { spawn } from 'node:child_process';

export interface BudgetedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** stdout then stderr, as printed. */
  output: string;
  milliseconds: number;
  /** True when the child was still running at `killAfterMs` and was killed. */
  killed: boolean;
}

export interface BudgetedRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Hard stop: the child is killed after this long. */
  killAfterMs: number;
}

/** Runs `node <args>` and resolves when it ends or is killed. */
export function runNodeWithBudget(args: string[], { cwd, env, killAfterMs }: BudgetedRunOptions): Promise<BudgetedRun> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolveRun({ status, signal, output: `${stdout}${stderr}`, milliseconds: Math.round(performance.now() - started), killed });
    });
  });
}
