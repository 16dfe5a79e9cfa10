/**
 * Build-scaling benchmark (not a test): how `npm run build` of the portal grows
 * with the content, against bare Astro rendering the same posts.
 *
 *   npm run bench                          # shipped size, ~10× and ~100×
 *   npm run bench -- build --scales 1,10   # only some scales (1, 10, 100)
 *   npm run bench -- build --no-baseline   # the portal only
 *   npm run bench -- build --keep DIR      # keep the generated content and build logs in DIR
 *   npm run bench -- build --heap 12288    # the portal builds get a larger JavaScript heap (MiB); Node's default is 4 GiB here
 *
 * For each scale it writes synthetic content (scripts/bench-content.ts) to a
 * temporary folder, builds it as `npm run build` does (scripts/build.ts) with cold caches (its own cacheDir, as any
 * PORTAL_CONTENT_DIR gets) in a copy of the project (so work in the tree cannot disturb it), and prints the wall time, the stages read from the
 * build's log, pages per second, peak memory, dist/ size and the Pagefind bytes
 * for a query, and the largest HTML pages against the 300 KB budget of every page (issue 18),
 * each also as a ratio to the shipped-size run; then the same for
 * the baseline (scripts/bench-baseline.ts), and the portal's time over the
 * baseline's. Targets (issue 7): 100× content in at most 100× the time, and
 * under 4 GiB of peak memory at 100×.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './bench-baseline.ts';
import { BENCH_SCALES, generateBenchContent, type ContentScale } from './bench-content.ts';
import { folderSize, measureQueryBytes, parseBuildStages, runMeasured, type BuildStages, type MeasuredRun } from './bench-measure.ts';
import { formatKb, largestPages, overBudget, PAGE_HTML_BUDGET_BYTES, type PageSize } from '../src/lib/page-budget/budget.ts';
import { htmlPageSizes } from '../src/lib/page-budget/sizes-fs.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** The portal is built as `npm run build` builds it: astro build, then the search index (scripts/build.ts). */
const portalBuild = (project: string) => join(project, 'scripts', 'build.ts');

/** The query measured on every scale: the words on nearly every page, the search index's worst case. */
const QUERY = 'chuyển đổi số';

const SCALES = BENCH_SCALES;

