/**
 * What the benchmarks measure: an `astro build` run as a child process with
 * its peak memory, the stages read from its log, the size of a folder, and
 * the bytes Pagefind fetches for one query.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countPageRenders } from '../src/lib/cache-keys/build-log.ts';
import { loadPagefindFromDir, type FetchedFile } from '../src/lib/search/pagefind-node-fs.ts';
import { runSearch } from '../src/lib/search/run-search.ts';
import { parseSearchState } from '../src/lib/search/url-state.ts';

/** A finished build: exit code, wall time, peak memory and everything it printed. */
export interface MeasuredRun {
  status: number | null;
  milliseconds: number;
  /** Highest sum of the resident memory of the build and all its child processes (Pagefind's service, sharp's threads are in-process), sampled every 200 ms. */
  peakTreeBytes: number;
  /** The highest peak resident memory (VmHWM, exact) of any one process of the build: `astro build` itself, or Pagefind's service. */
  peakMainBytes: number;
  /** CPU time (user + system) of the build and its children, from /proc, in milliseconds. */
  cpuMilliseconds: number;
  /** Peak memory of the process tree while each stage ran (the stage being the last marker seen in the log). */
  peakByStage: Record<string, number>;
  output: string;
}

/** Log lines that start each stage of a portal build, in order; the memory peak of each stage is kept. */
export const PORTAL_STAGE_MARKERS: readonly [RegExp, string][] = [
  [/\[content\] Syncing content/, 'content layer'],
  [/Building static entrypoints/, 'bundling'],
  [/generating static routes/, 'pages'],
  [/generating optimized images/, 'optimised images'],
  [/\[@astrojs\/sitemap\]/, 'social images'],
  [/\[dti-portal:og-images\] \d+ ảnh/, 'search index'],
];

const PAGE = 4096;

/** Process ids of `root` and all its descendants, from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // The process ended while being read.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index] as number) ?? []));
  return tree;
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

function peakOf(pid: number): number {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kib ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function cpuOf(pids: readonly number[]): number {
  const ticks = pids.reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      // utime, stime, cutime, cstime: fields 14–17 of /proc/<pid>/stat, 12–15 after the name.
      return sum + [11, 12, 13, 14].reduce((total, index) => total + Number(fields[index] ?? 0), 0);
    } catch {
      return sum;
    }
  }, 0);
  return ticks * 10;
}

/**
 * Runs `node <args>` in `cwd` and measures it.
 * @example
 * const run = await runMeasured(['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: process.env });
 */
export function runMeasured(
  args: readonly string[],
  { cwd, env, stages = PORTAL_STAGE_MARKERS }: { cwd: string; env: NodeJS.ProcessEnv; stages?: readonly [RegExp, string][] },
): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid ?? 0;
  let output = '';
  let peakTreeBytes = 0;
  let peakMainBytes = 0;
  let cpuMilliseconds = 0;
  let stage = 'start and content validation';
  let nextMarker = 0;
  const peakByStage: Record<string, number> = {};
  const sample = () => {
    const tree = processTree(pid);
    const resident = tree.reduce((sum, id) => sum + residentBytes(id), 0);
    peakTreeBytes = Math.max(peakTreeBytes, resident);
    peakByStage[stage] = Math.max(peakByStage[stage] ?? 0, resident);
    peakMainBytes = Math.max(peakMainBytes, ...tree.map(peakOf));
    cpuMilliseconds = Math.max(cpuMilliseconds, cpuOf(tree));
  };
  const timer = setInterval(sample, 200);
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    for (let marker = stages[nextMarker]; marker && marker[0].test(output.slice(-65_536)); marker = stages[nextMarker]) {
      stage = marker[1];
      nextMarker += 1;
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
    });
    child.on('close', (status) => resolve({ status, milliseconds: performance.now() - started, peakTreeBytes, peakMainBytes, cpuMilliseconds, peakByStage, output }));
  });
}

/** A duration as Astro prints it: "523ms", "2.59s" or "7m 57s". */
const DURATION = String.raw`(?:\d+m\s*)?[\d.]+\s*(?:ms|s)`;
const toMilliseconds = (text: string | undefined) => {
  const match = text === undefined ? null : /^(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 'ms' ? 1 : 1000);
};

/** The stages of a portal build, in milliseconds, read from its log lines. */
export interface BuildStages {
  /** The content-validation integration at astro:config:setup. */
  contentValidation?: number;
  /** Astro's content layer sync and type generation ("[types] Generated"). */
  contentSync?: number;
  /** Rendering every page to HTML ("generating static routes"). */
  pages?: number;
  /** Astro's optimised images (post covers) plus the social images. */
  images?: number;
  /** Of `images`: the social images alone. */
  socialImages?: number;
  /** The Pagefind index. */
  searchIndex?: number;
  /** Pages Astro reports it built. */
  pageCount?: number;
  /** Of the routes Astro generated (pages and files): rendered this build, and reused from its incremental cache ("(cached)", "(restored)"). */
  routesRendered?: number;
  routesReused?: number;
  /** Social images drawn, and copied from the image cache. */
  imagesDrawn?: number;
  imagesFromCache?: number;
}

