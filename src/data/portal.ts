import { getCollection, getEntry } from 'astro:content';
import type { PortalContent } from '../lib/content/load.ts';
import { createPortalModel, type PortalModel } from '../lib/portal/model.ts';
import { countIndicatorPosts, postTalliesOf } from '../lib/posts/counter.ts';

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
const strip = <T extends { order: number }>({ order: _order, ...rest }: T) => rest;

let cached: Promise<PortalModel> | undefined;

/** The portal model, built once per build from the content collections. */
export function getPortal(): Promise<PortalModel> {
  cached ??= (async () => {
    const [site, pillars, units, groups, indicators, plans, progress, posts] = await Promise.all([
      getEntry('site', 'site'),
      getCollection('pillars'),
      getCollection('units'),
      getCollection('unitGroups'),
      getCollection('indicators'),
      getCollection('plan'),
      getCollection('progress'),
      getCollection('posts'),
    ]);
    if (!site) throw new Error('Thiếu content/site.yaml');
    const content: PortalContent = {
      site: site.data,
      pillars: pillars.sort(byOrder).map((entry) => strip(entry.data)),
      units: units.sort(byOrder).map((entry) => strip(entry.data)),
      groups: groups.sort(byOrder).map((entry) => strip(entry.data)),
      indicators: indicators.sort(byOrder).map((entry) => strip(entry.data)),
      plans: plans.map((entry) => ({ file: entry.filePath ?? entry.id, frontmatter: entry.data })),
      progressFiles: progress.map((entry) => entry.data),
    };
    // 1.4 is counted from the news posts, never typed in by hand.
    const postTallies = postTalliesOf(
      countIndicatorPosts({ posts: posts.map((entry) => entry.data), indicators: content.indicators, units: content.units, year: content.site.year }),
    );
    return createPortalModel(content, { postTallies });
  })();
  return cached;
}
