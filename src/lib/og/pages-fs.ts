/**
 * Finds the built HTML pages in dist/ and what their social meta tags say.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readMetaTags } from './html-meta.ts';
import type { OgBuiltPage } from './plan.ts';

/** Every .html file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listHtmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * A page's root-relative path from its file.
 * @example htmlFileToPagePath('chi-so/1-2-1/index.html'); // '/chi-so/1-2-1/'
 * @example htmlFileToPagePath('404.html'); // '/404.html'
 */
export function htmlFileToPagePath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Bytes read at a time while looking for the end of a page's head. */
const HEAD_CHUNK = 32 * 1024;

/**
 * A page's `<head>` (up to `</head>`, or the whole file if it has none), read
 * without the body: with 15,000 pages the bodies are gigabytes, and the meta
 * values cut out of a whole page would keep the whole page in memory.
 */
export function readHtmlHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let searchFrom = 0;
    for (;;) {
      const chunk = Buffer.alloc(HEAD_CHUNK);
      const bytes = readSync(fd, chunk, 0, HEAD_CHUNK, null);
      if (bytes === 0) break;
      chunks.push(chunk.subarray(0, bytes));
      const sofar = Buffer.concat(chunks);
      // "</head>" is ASCII, so a byte search finds it even in the middle of a multi-byte character's neighbours.
      const end = sofar.indexOf('</head>', searchFrom, 'latin1');
      if (end !== -1) return sofar.toString('utf8', 0, end + '</head>'.length);
      searchFrom = Math.max(0, sofar.length - '</head>'.length);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The built pages that announce an image under `/<imageDir>/`, and the files
 * of those that announce none (which the runner reports).
 */
export function readBuiltPages(distDir: string, imageDir: string): { pages: OgBuiltPage[]; withoutImage: string[] } {
  const pages: OgBuiltPage[] = [];
  const withoutImage: string[] = [];
  for (const file of listHtmlFiles(distDir)) {
    const meta = readMetaTags(readHtmlHead(join(distDir, file)));
    const image = meta.get('og:image');
    const imagePath = image === undefined ? undefined : safePathname(image);
    if (imagePath === undefined || !imagePath.startsWith(`/${imageDir}/`) || !imagePath.endsWith('.png')) {
      withoutImage.push(file);
      continue;
    }
    const url = meta.get('og:url');
    pages.push({
      path: (url === undefined ? undefined : safePathname(url)) ?? htmlFileToPagePath(file),
      imagePath,
      title: detached(meta.get('og:title') ?? ''),
      description: detached(meta.get('og:description') ?? ''),
    });
  }
  return { pages, withoutImage };
}

/** A copy of `text` that does not keep alive the string it was cut from (V8 keeps slices as views of their parent). */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function safePathname(url: string): string | undefined {
  try {
    return decodeURI(new URL(url, 'http://localhost/').pathname);
  } catch {
    return undefined;
  }
}
