/**
 * Which social images a build needs and what draws each one. Pure: the
 * integration passes in the portal model, the published posts and the pages
 * it found in dist/; SocialMeta uses the same models for og:image:alt.
 */
import type { PortalModel } from '../portal/model.ts';
import { routes } from '../routes.ts';
import { homeImage, pillarImage, planImage } from './build-aggregates.ts';
import { indicatorImage, pageImage, postImage, unitImage, type OgPageInfo, type OgPostSource } from './build-pages.ts';
import type { OgImageJob, OgImageModel } from './model.ts';

export type { OgPageInfo, OgPostSource };

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

const memo = new WeakMap<PortalModel, { posts: readonly OgPostSource[]; models: Map<string, OgImageModel> }>();

/**
 * The image model of every page that has its own design, keyed by page path:
 * home, plan, pillars, indicators, units and posts. Memoised per portal model
 * and post list, since every page asks for it.
 * @example
 * createOgModels(portal, posts).get('/chi-so/1-2-1/')?.kind; // 'indicator'
 */
export function createOgModels(portal: PortalModel, posts: readonly OgPostSource[]): Map<string, OgImageModel> {
  const cached = memo.get(portal);
  if (cached?.posts === posts) return cached.models;
  const models = new Map<string, OgImageModel>([
    [routes.home(), homeImage(portal)],
    [routes.plan(), planImage(portal)],
  ]);
  for (const pillar of portal.pillars) models.set(routes.pillar(pillar.slug), pillarImage(portal, pillar));
  for (const indicator of portal.indicators) models.set(routes.indicator(indicator.id), indicatorImage(portal, indicator));
  for (const unit of portal.units) models.set(routes.unit(unit.id), unitImage(portal, unit));
  for (const post of posts) models.set(routes.post(post.slug), postImage(portal, post));
  memo.set(portal, { posts, models });
  return models;
}

/**
 * The model of one page: its own design if it has one, else the generic
 * page design with its title and description.
 */
export function ogModelForPage(portal: PortalModel, posts: readonly OgPostSource[], page: OgPageInfo): OgImageModel {
  return createOgModels(portal, posts).get(page.path) ?? pageImage(portal, page);
}

/** A built page with the image address its meta tags announce. */
export interface OgBuiltPage extends OgPageInfo {
  imagePath: string;
}

/**
 * One job per built page, in page order. Two pages announcing the same image
 * address keep the first; the caller reports the rest.
 * @example
 * planOgImages({ portal, posts, pages: [{ path: '/', imagePath: '/og/index.png', title: 'CĐS', description: '' }] })[0].model.kind; // 'home'
 */
export function planOgImages(input: {
  portal: PortalModel;
  posts: readonly OgPostSource[];
  pages: readonly OgBuiltPage[];
}): { jobs: OgImageJob[]; duplicates: OgBuiltPage[] } {
  const jobs: OgImageJob[] = [];
  const duplicates: OgBuiltPage[] = [];
  const seen = new Set<string>();
  for (const page of input.pages) {
    if (seen.has(page.imagePath)) {
      duplicates.push(page);
      continue;
    }
    seen.add(page.imagePath);
    jobs.push({ pagePath: page.path, imagePath: page.imagePath, model: ogModelForPage(input.portal, input.posts, page) });
  }
  return { jobs, duplicates };
}
