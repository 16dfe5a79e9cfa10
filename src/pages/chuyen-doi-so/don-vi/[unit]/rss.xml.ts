import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../../data/portal.ts';
import { feedText, postsToFeedItems } from '../../../../lib/posts/feed.ts';
import { postsOfUnit } from '../../../../lib/posts/listing.ts';
import { routes } from '../../../../lib/routes.ts';
import { unitNewsFeedKey } from '../../../../lib/cache-keys/routes.ts';

/** One feed per unit, including units with no posts yet (an empty feed is still a valid one to follow). */
export const getStaticPaths = (async () => {
  const model = getPortal();
  return model.units.map((unit) => ({ params: { unit: unit.id }, cacheKey: unitNewsFeedKey(model, unit) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const model = getPortal();
  const posts = model.publishedPosts;
  const unit = model.getUnit(context.params.unit ?? '');
  if (!unit) throw new Error(`Không tìm thấy đơn vị ${context.params.unit ?? ''}`);
  return rss({
    title: feedText(`Tin chuyển đổi số của ${unit.name} — ${model.site.name}`, 'tiêu đề kênh'),
    description: feedText(`Tin, bài về chuyển đổi số của ${unit.name}.`, 'mô tả kênh'),
    site: context.site ?? model.site.baseUrl,
    items: postsToFeedItems(postsOfUnit(posts, unit.id), { unitName: () => unit.name, link: routes.post }),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
