/**
 * Which URLs the pages in `src/pages/` can produce, so the human sitemap only
 * links sections that this build really has.
 */

const PAGE_EXTENSIONS = /\.(?:astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(?:ts|js|mjs)$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|\\]/g, '\\$&');

function segmentPattern(segment: string): string {
  return segment
    .split(/(\[[^\]]+\])/)
    .map((part) => (/^\[\.\.\.[^\]]+\]$/.test(part) ? '.+' : /^\[[^\]]+\]$/.test(part) ? '[^/]+' : escape(part)))
    .join('');
}

/**
 * Turns a file under `src/pages/` (path relative to it, with forward slashes)
 * into a pattern for the URLs it serves, following Astro's rules: `index` is
 * the folder itself, `[slug]` is one segment, `[...rest]` any number (or none),
 * files and folders starting with `_` are not routes. URLs end in "/" except
 * for endpoints such as `rss.xml.ts`.
 * @example
 * pageFileToPattern('chi-so/[slug].astro')?.test('/chi-so/1-2-1/'); // true
 * pageFileToPattern('en/[...page].astro')?.test('/en/'); // true
 * pageFileToPattern('rss.xml.ts')?.test('/rss.xml'); // true
 * pageFileToPattern('_helpers/x.ts'); // undefined
 */
export function pageFileToPattern(file: string): RegExp | undefined {
  const path = file.replace(/\\/g, '/').replace(/^\/+/, '');
  const endpoint = ENDPOINT_EXTENSIONS.test(path);
  if (!endpoint && !PAGE_EXTENSIONS.test(path)) return undefined;
  const segments = path.replace(endpoint ? ENDPOINT_EXTENSIONS : PAGE_EXTENSIONS, '').split('/');
  if (segments.some((segment) => segment.startsWith('_'))) return undefined;
  if (!endpoint && segments.at(-1) === 'index') segments.pop();
  let pattern = '^/';
  segments.forEach((segment, index) => {
    const rest = /^\[\.\.\.[^\]]+\]$/.test(segment);
    if (endpoint && index === segments.length - 1) pattern += rest ? '.*' : segmentPattern(segment);
    else pattern += rest ? '(?:.+/)?' : `${segmentPattern(segment)}/`;
  });
  return new RegExp(`${pattern}$`);
}

/**
 * Whether some page file serves `href` (its `#fragment` ignored).
 * @example
 * isServed('/don-vi/#ward', ['don-vi/index.astro']); // true
 * isServed('/chuyen-doi-so/', ['chuyen-doi-so/[slug].astro']); // false: only posts, no index
 */
export function isServed(href: string, pageFiles: readonly string[]): boolean {
  const path = href.split('#')[0] ?? href;
  return pageFiles.some((file) => pageFileToPattern(file)?.test(path) ?? false);
}
