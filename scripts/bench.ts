/**
 * The benchmarks (not tests; see BENCHMARKS.md), one command:
 *
 *   npm run bench                    # issue 18 point 6 (scripts/bench-build.ts): at the shipped size, ~10× and ~100×,
 *                                    # cold build ÷ same-stack baseline, warm rebuild after one changed post ÷ cold,
 *                                    # the largest page, search bytes and (shipped size) search speed in Chromium
 *   npm run bench -- --scales 1,10   # a quicker run
 *   npm run bench -- search          # Pagefind index size and bytes per query (scripts/bench-search.ts)
 *   npm run bench -- og [--quick]    # social images per image and per build (scripts/bench-og.ts)
 *   npm run bench -- check           # npm run check on the shipped content, whole and one post (scripts/bench-check.ts)
 *   npm run bench -- images          # social images the list pages need at each scale (scripts/bench-images.ts)
 *
 * Each benchmark is its own script, run as a child process with the
 * remaining arguments, so one never loads another's modules.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHMARKS = {
  build: 'bench-build.ts',
  search: 'bench-search.ts',
  og: 'bench-og.ts',
  check: 'bench-check.ts',
  images: 'bench-images.ts',
} as const;

const [first, ...rest] = process.argv.slice(2);
const named = first !== undefined && Object.hasOwn(BENCHMARKS, first);
const name = (named ? first : 'build') as keyof typeof BENCHMARKS;
const args = named ? rest : process.argv.slice(2);
if (first !== undefined && !named && !first.startsWith('-')) {
  console.error(`Không có phép đo "${first}". Dùng: npm run bench -- [${Object.keys(BENCHMARKS).join('|')}] [tùy chọn]`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [join(import.meta.dirname, BENCHMARKS[name]), ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
