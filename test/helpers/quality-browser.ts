/**
 * What the quality checks read off a page in Chromium: axe's WCAG 2.1 A/AA
 * violations, the content-security-policy violations, the console, the
 * requests, and where keyboard focus goes. Works on a playwright-core Page
 * opened by `launchChromium()` (search-chromium.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The widths every page is checked at: a small phone and a desktop. */
export const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** The axe rule tags of WCAG 2.1 levels A and AA. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core over the whole document and lists each violation with the
 * elements it found. axe is evaluated over the DevTools protocol, not added
 * as a <script>, so the page's content security policy neither blocks it nor
 * reports it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const outcome = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return outcome.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }, [...WCAG_21_AA_TAGS]);
}

/** Everything a page did that the checks judge, collected while it is open. */
export interface PageLog {
  /** Requests to anything but the site's own origin (data: and blob: included). */
  elsewhere: string[];
  /** Console errors and warnings, and uncaught exceptions. */
  problems: string[];
  /** Content-security-policy violations, from the `securitypolicyviolation` event and the console. */
  csp: string[];
}

/**
 * Starts recording a page's requests, console and CSP violations. Call before
 * the first navigation; `log.csp` is complete once `collectCspReports` ran.
 */
export async function watchPage(page: Page, origin: string): Promise<PageLog> {
  const log: PageLog = { elsewhere: [], problems: [], csp: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`)) log.elsewhere.push(url);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) log.csp.push(text);
    else if (message.type() === 'error' || message.type() === 'warning') log.problems.push(`${message.type()}: ${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => log.problems.push(`exception: ${error.message}`));
  // Injected by the DevTools protocol: runs before the page's own scripts and is not subject to its policy.
  await page.addInitScript(() => {
    const reports: string[] = [];
    (window as unknown as { __cspReports: string[] }).__cspReports = reports;
    document.addEventListener('securitypolicyviolation', (event) => {
      reports.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return log;
}

/** Adds the violations the page's own listener saw to `log.csp`. */
export async function collectCspReports(page: Page, log: PageLog): Promise<void> {
  log.csp.push(...(await page.evaluate(() => (window as unknown as { __cspReports?: string[] }).__cspReports ?? [])));
}

/** Where focus is after a key press, and whether a sighted keyboard user can see it. */
export interface FocusStop {
  /** A short description: tag, id or class, and text. */
  element: string;
  inMain: boolean;
  /** The element has a size and lies inside the viewport (the browser scrolls it there). */
  onScreen: boolean;
  /** A focus indicator is drawn: an outline, a box shadow, or the link highlight. */
  indicated: boolean;
}

/** Reads the focused element and its focus indicator. */
export function focusStop(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return undefined;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label = (element.textContent ?? element.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${label}"`,
      inMain: element.closest('main') !== null,
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth,
      indicated: outline || shadow,
    };
  });
}

/** Presses Tab up to `steps` times from the current focus and reads every stop. */
export async function tabThrough(page: Page, steps: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}
