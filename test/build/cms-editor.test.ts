/**
 * The browser editor at /quan-tri/ end to end (issue 17): the shared build of
 * the shipped site serves Decap CMS, which talks to decap-server (its local
 * backend) on a temporary copy of content/. A ward editor creates a post with
 * a cover image and changes a progress report; the files land in the right
 * folders and `npm run check` passes on the copy. No request leaves the site
 * except to the local backend.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCAL_BACKEND_PORT } from '../../src/lib/cms/page.ts';
import { progressFileSchema } from '../../src/lib/content/schemas/progress.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const UNIT = 'phuong-tran-phu';
const POST_FILE = `content/posts/${UNIT}/2024-10-20-phuong-tran-phu-huong-dan-dang-ky-khai-sinh-truc-tuyen.md`;
const COVER_FILE = `content/posts/${UNIT}/anh-bia-khai-sinh.png`;
const PROGRESS_FILE = `content/progress/${UNIT}.yaml`;
/** The report the editor changes, and what it changes it to. */
const EDITED = { indicator: '6.13', status: 'hoan-thanh', statusLabel: 'Hoàn thành', value: 100 };
/** CONTRIBUTING.md's pictures: written by this test with CMS_SCREENSHOTS=1 (npm run screenshots:cms). */
const SCREENSHOTS = process.env.CMS_SCREENSHOTS === '1' ? join(projectRoot, 'docs/screenshots') : undefined;

/** Whether something already answers on the port: another decap-server would receive the edits. */
async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

async function waitForBackend(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server đã dừng:\n${log()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`decap-server không trả lời ở cổng ${port} (cổng bị chiếm?):\n${log()}`);
}

/** A picture for CONTRIBUTING.md, from `top` (a field's label) down: Decap scrolls inside its own pane, not the page. */
async function shoot(page: Page, name: string, top?: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (top) await page.locator('label', { hasText: top }).locator('visible=true').first().evaluate((label) => label.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SCREENSHOTS, `cms-${name}.png`) });
}

