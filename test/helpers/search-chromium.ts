import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveStaticSite, type StaticSite } from './search-static-server.ts';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
/** Under CI a missing browser is a failure, never a skip. */
export const browserRequired = process.env.CI === 'true';

if (!hasChromium && !browserRequired) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!!  BỎ QUA kiểm thử trên Chromium: không có trình duyệt ở ${CHROMIUM_PATH}.`,
      '!!  Cài bằng: apt-get install -y chromium   (hoặc đặt CHROMIUM_PATH).',
      '!!  Với CI=true, thiếu Chromium là lỗi, không được bỏ qua.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

/** Starts headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A built site served on 127.0.0.1 and a Chromium to read it with. */
export interface SiteInChromium {
  server: StaticSite;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves `dir` and starts Chromium, for a `describe.skipIf(!hasChromium && !browserRequired)`
 * block: reached without Chromium (so under CI), it fails with how to install it.
 */
export async function openSiteInChromium(dir: string): Promise<SiteInChromium> {
  if (!hasChromium) throw new Error(`CI=true: Chromium is required at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  const server = await serveStaticSite(dir);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
