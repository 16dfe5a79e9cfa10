/**
 * `npm run build`: `astro build`, then the Pagefind search index in this
 * process once Astro's has ended. Indexing inside `astro build` works too
 * (the integration does it when run alone), but there Pagefind's peak came on
 * top of the memory Astro still holds: at ~100× content 5.5 GB instead of
 * under 3 GB (BENCHMARKS.md, docs/adr/0012-search-index-after-astro.md).
 *
 *   npm run build                          # the site in dist/
 *   npm run build -- --outDir /tmp/site    # any `astro build` option is passed on
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSearchIndexHandoff, SEARCH_INDEX_HANDOFF_ENV } from '../src/integrations/pagefind/deferred.ts';
import { runPagefind } from '../src/integrations/pagefind/runner.ts';
import { countPageRenders, pageRenderLine } from '../src/lib/cache-keys/build-log.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Log lines in the shape of Astro's own, so a build log reads (and is parsed by the benchmark) as one. */
const logLine = (label: string, message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [dti-portal:${label}] ${message}`);
const logger = { info: (message: string) => logLine('pagefind', message) };

/**
 * Runs `astro build`, passing its log through as it comes and keeping it, so the build can say how many
 * pages Astro's incremental build rendered and reused (src/lib/cache-keys/build-log.ts).
 */
function astroBuild(argv: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; log: string }> {
  // Astro colours its log only on a terminal; piped here, it keeps them when ours is one.
  const colour = process.stdout.isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
  const child = spawn(process.execPath, [astro, 'build', ...argv], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: { ...env, ...colour } });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    process.stdout.write(chunk);
  });
  return new Promise((resolveBuild, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolveBuild({ status, log: Buffer.concat(chunks).toString('utf8') }));
  });
}

const args = process.argv.slice(2);
/** `npm run build -- --help` prints Astro's help: there is no site to index then. */
const helpOnly = args.some((arg) => arg === '--help' || arg === '-h');

const work = mkdtempSync(join(tmpdir(), 'dti-build-'));
const handoffFile = join(work, 'search-index.json');
try {
  const built = await astroBuild(args, { ...process.env, [SEARCH_INDEX_HANDOFF_ENV]: handoffFile });
  if (built.status === 0 && !helpOnly) logLine('build', pageRenderLine(countPageRenders(built.log)));
  if (built.status !== 0) process.exitCode = built.status ?? 1;
  else if (helpOnly) process.exitCode = 0;
  else if (!existsSync(handoffFile)) {
    console.error('Không có chỉ mục tìm kiếm: astro build không chạy tích hợp dti-portal:pagefind (kiểm tra astro.config.mjs).');
    process.exitCode = 1;
  } else {
    const { dir, options } = readSearchIndexHandoff(handoffFile);
    await runPagefind({ dir, logger, options });
  }
} catch (error) {
  const cause = (error as Error).cause;
  console.error(`${(error as Error).message}${cause instanceof Error ? `\n${cause.message}` : ''}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
