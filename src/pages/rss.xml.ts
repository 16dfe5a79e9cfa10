import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPortal } from '../data/portal.ts';
import { feedText, postsToFeedItems } from '../lib/posts/feed.ts';
import { routes } from '../lib/routes.ts';

/** The feed of the whole news section: every published post, newest first. */
export const GET: APIRoute = async (context) => {
  const model = getPortal();
  const posts = model.publishedPosts;
  return rss({
    title: feedText(`Tin chuyển đổi số — ${model.site.name}`, 'tiêu đề kênh'),
    description: feedText(`Chuyên mục riêng về chuyển đổi số của ${model.site.cityKind} ${model.site.city} và các phường, xã.`, 'mô tả kênh'),
    site: context.site ?? model.site.baseUrl,
    items: postsToFeedItems(posts, { unitName: (id) => model.getUnit(id)?.name ?? id, link: routes.post }),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
