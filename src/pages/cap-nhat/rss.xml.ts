import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPortal } from '../../data/portal.ts';
import { feedText } from '../../lib/posts/feed.ts';
import { changeFeedItems, changeItems } from '../../lib/views/changes.ts';

/** The feed of every change in the reports, newest first. */
export const GET: APIRoute = async (context) => {
  const model = getPortal();
  return rss({
    title: feedText(`Cập nhật tiến độ — ${model.site.name}`, 'tiêu đề kênh'),
    description: feedText(`Mọi thay đổi trạng thái và giá trị trong báo cáo tiến độ của ${model.site.cityKind} ${model.site.city}.`, 'mô tả kênh'),
    site: context.site ?? model.site.baseUrl,
    items: changeFeedItems(changeItems(model)),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
