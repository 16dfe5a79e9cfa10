/**
 * Runs the content check (`runContentCheck`, what `npm run check` runs) on many project folders in ONE
 * Node process, printing one JSON line per folder: the hostile corpus has over a hundred refused cases,
 * and a process each spent most of its time starting Node and loading the validator.
 *
 *   node test/helpers/check-batch.ts <root>…
 */
import { runContentCheck } from '../../scripts/lib/check-run-fs.ts';

for (const root of process.argv.slice(2)) {
  const started = performance.now();
  const run = runContentCheck({ root });
  const line = { root, status: run.exitCode, output: `${run.stdout}${run.stderr}`, milliseconds: Math.round(performance.now() - started) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
