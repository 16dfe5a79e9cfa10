/**
 * RSS items for the news section, built from posts (pure; the endpoints wrap
 * them with @astrojs/rss). Demonstration posts say so in their description.
 */
import type { Post } from './schema.ts';

/** The fields @astrojs/rss needs for one item. */
export interface PostFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Vietnam's offset: a post dated 2024-03-05 is published on that day in Hà Nội. */
const VIETNAM_OFFSET = '+07:00';

/**
 * Turns posts into feed items, in the order given.
 * @example
 * postsToFeedItems([post], { unitName: () => 'Phường Trần Phú', link: (slug) => `/chuyen-doi-so/${slug}/` })[0].description;
 * // 'Bài viết minh họa. Từ tháng 3, người dân theo dõi…' (for a demo post)
 */
export function postsToFeedItems(
  posts: readonly Pick<Post, 'slug' | 'title' | 'date' | 'summary' | 'unit' | 'indicators' | 'demo'>[],
  options: { unitName: (unitId: string) => string; link: (slug: string) => string },
): PostFeedItem[] {
  return posts.map((post) => ({
    title: post.title,
    link: options.link(post.slug),
    pubDate: new Date(`${post.date}T00:00:00${VIETNAM_OFFSET}`),
    description: `${post.demo ? 'Bài viết minh họa. ' : ''}${post.summary}`,
    categories: [options.unitName(post.unit), ...post.indicators.map((id) => `Chỉ số ${id}`)],
  }));
}
