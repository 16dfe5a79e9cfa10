/**
 * The table `npm run bench` prints (scripts/bench-build.ts): per scale, the
 * cold build and its stages, the warm rebuild after one changed post, the
 * same-stack baseline, and the ratios issue 18 sets targets for.
 */
import { availableParallelism, loadavg, totalmem } from 'node:os';
import type { ContentScale } from './bench-content.ts';
import type { BuildStages, MeasuredRun } from './bench-measure.ts';
import type { HtmlPages } from './bench-pages.ts';
import { percentile, type QueryTiming } from './bench-search-browser.ts';

export interface BuildResult extends MeasuredRun {
  stages: BuildStages;
  dist: { bytes: number; files: number };
  html: HtmlPages;
}

export interface ScaleResult {
  scale: ContentScale;
  content: { units: number; wardsAndCommunes: number; posts: number; progressFiles: number };
  cold: BuildResult;
  /** Pagefind bytes for the query, first 10 results, on the cold build. */
  queryBytes: number;
  /** Search speed in Chromium, at the shipped size only. */
  search?: QueryTiming[];
  change?: { post: string; from: string; to: string };
  warm?: BuildResult;
  baseline?: BuildResult & { planned: { pages: number; posts: number; generated: number } };
}

/** Targets of issue 18. */
const WARM_TARGET: Record<string, number> = { '~10×': 0.25, '~100×': 0.15 };
const BASELINE_TARGET = 1.3;

export const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const count = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString('en-US'));
const growth = (value: number | undefined, base: number | undefined) => (value === undefined || !base || value === base ? '' : ` (×${(value / base).toFixed(1)})`);
const verdict = (value: number, target: number | undefined) => (target === undefined ? '' : value <= target ? ` ✓ (≤ ${target})` : ` ✗ (target ≤ ${target})`);

/** Everything the stages do not name: start, bundling, sitemap, writing files. */
const rest = (run: BuildResult) => {
  const s = run.stages;
  return run.milliseconds - (s.contentValidation ?? 0) - (s.contentSync ?? 0) - (s.pages ?? 0) - (s.images ?? 0) - (s.searchIndex ?? 0);
};

/** A duration Astro prints after a route: "+12ms", "+1.20s". */
const routeMilliseconds = (text: string) => (text.endsWith('ms') ? Number(text.slice(1, -2)) : Number(text.slice(1, -1)) * 1000);

/** The baseline's steps: Astro's pages and (of those) its image endpoint, then Pagefind, from its log. */
export function baselineSteps(output: string): { astro?: number; images: number; pagefind?: number } {
  const step = (label: string) => {
    const ms = new RegExp(`\\[baseline\\] ${label} in (\\d+) ms`).exec(output)?.[1];
    return ms === undefined ? undefined : Number(ms);
  };
  const images = [...output.matchAll(/├─ \S+\.png \((\+[\d.]+m?s)\)/g)].reduce((sum, match) => sum + routeMilliseconds(match[1] as string), 0);
  return { astro: step('astro build'), images, pagefind: step('pagefind') };
}

