/** The latest posts with the 1.4 counter: a unit's own on its page, the whole section's on the home page. */
import type { Unit } from '../content/schemas/unit.ts';
import type { PortalModel } from '../portal/model.ts';
import { counterOfUnit, type PostCounter } from '../posts/counter.ts';
import { postsOfUnit } from '../posts/listing.ts';
import type { Post } from '../posts/schema.ts';
import { routes } from '../routes.ts';

export interface LatestPostsView {
  unit: Unit | undefined;
  counter: PostCounter | undefined;
  posts: Post[];
  /** All posts of the unit (or the section), for the "all posts" link. */
  total: number;
  unitNames: Record<string, string>;
  allHref: string;
  feedHref: string;
}

/**
 * Unit id → name for the post cards of one list: only the units of the posts shown, so a page's
 * view (and its cache key) holds what the page shows, not every unit's name.
 * @example
 * unitNamesOf(model, [{ unit: 'phuong-tran-phu' }]); // { 'phuong-tran-phu': 'Phường Trần Phú' }
 */
export function unitNamesOf(model: PortalModel, posts: readonly Pick<Post, 'unit'>[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { unit } of posts) names[unit] ??= model.getUnit(unit)?.name ?? unit;
  return names;
}

export function latestPostsView(model: PortalModel, unit?: Unit, limit = 5): LatestPostsView {
  const posts = unit ? postsOfUnit(model.publishedPosts, unit.id) : model.publishedPosts;
  const shown = posts.slice(0, limit);
  return {
    unit,
    counter: unit ? counterOfUnit(model.postCounter, unit.id) : model.postCounter,
    posts: shown,
    total: posts.length,
    unitNames: unitNamesOf(model, shown),
    allHref: unit ? routes.newsByUnit(unit.id) : routes.news(),
    feedHref: unit ? routes.unitNewsFeed(unit.id) : routes.newsFeed(),
  };
}