/** Reads the stage timings a build logged (the portal's integrations and Astro's own lines). */
export function parseBuildStages(output: string): BuildStages {
  const after = (header: string) => {
    const start = output.indexOf(header);
    return start < 0 ? undefined : new RegExp(`✓ Completed in (${DURATION})`).exec(output.slice(start))?.[1];
  };
  const optimized = toMilliseconds(after('generating optimized images'));
  const routes = countPageRenders(output);
  const social = Number(/\[dti-portal:og-images\][^\n]*\((\d+) ms/.exec(output)?.[1] ?? Number.NaN);
  const stages: BuildStages = {
    contentValidation: Number(/\[dti-portal:content-validation\][^\n]*\((\d+) ms\)/.exec(output)?.[1] ?? Number.NaN),
    contentSync: toMilliseconds(new RegExp(`\\[types\\] Generated (${DURATION})`).exec(output)?.[1]),
    pages: toMilliseconds(after('generating static routes')),
    images: (optimized ?? 0) + (Number.isNaN(social) ? 0 : social),
    socialImages: Number.isNaN(social) ? undefined : social,
    searchIndex: Number(/\[dti-portal:pagefind\][^\n]* trong (\d+) ms/.exec(output)?.[1] ?? Number.NaN),
    pageCount: Number(/\[build\] (\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN),
    routesRendered: routes.rendered,
    routesReused: routes.reused,
    imagesDrawn: Number(/(\d+) ảnh được vẽ lại/.exec(output)?.[1] ?? Number.NaN),
    imagesFromCache: Number(/(\d+) ảnh lấy từ bộ nhớ đệm/.exec(output)?.[1] ?? Number.NaN),
  };
  for (const [key, value] of Object.entries(stages)) if (typeof value === 'number' && Number.isNaN(value)) delete stages[key as keyof BuildStages];
  return stages;
}

/** Bytes and files under `dir`. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** What the search page downloads for one query, split by kind of file. */
export interface QueryBytes {
  query: string;
  results: number;
  milliseconds: number;
  parts: { scripts: number; wasm: number; meta: number; filters: number; index: number; fragments: number };
  /** Everything but the filter files, which load only when the reader opens the filters. */
  total: number;
  requests: number;
}

/**
 * The bytes a browser fetches from opening the search page to showing the
 * first `shown` results: pagefind.js (gzip, as a web server sends
 * JavaScript; the page runs Pagefind without its worker), the entry file and metadata, the WebAssembly, the
 * index chunks the words need and the fragments of the results shown, on a
 * fresh Pagefind instance, through the page's own search code.
 */
export async function measureQueryBytes(siteDir: string, query: string, shown = 10): Promise<QueryBytes> {
  const fetched: FetchedFile[] = [];
  const pagefind = await loadPagefindFromDir(siteDir, { onFetch: (file) => fetched.push(file) });
  const started = performance.now();
  const { results } = await runSearch(pagefind, parseSearchState(`?q=${encodeURIComponent(query)}`), { counts: false });
  await Promise.all(results.slice(0, shown).map((result) => result.data()));
  const milliseconds = performance.now() - started;
  // Then the reader opens the filters: every filter file.
  await runSearch(pagefind, parseSearchState(`?q=${encodeURIComponent(query)}`), { counts: true });
  const bundle = join(siteDir, 'pagefind');
  // The search page runs Pagefind without its worker (noWorker): pagefind-worker.js is never fetched.
  const scripts = ['pagefind.js'].map((name) => gzipSync(readFileSync(join(bundle, name))).byteLength);
  const sum = (test: (path: string) => boolean) => fetched.filter((file) => test(file.path)).reduce((total, file) => total + file.bytes, 0);
  const parts = {
    scripts: scripts.reduce((a, b) => a + b, 0),
    wasm: sum((path) => path.startsWith('wasm.')),
    meta: sum((path) => path.endsWith('.pf_meta') || path.endsWith('.json')),
    filters: sum((path) => path.startsWith('filter/')),
    index: sum((path) => path.startsWith('index/')),
    fragments: sum((path) => path.startsWith('fragment/')),
  };
  const total = Object.values(parts).reduce((a, b) => a + b, 0) - parts.filters;
  return { query, results: results.length, milliseconds, parts, total, requests: fetched.filter((file) => !file.path.startsWith('filter/')).length + scripts.length };
}
