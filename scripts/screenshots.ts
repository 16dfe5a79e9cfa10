/**
 * Screenshots of the built site for the README (docs/screenshots/), as a reader sees them:
 * the home page, a ward's page and an indicator's page, at 360 px (a phone) and 1280 px (a desktop).
 *
 *   npm run screenshots               # npm run build, then the screenshots
 *   npm run screenshots -- --no-build # reuse the dist/ already built
 *
 * Each page gives two files: its first screen (<name>-<width>.png) and, at 360 px, the whole
 * page (<name>-360-full.png). Chromium is Debian's (/usr/bin/chromium) unless CHROMIUM_PATH says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { serveDirectory } from './lib/static-site-fs.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'docs', 'screenshots');

/** The pages of issue 14's "Done when", by file name. */
export const SCREENSHOT_PAGES = [
  { name: 'trang-chu', path: '/' },
  { name: 'phuong-tran-phu', path: '/don-vi/phuong-tran-phu/' },
  { name: 'chi-so-2-3', path: '/chi-so/2-3/' },
] as const;

export const SCREENSHOT_WIDTHS = [
  { width: 360, height: 780, full: true },
  { width: 1280, height: 800, full: false },
] as const;

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' } } });
if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('Chưa có dist/: chạy npm run build trước, hoặc bỏ --no-build.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

/** A screenshot written as a palette PNG: the same picture for the README at a third of the bytes. */
async function shoot(page: Page, file: string, fullPage: boolean): Promise<void> {
  const png = await page.screenshot({ fullPage });
  await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(join(out, file));
}

const site = await serveDirectory(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const { width, height, full } of SCREENSHOT_WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    for (const { name, path } of SCREENSHOT_PAGES) {
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status() ?? 'không trả lời'}`);
      // The screenshot shows the page's own typeface, not the fallback it starts with.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await shoot(page, `${name}-${width}.png`, false);
      if (full) await shoot(page, `${name}-${width}-full.png`, true);
      console.log(`${path} ở ${width} px → docs/screenshots/${name}-${width}${full ? '(-full)' : ''}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
