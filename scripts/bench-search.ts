/**
 * Search benchmark (not a test): the size of the Pagefind index, and the
 * bytes a browser fetches to open the search page and run one query, for
 * the shipped content and for a synthetic site of 10,000 pages.
 *
 *   npm run bench -- search                 # both sites
 *   npm run bench -- search --pages 2000    # a smaller synthetic site
 *   npm run bench -- search --dist dist     # measure an existing build instead of building the shipped site
 *   npm run bench -- search --dist dist --skip-synthetic --runs 5   # the shipped site only, 5 timed runs per query
 *
 * "Fetched" counts what the search page downloads from the moment the reader
 * searches: pagefind.js and pagefind-worker.js (gzip-compressed, as any web
 * server sends JavaScript), the entry file, the metadata, the WebAssembly,
 * the index chunks the words need, and the fragments of the first 10 results.
 * The filter files are counted apart: the page loads them only when the
 * reader opens the filters (or arrives with one chosen). Pagefind's own files
 * are compressed already and are counted as stored. Each query is measured on
 * a fresh instance: a reader who opens the page and searches once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolvePagefindOptions } from '../src/integrations/pagefind/options.ts';
import { runPagefind } from '../src/integrations/pagefind/runner.ts';
import { loadPagefindFromDir } from '../src/lib/search/pagefind-node-fs.ts';
import { PAGEFIND_SEARCH_OPTIONS } from '../src/lib/search/pagefind-options.ts';
import { runSearch } from '../src/lib/search/run-search.ts';
import { parseSearchState } from '../src/lib/search/url-state.ts';
import { measureQueryBytes } from './bench-measure.ts';
import { formatSearchTimings, timeSearchInChromium } from './bench-search-browser.ts';
import { generateSyntheticSite } from './generate-synthetic-site.ts';

const root = resolve(import.meta.dirname, '..');
const QUERIES = ['chuyển đổi số', 'chuyen doi so', 'đăng ký', 'Trần Phú', '1.4', '"chuyển đổi số"'];
const RESULTS_SHOWN = 10;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function sizeOf(dir: string): { bytes: number; files: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const kind = entry.parentPath === dir ? entry.name.replace(/^(pagefind\.)?[^.]*?(\.[a-z_]+)$/, '$2').replace(/^\.vi_\w+/, '') : entry.parentPath.slice(dir.length + 1);
    byKind[kind] = (byKind[kind] ?? 0) + size;
    bytes += size;
    files += 1;
  }
  return { bytes, files, byKind };
}

const measureQuery = (siteDir: string, query: string) => measureQueryBytes(siteDir, query, RESULTS_SHOWN);

async function report(label: string, siteDir: string) {
  const index = sizeOf(join(siteDir, 'pagefind'));
  console.log(`\n## ${label}`);
  console.log(`Index: ${kb(index.bytes)} in ${index.files} files (${Object.entries(index.byKind).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')})`);
  console.log('| query | results | fetched for the first 10 results | js (gzip) | wasm | entry+meta | index chunks | fragments (10) | requests | + opening the filters | search time |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const query of QUERIES) {
    const row = await measureQuery(siteDir, query);
    const p = row.parts;
    console.log(
      `| ${query} | ${row.results} | **${kb(row.total)}** | ${kb(p.scripts)} | ${kb(p.wasm)} | ${kb(p.meta)} | ${kb(p.index)} | ${kb(p.fragments)} | ${row.requests} | +${kb(p.filters)} | ${Math.round(row.milliseconds)} ms |`,
    );
  }
}

/** Pagefind 1.6's own ranking, spelled out, to compare with the portal's (PAGEFIND_SEARCH_OPTIONS). */
const PAGEFIND_DEFAULT_RANKING = { termFrequency: 1, termSaturation: 1.4, pageLength: 0.75, termSimilarity: 1, metaWeights: { title: 5, type: 1, units: 1, date: 1, status: 1, demo: 1 } };

/** Where the expected page comes, with Pagefind's ranking and with the portal's, on the shipped content. */
async function reportRanking(siteDir: string) {
  const mainText = (url: string) => {
    const html = readFileSync(join(siteDir, url, 'index.html'), 'utf8');
    return html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' ');
  };
  const cases: [string, string, (url: string) => boolean][] = [
    ['dang ky', 'a page with "đăng ký"', (url) => /đăng ký/i.test(mainText(url))],
    ['Trần Phú', '/don-vi/phuong-tran-phu/', (url) => url === '/don-vi/phuong-tran-phu/'],
    ['Song Mai', '/don-vi/xa-song-mai/', (url) => url === '/don-vi/xa-song-mai/'],
    ['Đặng Đình Hoan', '/ke-hoach/', (url) => url === '/ke-hoach/'],
    ['1.4', '/chi-so/1-4/', (url) => url === '/chi-so/1-4/'],
    ['đường', 'a page with "đường"', (url) => /đường/i.test(mainText(url))],
  ];
  console.log('\n| query | expected page | Pagefind\'s default ranking | the portal\'s |\n| --- | --- | ---: | ---: |');
  const positions = async (ranking: object) => {
    const pagefind = await loadPagefindFromDir(siteDir);
    await pagefind.options({ ...PAGEFIND_SEARCH_OPTIONS, ranking });
    return Promise.all(
      cases.map(async ([query, , expected]) => {
        const { results } = await runSearch(pagefind, parseSearchState(`?q=${encodeURIComponent(query)}`), { counts: false });
        const urls = await Promise.all(results.slice(0, 20).map(async (result) => (await result.data()).url));
        const index = urls.findIndex(expected);
        return index === -1 ? '> 20' : String(index + 1);
      }),
    );
  };
  const before = await positions(PAGEFIND_DEFAULT_RANKING);
  const after = await positions(PAGEFIND_SEARCH_OPTIONS.ranking);
  cases.forEach(([query, label], index) => console.log(`| ${query} | ${label} | ${before[index]} | ${after[index]} |`));
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    dist: { type: 'string' },
    'skip-shipped': { type: 'boolean', default: false },
    'skip-synthetic': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const work = mkdtempSync(join(tmpdir(), 'dti-bench-search-'));
try {
  if (!values['skip-shipped']) {
    let shipped = values.dist ? resolve(values.dist) : join(work, 'shipped');
    if (!values.dist) {
      const started = performance.now();
      const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', shipped], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      if (build.status !== 0) throw new Error(`astro build thất bại:\n${build.stdout}\n${build.stderr}`);
      console.log(`Shipped site built with astro build in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await report('Shipped content', shipped);
    await reportRanking(shipped);
    if (!values['skip-browser']) {
      console.log(`\n### Submit → first results painted, in Chromium (${values.runs} runs per query, empty cache each run)\n`);
      console.log(formatSearchTimings(await timeSearchInChromium(shipped, { runs: Number(values.runs) })));
    }
  }
  if (!values['skip-synthetic']) {
    const pages = Number(values.pages);
    const synthetic = join(work, 'synthetic');
    let started = performance.now();
    const written = generateSyntheticSite({ outDir: synthetic, pages });
    console.log(`\nSynthetic site: ${written.posts} posts + ${written.indicators} indicator pages generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const run = await runPagefind({ dir: synthetic, logger: console, options: resolvePagefindOptions() });
    console.log(`Indexed ${run.pages} pages with the portal's runner in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await report(`Synthetic site, ${pages.toLocaleString('en')} pages`, synthetic);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
