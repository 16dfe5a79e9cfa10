/**
 * One typeface (issue 14): the pages use the social images' Be Vietnam Pro, self-hosted, Vietnamese
 * and Latin subsets only, WOFF2, font-display: swap, and a page downloads at most 100 KB of font.
 * Measured in Chromium on the shared build of the shipped site (figure in BENCHMARKS.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';
import { qualityRoutes } from '../helpers/quality-routes.ts';
import { browserRequired, hasChromium, openSiteInChromium } from '../helpers/search-chromium.ts';
import type { StaticSite } from '../helpers/search-static-server.ts';

const root = resolve(import.meta.dirname, '../..');
const ROUTES = qualityRoutes(loadPortalContentFromDir(join(root, 'content'), root));
/** Most font bytes one page may download. */
const FONT_BUDGET = 100 * 1024;
const MEASURED = ROUTES.filter((route) => ['home', 'post', 'english'].includes(route.type));

describe('the typeface of the shipped site', () => {
  let site: ShippedBuild;
  beforeAll(() => {
    site = sharedShippedSite();
  });

  it('declares only Be Vietnam Pro, Vietnamese and Latin, WOFF2 from the site, with font-display: swap', () => {
    expect(site.status, site.output).toBe(0);
    const cssDir = join(site.outDir, '_astro');
    const css = readdirSync(cssDir).filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(cssDir, file), 'utf8')).join('\n');
    const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
    expect(faces.length).toBe(4);
    for (const face of faces) {
      expect(face).toMatch(/font-family:\s*["']?Be Vietnam Pro/);
      expect(face).toMatch(/font-display:\s*swap/);
      const urls = [...face.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]!.replace(/["']/g, ''));
      expect(urls).toHaveLength(1);
      expect(urls[0]).toMatch(/^\/_astro\/be-vietnam-pro-(?:vietnamese|latin)-(?:400|700)-normal\.[\w-]+\.woff2$/);
    }
    expect(css).toMatch(/--font:\s*["']?Be Vietnam Pro/);
  });

  describe.skipIf(!hasChromium && !browserRequired)('in Chromium', () => {
    let server: StaticSite;
    let browser: Browser;
    let close = async () => {};
    beforeAll(async () => {
      ({ server, browser, close } = await openSiteInChromium(site.outDir));
    });
    afterAll(async () => {
      await close();
    });

    it.each(MEASURED.map((route) => [route.type, route.path] as const))('%s (%s): at most 100 KB of font, all from the site, and the text set in it', async (_type, path) => {
      // A fresh context: nothing cached, every font byte counted.
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      const fonts: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'font') return;
        fonts.push({ url: response.url(), bytes: (await response.body()).length });
      });
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      const used = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          family: getComputedStyle(document.body).fontFamily,
          loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`),
          set: document.fonts.check('16px "Be Vietnam Pro"', 'Chuyển đổi số'),
        };
      });
      await context.close();
      const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
      console.log(`${path}: ${fonts.length} tệp phông, ${total} byte (${(total / 1024).toFixed(1)} KB)`);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.url.startsWith(`${server.origin}/_astro/`), font.url).toBe(true);
      expect(total).toBeLessThanOrEqual(FONT_BUDGET);
      expect(used.family).toMatch(/^"?Be Vietnam Pro/);
      expect(used.set).toBe(true);
      expect(used.loaded.length).toBeGreaterThan(0);
    });
  });
});
