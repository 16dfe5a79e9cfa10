/**
 * Finds the built HTML pages in dist/ and what their social meta tags say.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * The built pages that announce an image under `/<imageDir>/`, and the files
 * of those that announce none (which the runner reports).
 */
export function readBuiltPages(distDir: string, imageDir: string): { pages: OgBuiltPage[]; withoutImage: string[] } {
  const pages: OgBuiltPage[] = [];
  const withoutImage: string[] = [];
  for (const file of listHtmlFiles(distDir)) {
    const meta = readMetaTags(readFileSync(join(distDir, file), 'utf8'));
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
      title: meta.get('og:title') ?? '',
      description: meta.get('og:description') ?? '',
    });
  }
  return { pages, withoutImage };
}

function safePathname(url: string): string | undefined {
  try {
    return decodeURI(new URL(url, 'http://localhost/').pathname);
  } catch {
    return undefined;
  }
}