describe.skipIf(!hasChromium && !browserRequired)('the browser editor /quan-tri/ with decap-server', () => {
  let site: ShippedBuild;
  let repo: string;
  let backend: ChildProcess;
  let backendLog = '';
  let server: StaticSite;
  let browser: Browser;
  let close = async () => {};
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const requestOrigins = new Set<string>();

  beforeAll(async () => {
    site = sharedShippedSite();
    expect(site.status, site.output).toBe(0);
    // decap-server writes into the folder it is given: a copy of the content, never the tree's.
    repo = mkdtempSync(join(tmpdir(), 'dti-cms-repo-'));
    cpSync(join(projectRoot, 'content'), join(repo, 'content'), { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: repo });
    if (await portAnswers(LOCAL_BACKEND_PORT)) throw new Error(`Cổng ${LOCAL_BACKEND_PORT} đang có chương trình khác (một decap-server khác?): hãy dừng nó rồi chạy lại.`);
    backend = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
      cwd: repo,
      env: { ...process.env, PORT: String(LOCAL_BACKEND_PORT), GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    backend.stdout?.on('data', (chunk: Buffer) => (backendLog += chunk.toString()));
    backend.stderr?.on('data', (chunk: Buffer) => (backendLog += chunk.toString()));
    await waitForBackend(LOCAL_BACKEND_PORT, backend, () => backendLog);
    ({ server, browser, close } = await openSiteInChromium(site.outDir));
  }, 600_000);

  afterAll(async () => {
    await close();
    backend?.kill();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('creates a post with a cover and changes a progress report, and the check passes on the files it wrote', async () => {
    // Tall enough, for the screenshots, to show a whole post form.
    const page = await browser.newPage({ viewport: { width: 1280, height: SCREENSHOTS ? 1500 : 900 } });
    page.on('request', (request) => requestOrigins.add(new URL(request.url()).origin));
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) cspViolations.push(message.text());
    });
    const cover = await sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer();

    await page.goto(`${server.origin}/quan-tri/`);
    await shoot(page, 'dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    // A new post in the ward's own collection.
    await page.goto(`${server.origin}/quan-tri/#/collections/bai-viet-${UNIT}/new`);
    await page.getByLabel('Tiêu đề').fill('Phường Trần Phú hướng dẫn đăng ký khai sinh trực tuyến');
    await page.getByLabel('Ngày đăng').fill('2024-10-20');
    await page.getByLabel('Tóm tắt').fill('Cán bộ phường hướng dẫn người dân nộp hồ sơ khai sinh trên Cổng Dịch vụ công quốc gia.');
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'anh-bia-khai-sinh.png', mimeType: 'image/png', buffer: cover });
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Cán bộ phường hướng dẫn người dân đăng ký khai sinh trên điện thoại');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Sáng 20/10, phường tổ chức buổi hướng dẫn đăng ký khai sinh trực tuyến tại nhà văn hóa các tổ dân phố.');
    await shoot(page, 'bai-viet', 'Tiêu đề');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect.poll(() => existsSync(join(repo, POST_FILE)), { timeout: 20_000 }).toBe(true);
    // Decap opens the saved entry once it is published; only then is the next navigation ours.
    await page.getByRole('button', { name: 'Đã công bố' }).waitFor();

    // The ward's progress file: one report's status and value.
    await page.goto(`${server.origin}/quan-tri/#/collections/tien-do`);
    await page.getByRole('link', { name: 'Phường Trần Phú', exact: true }).click();
    // The list item's summary, as config.yml writes it: indicator · status · updated.
    const original = (parse(readFileSync(join(repo, PROGRESS_FILE), 'utf8')) as { reports: { indicator: string; status: string; updated: string }[] }).reports.find((report) => report.indicator === EDITED.indicator);
    await page.getByText(`${EDITED.indicator} · ${original?.status} · ${original?.updated}`, { exact: true }).locator('xpath=..').locator('button').first().click();
    // The opened report's own fields come before its history's.
    const fieldOf = async (label: string) => page.locator(`[id="${await page.locator('label', { hasText: label }).locator('visible=true').first().getAttribute('for')}"]`);
    await (await fieldOf('Trạng thái')).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: EDITED.statusLabel, exact: true }).click();
    await (await fieldOf('Giá trị đạt được')).fill(String(EDITED.value));
    await shoot(page, 'tien-do', 'Trạng thái');
    const before = readFileSync(join(repo, PROGRESS_FILE), 'utf8');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect.poll(() => readFileSync(join(repo, PROGRESS_FILE), 'utf8') !== before, { timeout: 20_000 }).toBe(true);
    await page.close();

    // The files are where the portal reads them.
    const post = readFileSync(join(repo, POST_FILE), 'utf8');
    const frontmatter = parse(post.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
    expect(frontmatter).toMatchObject({ title: 'Phường Trần Phú hướng dẫn đăng ký khai sinh trực tuyến', date: '2024-10-20', unit: UNIT, cover: { src: 'anh-bia-khai-sinh.png' } });
    expect(readFileSync(join(repo, COVER_FILE)).subarray(0, 8)).toEqual(cover.subarray(0, 8));
    const progress = parse(readFileSync(join(repo, PROGRESS_FILE), 'utf8')) as { unit: string; reports: { indicator: string; status: string; value?: unknown }[] };
    expect(progress.unit).toBe(UNIT);
    expect(progress.reports.find((report) => report.indicator === EDITED.indicator)).toMatchObject({ status: EDITED.status, value: EDITED.value });
    // Every other report is kept as it was (read through the schema: Decap leaves out empty optional fields, which default).
    const others = (text: string) => progressFileSchema.parse(parse(text)).reports.filter((report) => report.indicator !== EDITED.indicator);
    expect(others(readFileSync(join(repo, PROGRESS_FILE), 'utf8'))).toEqual(others(before));
    expect(readdirSync(join(repo, 'content/posts')).sort()).toEqual(readdirSync(join(projectRoot, 'content/posts')).sort());

    // npm run check on the copy.
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: projectRoot, env: { ...process.env, PORTAL_CONTENT_DIR: join(repo, 'content'), GITHUB_ACTIONS: '' }, encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

    // Everything came from the site, except the calls to decap-server on this computer.
    expect([...requestOrigins].filter((origin) => origin !== server.origin && origin !== `http://localhost:${LOCAL_BACKEND_PORT}` && origin !== `http://127.0.0.1:${LOCAL_BACKEND_PORT}`)).toEqual([]);
    expect(server.requests.filter((request) => request.status !== 200)).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('is a page of its own: noindex, its own policy, out of the sitemap and the search index', () => {
    const html = site.read('quan-tri/index.html');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*connect-src 'self' blob: https:\/\/api\.github\.com/);
    // Decap's bundle, then the portal's rules before saving (src/lib/cms/browser-rules.ts): no other script.
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual(['<script src="/quan-tri/decap-cms.js">', '<script src="/quan-tri/quy-tac.js">']);
    const sitemaps = readdirSync(site.outDir).filter((name) => name.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(site.read(name)).not.toContain('quan-tri');
    // Pagefind indexes only pages marked data-pagefind-body; its fragments never name the editor.
    expect(html).not.toContain('data-pagefind-body');
    // The site's own pages keep the site's policy: no 'unsafe-eval' anywhere but here.
    expect(site.read('index.html')).not.toContain("'unsafe-eval'");
  });
});
