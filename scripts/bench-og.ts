/**
 * Benchmark of the social images (not a test): milliseconds per image
 * uncached and cached, and the share of a whole build the images take.
 *
 *   npm run bench:og            # models of content/ plus two full builds
 *   npm run bench:og -- --quick # skip the two builds
 *
 * Targets (issue 6, on the 2-core machine): ≤ 40 ms median uncached, ≤ 2 ms cached.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { ogCacheKey } from '../src/lib/og/cache-key.ts';
import { createOgImageCache } from '../src/lib/og/cache-fs.ts';
import { rendererFingerprint } from '../src/lib/og/fingerprint-fs.ts';
import { loadOgFonts } from '../src/lib/og/fonts-fs.ts';
import { loadPortalModel } from '../src/lib/portal/model-fs.ts';
import { siteImageModels } from '../src/lib/views/site-images.ts';
import { renderOgSvg, svgToPng } from '../src/lib/og/render.ts';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

const contentDir = getContentDir(root);
const portal = loadPortalModel(contentDir, root);
const posts = portal.publishedPosts;
const models = [...siteImageModels(portal).values()];
const { fonts } = loadOgFonts();
const fingerprint = rendererFingerprint();
console.log(`Ảnh chia sẻ: ${models.length} mô hình ảnh từ ${contentDir} (${posts.length} tin, bài).`);
console.log(`Máy: ${availableParallelism()} lõi, tải trung bình 1 phút ${loadavg()[0]?.toFixed(1)}.`);

// Warm up: the first render parses the fonts and starts satori's layout engine.
for (const model of models.slice(0, 3)) await svgToPng(await renderOgSvg(model, fonts));

const layout: number[] = [];
const encode: number[] = [];
const uncached: number[] = [];
// CPU time of this process (satori's thread and sharp's), which other load on the machine hardly changes.
const uncachedCpu: number[] = [];
const work = mkdtempSync(join(tmpdir(), 'bench-og-'));
const cache = createOgImageCache(join(work, 'cache'));
for (const model of models) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const svg = await renderOgSvg(model, fonts);
  const laidOut = performance.now();
  const png = await svgToPng(svg);
  const done = performance.now();
  layout.push(laidOut - started);
  encode.push(done - laidOut);
  uncached.push(done - started);
  const used = process.cpuUsage(cpu);
  uncachedCpu.push((used.user + used.system) / 1000);
  cache.put(ogCacheKey(model, fingerprint), png);
}

// The runner's path on a hit: hash the model, copy the cached file into dist/.
const cached: number[] = [];
for (const model of models) {
  const started = performance.now();
  const hit = cache.copyTo(ogCacheKey(model, fingerprint), join(work, 'out.png'));
  cached.push(performance.now() - started);
  if (!hit) throw new Error('cache miss in the benchmark');
}

// Two at a time, as the runner does: satori lays out one image while sharp encodes another.
const pooled = performance.now();
let next = 0;
await Promise.all(
  [0, 1].map(async () => {
    while (next < models.length) {
      const model = models[next++];
      if (model) await svgToPng(await renderOgSvg(model, fonts));
    }
  }),
);
const pooledPerImage = (performance.now() - pooled) / models.length;
rmSync(work, { recursive: true, force: true });

console.log(`\nMỗi ảnh (trung vị trên ${models.length} ảnh):`);
console.log(`  chưa có trong bộ nhớ đệm: ${ms(median(uncached))} (satori ${ms(median(layout))} + sharp ${ms(median(encode))}); p90 ${ms([...uncached].sort((a, b) => a - b)[Math.floor(uncached.length * 0.9)] ?? 0)}`);
console.log(`  thời gian CPU mỗi ảnh chưa có trong bộ nhớ đệm: ${ms(median(uncachedCpu))} (ít phụ thuộc vào tải của máy)`);
console.log(`  chạy 2 ảnh song song như khi dựng trang: ${ms(pooledPerImage)} mỗi ảnh (thời gian thực / số ảnh)`);
console.log(`  lấy từ bộ nhớ đệm: ${ms(median(cached))}`);
console.log(`  mục tiêu: ≤ 40 ms chưa có trong bộ nhớ đệm, ≤ 2 ms lấy từ bộ nhớ đệm`);

if (!quick) {
  // Full builds of content/ into a temporary folder, with an image cache of their own
  // (PORTAL_CONTENT_DIR gives the build its own cacheDir: .cache/astro next to content/).
  const outDir = mkdtempSync(join(tmpdir(), 'bench-og-dist-'));
  const ogCache = join(contentDir, '..', '.cache', 'astro', 'og');
  const build = (label: string) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const total = performance.now() - started;
    const output = `${result.stdout}\n${result.stderr}`;
    const line = /(\d+) ảnh được vẽ lại, (\d+) ảnh lấy từ bộ nhớ đệm \((\d+) ms/.exec(output);
    if (result.status !== 0 || !line) throw new Error(`astro build failed:\n${output.slice(-3000)}`);
    const images = Number(line[3]);
    console.log(
      `  ${label}: dựng trang ${ms(total)}, trong đó ảnh ${ms(images)} (${((images / total) * 100).toFixed(1)}%): ${line[1]} ảnh vẽ lại, ${line[2]} ảnh từ bộ nhớ đệm`,
    );
  };
  console.log('\nTỷ lệ thời gian dựng trang dành cho ảnh (astro build, cả quá trình):');
  rmSync(ogCache, { recursive: true, force: true });
  build('bộ nhớ đệm trống');
  build('dựng lại, không đổi gì');
  rmSync(outDir, { recursive: true, force: true });
}
