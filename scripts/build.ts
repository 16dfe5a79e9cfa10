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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSearchIndexHandoff, SEARCH_INDEX_HANDOFF_ENV } from '../src/integrations/pagefind/deferred.ts';
import { runPagefind } from '../src/integrations/pagefind/runner.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Log lines in the shape of Astro's own, so a build log reads (and is parsed by the benchmark) as one. */
const logger = {
  info: (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [dti-portal:pagefind] ${message}`),
};

const args = process.argv.slice(2);
/** `npm run build -- --help` prints Astro's help: there is no site to index then. */
const helpOnly = args.some((arg) => arg === '--help' || arg === '-h');

const work = mkdtempSync(join(tmpdir(), 'dti-build-'));
const handoffFile = join(work, 'search-index.json');
try {
  const astroBuild = spawnSync(process.execPath, [astro, 'build', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, [SEARCH_INDEX_HANDOFF_ENV]: handoffFile },
  });
  if (astroBuild.status !== 0) process.exitCode = astroBuild.status ?? 1;
  else if (helpOnly) process.exitCode = 0;
  else if (!existsSync(handoffFile)) {
    console.error('Không có chỉ mục tìm kiếm: astro build không chạy tích hợp dti-portal:pagefind (kiểm tra astro.config.mjs).');
    process.exitCode = 1;
  } else {
    const { dir, options, cacheDir } = readSearchIndexHandoff(handoffFile);
    await runPagefind({ dir, logger, options, cacheDir });
  }
} catch (error) {
  const cause = (error as Error).cause;
  console.error(`${(error as Error).message}${cause instanceof Error ? `\n${cause.message}` : ''}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
