/**
 * Checks of a built site that need no browser: every internal link, asset and
 * fragment resolves (linkinator), and every page is valid HTML (html-validate
 * with the project's .htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { listFiles } from './quality-build.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/** A port nobody listens on, for linkinator's own static server. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The public origin the build wrote into its absolute URLs, read from the home page's canonical link. */
export function builtOrigin(distDir: string): string {
  const home = readFileSync(join(distDir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!canonical) throw new Error('index.html has no canonical link to read the site origin from');
  return new URL(canonical).origin;
}

/** The outcome of a link check: what was checked, what is broken, which outside origins were not fetched. */
export interface LinkReport {
  checked: number;
  broken: string[];
  /** Origins of links leaving the site; the machine has no network, and they are not this build's to fix. */
  externalOrigins: string[];
}

/**
 * Crawls the built site from its home page with linkinator: every `href`,
 * `src`, `srcset`, CSS `url()`, `<meta content>` URL and `#fragment`.
 * Absolute URLs on the site's own origin (canonical, og:image, hreflang) are
 * rewritten to the local copy and checked like relative ones.
 */
export async function checkLinks(distDir: string): Promise<LinkReport> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}`;
  const origin = builtOrigin(distDir);
  const external = new Set<string>();
  const result = await new LinkChecker().check({
    path: distDir,
    port,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 16,
    timeout: 20_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`), replacement: `${local}/` }],
    linksToSkip: async (link) => {
      if (link.startsWith(`${local}/`) || link === local || link.startsWith(`${origin}/`) || link === origin) return false;
      if (/^https?:/.test(link)) external.add(new URL(link).origin);
      return true;
    },
  });
  return {
    checked: result.links.filter((link) => link.state === 'OK').length,
    broken: result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.status ?? '?'} ${link.url.replace(distDir, '')} (on ${link.parent?.replace(distDir, '') || '/'})${link.failureDetails?.length ? `: ${String((link.failureDetails[0] as { message?: string }).message ?? '')}` : ''}`),
    externalOrigins: [...external].sort(),
  };
}

/** Validation errors, as `file:line:column rule message`. */
export interface HtmlReport {
  files: number;
  errors: string[];
}

/** Validates every .html file under `distDir` with the committed .htmlvalidate.json. */
export async function validateHtml(distDir: string): Promise<HtmlReport> {
  const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(config);
  const files = listFiles(distDir).filter((file) => file.endsWith('.html'));
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(distDir, file));
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  return { files: files.length, errors };
}
