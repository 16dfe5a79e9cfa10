/** The latest posts with the 1.4 counter: a unit's own on its page, the whole section's on the home page. */
import type { Unit } from '../content/schemas/unit.ts';
import type { PortalModel } from '../portal/model.ts';
import type { PostCounter } from '../posts/counter.ts';
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

/** Unit id → name, for post cards; computed once per model. */
const namesMemo = new WeakMap<PortalModel, Record<string, string>>();
export function unitNames(model: PortalModel): Record<string, string> {
  let names = namesMemo.get(model);
  if (!names) namesMemo.set(model, (names = Object.fromEntries(model.units.map((unit) => [unit.id, unit.name]))));
  return names;
}

export function latestPostsView(model: PortalModel, unit?: Unit, limit = 5): LatestPostsView {
  const posts = unit ? postsOfUnit(model.publishedPosts, unit.id) : model.publishedPosts;
  return {
    unit,
    counter: model.postCounter,
    posts: posts.slice(0, limit),
    total: posts.length,
    unitNames: unitNames(model),
    allHref: unit ? routes.newsByUnit(unit.id) : routes.news(),
    feedHref: unit ? routes.unitNewsFeed(unit.id) : routes.newsFeed(),
  };
}
