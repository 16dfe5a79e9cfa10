/**
 * Build benchmark (not a test), issue 18 point 6: at each scale, the cold
 * build, a warm rebuild after one changed post, and a same-stack baseline, as
 * ratios in one run; with the largest page and the search figures.
 *
 *   npm run bench                          # shipped size, ~10× and ~100×
 *   npm run bench -- --scales 1,10         # only some scales (1, 10, 100)
 *   npm run bench -- --no-baseline         # the portal only (cold and warm)
 *   npm run bench -- --no-warm             # no warm rebuild
 *   npm run bench -- --search-runs 0       # no search timing in Chromium (default: 3 runs per query, at the shipped size)
 *   npm run bench -- --keep DIR            # keep the generated content, caches and build logs in DIR
 *   npm run bench -- --heap 12288          # the portal builds get a larger JavaScript heap (MiB); Node's default is 4 GiB here
 *
 * For each scale it writes synthetic content (scripts/bench-content.ts) to a
 * temporary folder and, in a copy of the project (so work in the tree cannot
 * disturb it), builds it as `npm run build` does (scripts/build.ts):
 *
 * 1. cold: empty caches (the folder's own cacheDir, as any PORTAL_CONTENT_DIR gets);
 *    then the largest HTML page, the Pagefind bytes for "chuyển đổi số", and at
 *    the shipped size the search speed in Chromium (scripts/bench-search-browser.ts);
 * 2. warm: one word changed in one post (scripts/bench-warm.ts), rebuilt into an
 *    empty dist/ with the caches of the cold build kept, as CI restores them;
 * 3. the same-stack baseline (scripts/bench-baseline.ts) over as many HTML pages
 *    as the cold build wrote.
 *
 * Each build's stages are read from its log (scripts/bench-measure.ts).
 * Targets: warm ÷ cold ≤ 0.25 at ~10×, ≤ 0.15 at ~100×; cold ÷ baseline ≤ 1.3.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './bench-baseline.ts';
import { printBuildReport, seconds, type BuildResult, type ScaleResult } from './bench-build-report.ts';
import { BENCH_SCALES, generateBenchContent, type ContentScale } from './bench-content.ts';
import { folderSize, measureQueryBytes, parseBuildStages, runMeasured } from './bench-measure.ts';
import { htmlPages } from './bench-pages.ts';
import { formatSearchTimings, timeSearchInChromium } from './bench-search-browser.ts';
import { changeOneWordInOnePost } from './bench-warm.ts';

const root = resolve(import.meta.dirname, '..');
/** The portal is built as `npm run build` builds it: astro build, then the search index (scripts/build.ts). */
const portalBuild = (project: string) => join(project, 'scripts', 'build.ts');

/** The query measured on every scale: the words on nearly every page, the search index's worst case. */
export const QUERY = 'chuyển đổi số';

/**
 * A copy of the project (sources, config, public/, the lockfile Astro's
 * incremental cache is keyed on; node_modules through a symlink) for the builds
 * to run in: Astro writes .astro/ in the project it builds, and a build running
 * in the work tree at the same time would delete the long 100× build's
 * prerender chunks under it.
 */
