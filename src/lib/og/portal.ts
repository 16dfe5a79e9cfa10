/**
 * The data the images draw: the same pure portal model the pages use, with
 * indicator 1.4 counted from the published posts exactly as the posts
 * feature counts them.
 */
import type { PortalContent } from '../content/load.ts';
import { createPortalModel, type PortalModel } from '../portal/model.ts';
import { countIndicatorPosts, postTalliesOf } from '../posts/counter.ts';
import { publishedPosts } from '../posts/listing.ts';
import type { OgPostSource } from './build-pages.ts';

/** The portal model and published posts, as the images see them. */
export interface OgPortal {
  portal: PortalModel;
  posts: OgPostSource[];
}

/**
 * @example
 * const { portal, posts } = ogPortalFromContent(loadPortalContentFromDir('content'));
 */
export function ogPortalFromContent(content: PortalContent): OgPortal {
  const posts = publishedPosts(content.posts ?? []);
  const portal = createPortalModel(content, {
    postTallies: postTalliesOf(countIndicatorPosts({ posts, indicators: content.indicators, units: content.units, year: content.site.year })),
  });
  return { portal, posts: posts.map(({ slug, title, unit, date, demo }) => ({ slug, title, unit, date, demo })) };
}
