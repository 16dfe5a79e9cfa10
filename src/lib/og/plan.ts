/**
 * Which social images a build needs and what draws each one. Pure: the
 * integration passes in the pages it found in dist/ and the image models the
 * pages recorded from their view models (records.ts).
 */
import type { OgFrame, OgImageJob, OgImageModel } from './model.ts';
import { ogText } from './text.ts';

/** A built page as the image planner sees it. */
export interface OgPageInfo {
  /** Root-relative, e.g. "/lien-he/". */
  path: string;
  title: string;
  description: string;
}

/** Where images are published, under the site root. */
export const OG_IMAGE_DIR = 'og';

/**
 * The address of a page's image: the page path under /og/, as a .png file.
 * @example
 * ogImagePath('/chi-so/1-2-1/'); // '/og/chi-so/1-2-1.png'
 * ogImagePath('/'); // '/og/index.png'
 * ogImagePath('/404.html'); // '/og/404.png'
 */
export function ogImagePath(pagePath: string): string {
  if (typeof pagePath !== 'string' || !pagePath.startsWith('/')) {
    throw new TypeError(`ogImagePath: cần đường dẫn bắt đầu bằng "/", nhưng nhận được ${JSON.stringify(pagePath)}.`);
  }
  const trimmed = pagePath
    .replace(/(?:\/index)?\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `/${OG_IMAGE_DIR}/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** A built page with the image address its meta tags announce. */
export interface OgBuiltPage extends OgPageInfo {
  imagePath: string;
}

/**
 * One job per image, in page order, drawing the model its page recorded. The page that draws an image
 * is its owner, the page whose own address it follows (`ogImagePath(page.path)`); other pages announcing
 * it share it (`shared`: a list's later pages share its first page's). Without an owner, the first page
 * announcing an image draws it and the rest are `duplicates`, which the caller reports. A page that
 * recorded no model (a page outside BaseLayout) gets the generic design of its og:title and
 * og:description, framed like the others (`frame`), and is listed in `unrecorded`.
 * @example
 * planOgImages({ records, frame, pages: [{ path: '/', imagePath: '/og/index.png', title: 'CĐS', description: '' }] }).jobs[0].model.kind; // 'home'
 */
export function planOgImages(input: {
  records: ReadonlyMap<string, OgImageModel>;
  /** The frame of pages that recorded no model: the site's name and date. */
  frame: OgFrame;
  pages: readonly OgBuiltPage[];
}): { jobs: OgImageJob[]; shared: OgBuiltPage[]; duplicates: OgBuiltPage[]; unrecorded: OgBuiltPage[] } {
  const owners = new Map<string, OgBuiltPage>();
  for (const page of input.pages) if (ogImagePath(page.path) === page.imagePath && !owners.has(page.imagePath)) owners.set(page.imagePath, page);
  const jobs: OgImageJob[] = [];
  const shared: OgBuiltPage[] = [];
  const duplicates: OgBuiltPage[] = [];
  const unrecorded: OgBuiltPage[] = [];
  const drawn = new Set<string>();
  for (const page of input.pages) {
    const owner = owners.get(page.imagePath) ?? page;
    if (owner !== page) {
      shared.push(page);
      continue;
    }
    if (drawn.has(page.imagePath)) {
      duplicates.push(page);
      continue;
    }
    drawn.add(page.imagePath);
    let model = input.records.get(page.path);
    if (!model) {
      unrecorded.push(page);
      model = { kind: 'page', frame: input.frame, title: ogText(page.title), description: ogText(page.description) };
    }
    jobs.push({ pagePath: page.path, imagePath: page.imagePath, model });
  }
  return { jobs, shared, duplicates, unrecorded };
}
