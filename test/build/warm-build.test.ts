/**
 * The warm-build guarantee (issue 18, point 2): a build that reuses the last
 * build's pages (Astro's incremental build, keyed by src/lib/cache-keys/)
 * writes exactly what a build from nothing writes. A small site is built cold,
 * then one post, one progress report and one unit name change in turn; after
 * each, the warm dist/ is compared byte for byte with a cold build of the same
 * content, in the same folder (only the cache differs), and the log says how
 * many pages were rendered and reused.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/build-fixture.ts';
import { diffTrees } from '../helpers/quality-build.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/posts-site/content');
const renderLine = /Trang: (\d+) dựng lại, (\d+) dùng lại từ lần dựng trước\./;
/** A fixed build day, so the two builds of each step see the same "today". */
const env = { PORTAL_TODAY: '2024-12-01' };

/** A progress report for the posts fixture, so a report can change. */
const PROGRESS = `unit: phong-vhtt
reports:
  - indicator: "1.1"
    status: dang-thuc-hien
    evidence:
      - title: Dự thảo quyết định kiện toàn Ban chỉ đạo chuyển đổi số
        number: 12/QĐ-UBND
        date: 2024-09-20
    updated: 2024-10-01
    reporter: Nguyễn Văn Thử
    note: ""
    history: []
    demo: false
`;

function renderCounts(output: string): { rendered: number; reused: number } {
  const match = renderLine.exec(output);
  if (!match) throw new Error(`no "Trang: … dựng lại, … dùng lại" line in:\n${output}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

/** Whether Astro's log shows `path` rendered (a render time) rather than reused. */
const renderedInLog = (output: string, path: string) => new RegExp(`[├└]─ ${path.replace(/[.[\]()]/g, '\\$&')} \\(\\+`).test(output);
const reusedInLog = (output: string, path: string) => new RegExp(`[├└]─ ${path.replace(/[.[\]()]/g, '\\$&')} \\((?:cached|restored)\\)`).test(output);

describe('warm builds are byte-identical to cold builds', () => {
  let work: string;
  let content: string;
  let cache: string;
  const warmDist = () => join(work, 'dist');
  const coldDist = () => join(work, 'dist-cold');

  /** A warm build (the cache of the builds before), then a cold one of the same content with no cache. */
  function warmAndCold(): { warm: ReturnType<typeof runAstroBuild>; cold: ReturnType<typeof runAstroBuild> } {
    const warm = runAstroBuild({ outDir: warmDist(), contentDir: content, env, command: 'npm-run-build' });
    renameSync(cache, `${cache}-warm`);
    const cold = runAstroBuild({ outDir: coldDist(), contentDir: content, env, command: 'npm-run-build' });
    rmSync(cache, { recursive: true, force: true });
    renameSync(`${cache}-warm`, cache);
    return { warm, cold };
  }

  function expectIdentical(): void {
    const diff = diffTrees(warmDist(), coldDist());
    expect(diff.files).toBeGreaterThan(40);
    expect({ onlyInWarm: diff.onlyInFirst, onlyInCold: diff.onlyInSecond, differing: diff.differing }, 'files that differ between the warm and the cold build').toEqual({ onlyInWarm: [], onlyInCold: [], differing: [] });
  }

  let first: ReturnType<typeof runAstroBuild>;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dti-warm-build-'));
    content = join(work, 'content');
    cpSync(fixture, content, { recursive: true });
    mkdirSync(join(content, 'progress'));
    writeFileSync(join(content, 'progress', 'phong-vhtt.yaml'), PROGRESS);
    // The fixture's own cache folder: <content>/../.cache/astro (astro.config.mjs).
    cache = join(work, '.cache');
    first = runAstroBuild({ outDir: warmDist(), contentDir: content, env, command: 'npm-run-build' });
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('builds cold, rendering every page and reusing none', () => {
    expect(first.status, first.output).toBe(0);
    const counts = renderCounts(first.output);
    expect(counts.reused).toBe(0);
    expect(counts.rendered).toBeGreaterThan(40);
  });

  it('after one word of one post changes, renders that post and its lists, reuses the rest, and writes what a cold build writes', () => {
    const file = join(content, 'posts', 'phuong-tran-phu', '2024-09-19-tin-so-09-phuong-tran-phu.md');
    const before = readFileSync(file, 'utf8');
    const body = before.indexOf('\n---', 3) + 4;
    // A word of the body only: the body is not in the post's view model, its file's bytes are in its key.
    writeFileSync(file, `${before.slice(0, body)}\nMột từ mới trong thân bài.\n${before.slice(body)}`);
    const { warm, cold } = warmAndCold();
    expect(warm.status, warm.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);
    expectIdentical();
    const counts = renderCounts(warm.output);
    expect(counts.reused).toBeGreaterThan(counts.rendered);
    expect(counts.rendered).toBeGreaterThan(0);
    expect(renderedInLog(warm.output, '/chuyen-doi-so/tin-so-09-phuong-tran-phu/index.html'), warm.output).toBe(true);
    expect(reusedInLog(warm.output, '/chi-so/2-1/index.html'), warm.output).toBe(true);
    expect(renderCounts(cold.output)).toEqual({ rendered: counts.rendered + counts.reused, reused: 0 });
  });

  it('after a progress report changes, renders the pages that show it and writes what a cold build writes', () => {
    const file = join(content, 'progress', 'phong-vhtt.yaml');
    writeFileSync(file, PROGRESS.replace('status: dang-thuc-hien', 'status: hoan-thanh'));
    const { warm, cold } = warmAndCold();
    expect(warm.status, warm.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);
    expectIdentical();
    const counts = renderCounts(warm.output);
    expect(counts.reused).toBeGreaterThan(0);
    // The indicator, its unit and the city figures change; a post about nothing of it does not.
    for (const path of ['/chi-so/1-1/index.html', '/don-vi/phong-vhtt/index.html', '/tru-cot/nhan-thuc-so/index.html']) expect(renderedInLog(warm.output, path), path).toBe(true);
    expect(reusedInLog(warm.output, '/chuyen-doi-so/tin-so-02-phuong-tran-phu/index.html'), warm.output).toBe(true);
  });

  it('after a unit is renamed, renders every page that shows its name and writes what a cold build writes', () => {
    const file = join(content, 'units.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Phường Trần Phú', 'name: Phường Trần Phú Mới'));
    const { warm, cold } = warmAndCold();
    expect(warm.status, warm.output).toBe(0);
    expect(cold.status, cold.output).toBe(0);
    expectIdentical();
    const counts = renderCounts(warm.output);
    expect(counts.reused).toBeGreaterThan(0);
    // The unit's page, its posts (the byline) and its feed; another unit's calendar does not name it.
    for (const path of ['/don-vi/phuong-tran-phu/index.html', '/chuyen-doi-so/tin-so-02-phuong-tran-phu/index.html', '/chuyen-doi-so/don-vi/phuong-tran-phu/rss.xml']) expect(renderedInLog(warm.output, path), path).toBe(true);
    expect(reusedInLog(warm.output, '/don-vi/cong-an-thanh-pho/han-chot.ics'), warm.output).toBe(true);
    expect(readFileSync(join(warmDist(), 'don-vi', 'phuong-tran-phu', 'index.html'), 'utf8')).toContain('Phường Trần Phú Mới');
  });
});
