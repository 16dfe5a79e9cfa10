import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../../data/portal.ts';
import { feedText } from '../../../../lib/posts/feed.ts';
import { changeFeedItems, unitChangeItems } from '../../../../lib/views/changes.ts';
import { unitChangesFeedKey } from '../../../../lib/cache-keys/routes.ts';

/** One feed per unit, including units with no report yet (an empty feed is still one to follow). */
export const getStaticPaths = (async () => getPortal().units.map((unit) => ({ params: { unit: unit.id }, cacheKey: unitChangesFeedKey(getPortal(), unit) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const model = getPortal();
  const unit = model.getUnit(context.params.unit ?? '');
  if (!unit) throw new Error(`Không tìm thấy đơn vị ${context.params.unit ?? ''}`);
  return rss({
    title: feedText(`Cập nhật tiến độ của ${unit.name} — ${model.site.name}`, 'tiêu đề kênh'),
    description: feedText(`Các thay đổi trạng thái và giá trị trong báo cáo tiến độ của ${unit.name}.`, 'mô tả kênh'),
    site: context.site ?? model.site.baseUrl,
    items: changeFeedItems(unitChangeItems(model, unit.id)),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