interface ScaleResult {
  scale: ContentScale;
  content: { units: number; posts: number; progressFiles: number };
  portal: MeasuredRun & { stages: BuildStages; dist: { bytes: number; files: number }; queryBytes?: number; largest?: PageSize[]; overBudget?: number };
  baseline?: MeasuredRun & { pages: number; dist: { bytes: number; files: number } };
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ratio = (value: number | undefined, base: number | undefined) => (value === undefined || !base ? '' : ` (×${(value / base).toFixed(1)})`);

/**
 * A copy of the project (sources, config, public/; node_modules through a
 * symlink) for the builds to run in: Astro writes .astro/ in the project it
 * builds, and a build running in the work tree at the same time would delete
 * the long 100× build's prerender chunks under it.
 */
function copyProject(work: string): string {
  const project = join(work, 'project');
  mkdirSync(project, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

const describePeaks = (peaks: Record<string, number>) => Object.entries(peaks).map(([stage, bytes]) => `${stage} ${mib(bytes)}`).join(', ');

async function runScale(key: string, work: string, project: string, baseline: boolean, heap: number | undefined): Promise<ScaleResult> {
  const scale = SCALES[key] as ContentScale;
  const dir = join(work, `scale-${key}`);
  mkdirSync(dir, { recursive: true });
  const content = generateBenchContent(join(root, 'content'), dir, scale);
  console.error(`[bench] ${scale.name}: ${content.units} units (${content.wardsAndCommunes} wards and communes), ${content.posts} posts, ${content.progressFiles} progress files; building…`);
  const outDir = join(dir, 'dist');
  const env = { ...process.env, PORTAL_CONTENT_DIR: join(dir, 'content'), SITE_URL: '', ...(heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim() } : {}) };
  const run = await runMeasured([portalBuild(project), '--outDir', outDir], { cwd: project, env });
  writeFileSync(join(dir, 'portal-build.log'), run.output);
  if (run.status !== 0) {
    const outOfMemory = /heap out of memory/.test(run.output);
    console.error(`[bench] ${scale.name}: the portal build FAILED${outOfMemory ? ' (JavaScript heap out of memory)' : ''} after ${seconds(run.milliseconds)}; peak memory by stage: ${describePeaks(run.peakByStage)}`);
    if (outOfMemory) console.error('[bench] rerun with a larger heap to measure it, e.g. npm run bench -- build --scales 100 --heap 12288');
    throw new Error(`portal build at ${scale.name} failed:\n${run.output.slice(-3000)}`);
  }
  const stages = parseBuildStages(run.output);
  const dist = folderSize(outDir);
  const queryBytes = (await measureQueryBytes(outDir, QUERY)).total;
  // Issue 18: the largest HTML pages, against the 300 KB budget of every page.
  const sizes = htmlPageSizes(outDir);
  const result: ScaleResult = { scale, content, portal: { ...run, stages, dist, queryBytes, largest: largestPages(sizes, 5), overBudget: overBudget(sizes).length } };
  console.error(`[bench] ${scale.name}: largest HTML pages: ${result.portal.largest?.map((page) => `${page.file} ${formatKb(page.bytes)}`).join(', ')}; ${result.portal.overBudget} over ${formatKb(PAGE_HTML_BUDGET_BYTES)}`);
  console.error(`[bench] ${scale.name}: portal ${seconds(run.milliseconds)}, ${stages.pageCount} pages, peak ${mib(run.peakTreeBytes)} (by stage: ${describePeaks(run.peakByStage)})`);
  rmSync(outDir, { recursive: true, force: true });
  if (baseline) {
    const bare = join(dir, 'baseline');
    writeBaselineProject(bare, join(dir, 'content', 'posts'), join(root, 'node_modules'));
    const baseOut = join(bare, 'dist');
    const base = await runMeasured([astro, 'build', '--outDir', baseOut], { cwd: bare, env: process.env, stages: [] });
    if (base.status !== 0) throw new Error(`baseline build at ${scale.name} failed:\n${base.output.slice(-4000)}`);
    result.baseline = { ...base, pages: Number(/\[build\] (\d+) page\(s\) built/.exec(base.output)?.[1] ?? 0), dist: folderSize(baseOut) };
    console.error(`[bench] ${scale.name}: baseline ${seconds(base.milliseconds)}, peak ${mib(base.peakTreeBytes)}`);
  }
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  return result;
}

function printReport(results: ScaleResult[]): void {
  const first = results[0];
  const p0 = first?.portal;
  console.log(`\nMachine: ${availableParallelism()} cores, ${mib(totalmem())}, Node ${process.versions.node}; load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)}.`);
  console.log(`Query measured: "${QUERY}" (first 10 results). Ratios (×) are to the shipped-size run.\n`);
  console.log('| | ' + results.map((result) => result.scale.name).join(' | ') + ' |');
  console.log('| --- |' + results.map(() => ' ---: |').join(''));
  const row = (label: string, cell: (result: ScaleResult) => string) => console.log(`| ${label} | ${results.map(cell).join(' | ')} |`);
  row('units (wards and communes)', (r) => `${r.content.units} (${r.scale.wardsAndCommunes})`);
  row('posts', (r) => `${r.content.posts}${ratio(r.content.posts, first?.content.posts)}`);
  row('pages built', (r) => `${r.portal.stages.pageCount ?? '–'}${ratio(r.portal.stages.pageCount, p0?.stages.pageCount)}`);
  row('**build, total**', (r) => `**${seconds(r.portal.milliseconds)}**${ratio(r.portal.milliseconds, p0?.milliseconds)}`);
  row('– content validation', (r) => `${seconds(r.portal.stages.contentValidation)}${ratio(r.portal.stages.contentValidation, p0?.stages.contentValidation)}`);
  row('– content layer sync + types', (r) => `${seconds(r.portal.stages.contentSync)}${ratio(r.portal.stages.contentSync, p0?.stages.contentSync)}`);
  row('– pages (render HTML)', (r) => `${seconds(r.portal.stages.pages)}${ratio(r.portal.stages.pages, p0?.stages.pages)}`);
  row('– images (covers + social images)', (r) => `${seconds(r.portal.stages.images)}${ratio(r.portal.stages.images, p0?.stages.images)}`);
  row('– search index', (r) => `${seconds(r.portal.stages.searchIndex)}${ratio(r.portal.stages.searchIndex, p0?.stages.searchIndex)}`);
  row('– the rest (start, bundling, sitemap…)', (r) => {
    const s = r.portal.stages;
    const rest = r.portal.milliseconds - (s.contentValidation ?? 0) - (s.contentSync ?? 0) - (s.pages ?? 0) - (s.images ?? 0) - (s.searchIndex ?? 0);
    return seconds(rest);
  });
  row('CPU time (≈)', (r) => `${seconds(r.portal.cpuMilliseconds)}${ratio(r.portal.cpuMilliseconds, p0?.cpuMilliseconds)}`);
  row('pages per second', (r) => {
    const pps = (r.portal.stages.pageCount ?? 0) / (r.portal.milliseconds / 1000);
    const pps0 = (p0?.stages.pageCount ?? 0) / ((p0?.milliseconds ?? 1) / 1000);
    return `${pps.toFixed(1)}${ratio(pps, pps0)}`;
  });
  row('peak memory, build + children', (r) => `${mib(r.portal.peakTreeBytes)}${ratio(r.portal.peakTreeBytes, p0?.peakTreeBytes)}`);
  for (const stage of ['content layer', 'pages', 'social images', 'search index']) {
    row(`– peak while: ${stage}`, (r) => (r.portal.peakByStage[stage] === undefined ? '–' : mib(r.portal.peakByStage[stage] ?? 0)));
  }
  row('peak memory, largest single process (VmHWM)', (r) => `${mib(r.portal.peakMainBytes)}${ratio(r.portal.peakMainBytes, p0?.peakMainBytes)}`);
  row('dist/ size', (r) => `${mib(r.portal.dist.bytes)} in ${r.portal.dist.files} files${ratio(r.portal.dist.bytes, p0?.dist.bytes)}`);
  row('largest HTML page', (r) => (r.portal.largest?.[0] ? `${r.portal.largest[0].file} ${formatKb(r.portal.largest[0].bytes)}` : '–'));
  row(`pages over ${formatKb(PAGE_HTML_BUDGET_BYTES)} of HTML`, (r) => String(r.portal.overBudget ?? '–'));
  row(`Pagefind bytes for "${QUERY}"`, (r) => `${((r.portal.queryBytes ?? 0) / 1024).toFixed(0)} KiB${ratio(r.portal.queryBytes, p0?.queryBytes)}`);
  if (results.some((result) => result.baseline)) {
    const b0 = first?.baseline;
    row('**bare Astro, same posts: build**', (r) => (r.baseline ? `**${seconds(r.baseline.milliseconds)}**${ratio(r.baseline.milliseconds, b0?.milliseconds)}` : '–'));
    row('bare Astro: pages, peak memory', (r) => (r.baseline ? `${r.baseline.pages}, ${mib(r.baseline.peakTreeBytes)}` : '–'));
    row('portal ÷ bare Astro: time', (r) => (r.baseline ? `×${(r.portal.milliseconds / r.baseline.milliseconds).toFixed(1)}` : '–'));
    row('portal ÷ bare Astro: peak memory', (r) => (r.baseline ? `×${(r.portal.peakTreeBytes / r.baseline.peakTreeBytes).toFixed(1)}` : '–'));
  }
  const last = results.at(-1);
  if (last && first && last !== first) {
    const content = (last.content.posts + last.content.units) / (first.content.posts + first.content.units);
    const time = last.portal.milliseconds / first.portal.milliseconds;
    console.log(`\nContent grew ×${content.toFixed(0)} (posts + units); build time ×${time.toFixed(1)}: ${time <= content ? 'no worse than linear' : 'WORSE than linear'}. Peak memory at ${last.scale.name}: ${mib(last.portal.peakTreeBytes)} (${last.portal.peakTreeBytes < 4 * 1024 ** 3 ? 'under' : 'OVER'} 4 GiB).`);
  }
}

const { values } = parseArgs({
  options: { scales: { type: 'string', default: '1,10,100' }, 'no-baseline': { type: 'boolean', default: false }, keep: { type: 'string' }, heap: { type: 'string' } },
});
const keys = (values.scales ?? '1,10,100').split(',').map((key) => key.trim());
const heap = values.heap === undefined ? undefined : Number(values.heap);
if (heap !== undefined && !(Number.isInteger(heap) && heap >= 512)) throw new TypeError(`--heap: cần số MiB của vùng nhớ JavaScript, ví dụ 12288; nhận được "${values.heap}".`);
for (const key of keys) if (!SCALES[key]) throw new TypeError(`--scales: cần các số trong 1, 10, 100, cách nhau bằng dấu phẩy; nhận được "${key}".`);
if (keys[0] !== '1') console.error('[bench] the ratios are to the first scale run; include 1 for ratios to the shipped size.');
const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'dti-bench-build-'));
const results: ScaleResult[] = [];
try {
  const project = copyProject(work);
  for (const key of keys) {
    results.push(await runScale(key, work, project, !values['no-baseline'], heap));
    printReport(results);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
