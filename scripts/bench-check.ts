/**
 * How long `npm run check` takes an editor (issue 17: ≤ 3 s on the shipped
 * content on the 2-core machine): the whole content, and one post.
 *
 *   npm run bench -- check [--runs 5]
 *
 * Each run is a fresh `node scripts/check-content.ts`, as `npm run check`
 * starts it (without npm's own start-up), timed from spawn to exit; the
 * median and the fastest are printed, with the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs) || 5);
const root = join(import.meta.dirname, '..');
const script = join(root, 'scripts', 'check-content.ts');
const postsDir = join(root, 'content', 'posts', 'phuong-tran-phu');
const onePost = readdirSync(postsDir).find((name) => name.endsWith('.md'));

function time(args: string[]): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`npm run check failed on the shipped content:\n${result.stderr}`);
  }
  return times.sort((a, b) => a - b);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const report = (label: string, times: number[]) =>
  console.log(`${label.padEnd(44)} median ${seconds(times[Math.floor(times.length / 2)] ?? 0)}, fastest ${seconds(times[0] ?? 0)} (${times.length} runs)`);

console.log(`npm run check on the shipped content — Node ${process.version}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
report('whole content (npm run check)', time([]));
if (onePost) report(`one post (npm run check -- …/${onePost.slice(0, 18)}…)`, time([join('content', 'posts', 'phuong-tran-phu', onePost)]));