export function printBuildReport(results: readonly ScaleResult[], { query, elapsedMs }: { query: string; elapsedMs: number }): void {
  const first = results[0];
  const [load1, load5, load15] = loadavg().map((value) => value.toFixed(1));
  console.log(`\nMachine: ${availableParallelism()} cores, ${mib(totalmem())}, Node ${process.versions.node}; load average at the end: ${load1}, ${load5}, ${load15} (1, 5, 15 min). The run so far took ${seconds(elapsedMs)}.`);
  console.log(`(×) in the cold rows: growth over the ${first?.scale.name} run.\n`);
  console.log(`| | ${results.map((result) => result.scale.name).join(' | ')} |`);
  console.log(`| --- |${results.map(() => ' ---: |').join('')}`);
  const row = (label: string, cell: (result: ScaleResult) => string) => console.log(`| ${label} | ${results.map(cell).join(' | ')} |`);
  const stageRows = (name: string, pick: (result: ScaleResult) => BuildResult | undefined, withGrowth: boolean) => {
    const base = first ? pick(first) : undefined;
    const cell = (value: (run: BuildResult) => number | undefined) => (r: ScaleResult) => {
      const run = pick(r);
      return run ? `${seconds(value(run))}${withGrowth && base ? growth(value(run), value(base)) : ''}` : '–';
    };
    row(`– ${name}: content validation`, cell((run) => run.stages.contentValidation));
    row(`– ${name}: content layer sync + types`, cell((run) => run.stages.contentSync));
    row(`– ${name}: pages (render HTML)`, cell((run) => run.stages.pages));
    row(`– ${name}: images (covers + social images)`, cell((run) => run.stages.images));
    row(`– ${name}: search index`, cell((run) => run.stages.searchIndex));
    row(`– ${name}: the rest (start, bundling, sitemap…)`, cell(rest));
  };

  row('units (wards and communes)', (r) => `${count(r.content.units)} (${count(r.content.wardsAndCommunes)})`);
  row('posts', (r) => count(r.content.posts));
  row('HTML pages', (r) => `${count(r.cold.html.count)}${growth(r.cold.html.count, first?.cold.html.count)}`);
  row('**cold build**', (r) => `**${seconds(r.cold.milliseconds)}**${growth(r.cold.milliseconds, first?.cold.milliseconds)}`);
  stageRows('cold', (r) => r.cold, true);
  row('cold: CPU time, build + children', (r) => seconds(r.cold.cpuMilliseconds));
  row('cold: peak memory, build + children', (r) => mib(r.cold.peakTreeBytes));
  row('cold: social images drawn', (r) => count(r.cold.stages.imagesDrawn));
  row('dist/', (r) => `${mib(r.cold.dist.bytes)} in ${count(r.cold.dist.files)} files`);
  row('**largest HTML page**', (r) => (r.cold.html.largest ? `**${(r.cold.html.largest.bytes / 1024).toFixed(0)} KB** \`${r.cold.html.largest.path}\`` : '–'));
  row('pages over 300 KB of HTML', (r) => String(r.cold.html.overBudget));
  row(`Pagefind bytes for "${query}" (first 10 results)`, (r) => `${(r.queryBytes / 1024).toFixed(0)} KiB`);

  if (results.some((result) => result.warm)) {
    row('**warm rebuild, one word changed in one post**', (r) => (r.warm ? `**${seconds(r.warm.milliseconds)}**` : '–'));
    row('**warm ÷ cold**', (r) => (r.warm ? `**${(r.warm.milliseconds / r.cold.milliseconds).toFixed(2)}**${verdict(r.warm.milliseconds / r.cold.milliseconds, WARM_TARGET[r.scale.name])}` : '–'));
    stageRows('warm', (r) => r.warm, false);
    row('warm: routes rendered / reused by Astro', (r) => (r.warm ? `${count(r.warm.stages.routesRendered)} / ${count(r.warm.stages.routesReused)}` : '–'));
    row('warm: social images drawn / from the cache', (r) => (r.warm ? `${count(r.warm.stages.imagesDrawn)} / ${count(r.warm.stages.imagesFromCache)}` : '–'));
    row('warm: CPU time, peak memory', (r) => (r.warm ? `${seconds(r.warm.cpuMilliseconds)}, ${mib(r.warm.peakTreeBytes)}` : '–'));
    // CPU time is what other jobs on a shared machine lengthen least.
    row('warm ÷ cold, CPU time', (r) => (r.warm ? (r.warm.cpuMilliseconds / r.cold.cpuMilliseconds).toFixed(2) : '–'));
  }

  if (results.some((result) => result.baseline)) {
    row('baseline: HTML pages (posts + generated), social images', (r) => (r.baseline ? `${count(r.baseline.html.count)} (${count(r.baseline.planned.posts)} + ${count(r.baseline.planned.generated)}), ${count(r.baseline.planned.pages)}` : '–'));
    row('**same-stack baseline build**', (r) => (r.baseline ? `**${seconds(r.baseline.milliseconds)}**` : '–'));
    row('– baseline: astro build (pages + images)', (r) => (r.baseline ? seconds(baselineSteps(r.baseline.output).astro) : '–'));
    row('– baseline: of which the image endpoint', (r) => (r.baseline ? seconds(baselineSteps(r.baseline.output).images) : '–'));
    row('– baseline: Pagefind', (r) => (r.baseline ? seconds(baselineSteps(r.baseline.output).pagefind) : '–'));
    row('baseline: CPU time, peak memory', (r) => (r.baseline ? `${seconds(r.baseline.cpuMilliseconds)}, ${mib(r.baseline.peakTreeBytes)}` : '–'));
    row('**cold ÷ baseline**', (r) => (r.baseline ? `**${(r.cold.milliseconds / r.baseline.milliseconds).toFixed(2)}**${verdict(r.cold.milliseconds / r.baseline.milliseconds, BASELINE_TARGET)}` : '–'));
    row('cold ÷ baseline, CPU time', (r) => (r.baseline ? (r.cold.cpuMilliseconds / r.baseline.cpuMilliseconds).toFixed(2) : '–'));
  }

  const timed = results.find((result) => result.search);
  if (timed?.search) {
    const submits = timed.search.flatMap((timing) => timing.submit);
    const busy = timed.search.flatMap((timing) => timing.busy);
    const median = percentile(submits, 0.5);
    console.log(
      `\nSearch at the ${timed.scale.name} size (${timed.search.length} queries, ${submits.length} runs): submit → first results painted, median **${Math.round(median)} ms** ${median <= 300 ? '✓' : '✗'} (target ≤ 300 ms), p90 ${Math.round(percentile(submits, 0.9))} ms; main-thread CPU median ${Math.round(percentile(busy, 0.5))} ms.`,
    );
  }
  for (const r of results) {
    if (r.change) console.log(`${r.scale.name}: the warm build changed «${r.change.from}» to «${r.change.to}» in ${r.change.post}.`);
  }
}