function copyProject(work: string): string {
  const project = join(work, 'project');
  mkdirSync(project, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

const describePeaks = (peaks: Record<string, number>) => Object.entries(peaks).map(([stage, bytes]) => `${stage} ${(bytes / 1024 / 1024).toFixed(0)} MiB`).join(', ');

/** One `npm run build` of the scale's content into `outDir`, measured; the log is kept beside it. */
async function buildPortal(label: string, project: string, dir: string, outDir: string, heap: number | undefined): Promise<BuildResult> {
  const env = { ...process.env, PORTAL_CONTENT_DIR: join(dir, 'content'), SITE_URL: '', ...(heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim() } : {}) };
  const run = await runMeasured([portalBuild(project), '--outDir', outDir], { cwd: project, env });
  writeFileSync(join(dir, `portal-${label}.log`), run.output);
  if (run.status !== 0) {
    const outOfMemory = /heap out of memory/.test(run.output);
    console.error(`[bench] the ${label} portal build FAILED${outOfMemory ? ' (JavaScript heap out of memory)' : ''} after ${seconds(run.milliseconds)}; peak memory by stage: ${describePeaks(run.peakByStage)}`);
    if (outOfMemory) console.error('[bench] rerun with a larger heap to measure it, e.g. npm run bench -- --scales 100 --heap 12288');
    throw new Error(`${label} portal build failed:\n${run.output.slice(-3000)}`);
  }
  return { ...run, stages: parseBuildStages(run.output), dist: folderSize(outDir), html: htmlPages(outDir) };
}

interface ScaleOptions {
  baseline: boolean;
  warm: boolean;
  searchRuns: number;
  heap: number | undefined;
}

async function runScale(key: string, work: string, project: string, options: ScaleOptions): Promise<ScaleResult> {
  const scale = BENCH_SCALES[key] as ContentScale;
  const dir = join(work, `scale-${key}`);
  mkdirSync(dir, { recursive: true });
  const content = generateBenchContent(join(root, 'content'), dir, scale);
  console.error(`[bench] ${scale.name}: ${content.units} units (${content.wardsAndCommunes} wards and communes), ${content.posts} posts, ${content.progressFiles} progress files; cold build…`);
  const outDir = join(dir, 'dist');
  const cold = await buildPortal('cold', project, dir, outDir, options.heap);
  const result: ScaleResult = { scale, content, cold, queryBytes: (await measureQueryBytes(outDir, QUERY)).total };
  console.error(`[bench] ${scale.name}: cold ${seconds(cold.milliseconds)}, ${cold.html.count} HTML pages, largest ${cold.html.largest?.path} (${((cold.html.largest?.bytes ?? 0) / 1024).toFixed(0)} KB)`);
  if (key === '1' && options.searchRuns > 0) {
    console.error(`[bench] ${scale.name}: search in Chromium, ${options.searchRuns} runs per query…`);
    result.search = await timeSearchInChromium(outDir, { runs: options.searchRuns });
    console.log(`\n### Search at the shipped size: submit → first results painted\n\n${formatSearchTimings(result.search)}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  if (options.warm) {
    result.change = changeOneWordInOnePost(join(dir, 'content'));
    console.error(`[bench] ${scale.name}: changed «${result.change.from}» to «${result.change.to}» in ${result.change.post}; warm build…`);
    result.warm = await buildPortal('warm', project, dir, outDir, options.heap);
    console.error(`[bench] ${scale.name}: warm ${seconds(result.warm.milliseconds)} (${(result.warm.milliseconds / cold.milliseconds).toFixed(2)} of the cold build)`);
    rmSync(outDir, { recursive: true, force: true });
  }
  if (options.baseline) {
    const bare = join(dir, 'baseline');
    const planned = writeBaselineProject(bare, join(dir, 'content', 'posts'), join(root, 'node_modules'), cold.html.count);
    const baseOut = join(bare, 'dist');
    const base = await runMeasured([join(bare, 'build.mjs'), '--outDir', baseOut], { cwd: bare, env: process.env, stages: [] });
    writeFileSync(join(dir, 'baseline.log'), base.output);
    if (base.status !== 0) throw new Error(`baseline build at ${scale.name} failed:\n${base.output.slice(-4000)}`);
    result.baseline = { ...base, planned, stages: parseBuildStages(base.output), html: htmlPages(baseOut), dist: folderSize(baseOut) };
    console.error(`[bench] ${scale.name}: baseline ${seconds(base.milliseconds)}, ${result.baseline.html.count} HTML pages (cold ÷ baseline ${(cold.milliseconds / base.milliseconds).toFixed(2)})`);
    rmSync(baseOut, { recursive: true, force: true });
  }
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  return result;
}

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    'no-baseline': { type: 'boolean', default: false },
    'no-warm': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '3' },
    keep: { type: 'string' },
    heap: { type: 'string' },
  },
});
const keys = (values.scales ?? '1,10,100').split(',').map((key) => key.trim());
const heap = values.heap === undefined ? undefined : Number(values.heap);
if (heap !== undefined && !(Number.isInteger(heap) && heap >= 512)) throw new TypeError(`--heap: cần số MiB của vùng nhớ JavaScript, ví dụ 12288; nhận được "${values.heap}".`);
const searchRuns = Number(values['search-runs']);
if (!(Number.isInteger(searchRuns) && searchRuns >= 0)) throw new TypeError(`--search-runs: cần số lần đo mỗi truy vấn (0 để bỏ qua), ví dụ 3; nhận được "${values['search-runs']}".`);
for (const key of keys) if (!BENCH_SCALES[key]) throw new TypeError(`--scales: cần các số trong 1, 10, 100, cách nhau bằng dấu phẩy; nhận được "${key}".`);
if (keys[0] !== '1') console.error('[bench] the growth ratios are to the first scale run; include 1 for ratios to the shipped size.');
const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'dti-bench-build-'));
const started = performance.now();
const results: ScaleResult[] = [];
try {
  const project = copyProject(work);
  for (const key of keys) {
    results.push(await runScale(key, work, project, { baseline: !values['no-baseline'], warm: !values['no-warm'], searchRuns, heap }));
    printBuildReport(results, { query: QUERY, elapsedMs: performance.now() - started });
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
