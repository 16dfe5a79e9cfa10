/** The news section (indicator 1.4): list pages, by pillar, by unit, the units' index, and one post. */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import { UNIT_KIND_LABELS } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import type { PortalModel } from '../portal/model.ts';
import { counterOfUnit, type PostCounter } from '../posts/counter.ts';
import { adjacentPosts, countListedPostsByPillar, countListedPostsByUnit, postPillarIds, postsOfPillar, postsOfUnit } from '../posts/listing.ts';
import { paginate, POSTS_PER_PAGE, type ListPage } from '../posts/paginate.ts';
import type { Post } from '../posts/schema.ts';
import { routes } from '../routes.ts';
import { postSearchMeta } from '../search/portal-meta.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { isUnitActiveInYear } from '../units/membership.ts';
import { pageImage, postImage } from './images.ts';
import type { Crumb, PageLink, PageView } from './layout.ts';
import { unitNamesOf } from './posts-panel.ts';
import { memoized } from '../memo.ts';

/** "Xem theo": the pillars with their post counts, and the link to every unit's list. */
export interface PostBrowseView {
  unitCount: number;
  pillars: { pillar: Pillar; href: string; count: number; current: boolean }[];
}

const pillarCounts = memoized((posts: readonly Post[]) => countListedPostsByPillar(posts));

export function postBrowse(model: PortalModel, currentPillar?: string): PostBrowseView {
  const counts = pillarCounts(model.publishedPosts);
  return {
    unitCount: model.units.length,
    pillars: model.pillars.map((pillar) => ({ pillar, href: routes.newsByPillar(pillar.slug), count: counts.get(pillar.id) ?? 0, current: pillar.slug === currentPillar })),
  };
}

/** A page of a post list, as PostListing shows it. */
export interface PostListView extends PageView {
  heading: string;
  page: ListPage<Post>;
  urlOf: (page: number) => string;
  unitNames: Record<string, string>;
  empty: string;
  browse: PostBrowseView;
}

/**
 * A list page's layout. Later pages show nothing of their own, so they share the first page's image:
 * `first` is that page's title and address (issue 18: one image per list, not one per page).
 */
function listLayout(model: PortalModel, title: string, description: string, first?: { title: string; href: string }) {
  const image = pageImage(model.site, { title: first?.title ?? title, description });
  return { site: model.site, title, description, image, imageOf: first?.href };
}

/** The first page of a list, for its later pages' shared image; undefined on the first page itself. */
const firstPageOf = (page: ListPage<Post>, title: string, href: string) => (page.number > 1 ? { title, href } : undefined);

/** The pages of the whole section, page 1 first. */
export function newsIndexPages(model: PortalModel): ListPage<Post>[] {
  return paginate(model.publishedPosts, POSTS_PER_PAGE, (number) => routes.news(number));
}

export interface NewsIndexView extends PostListView {
  postsIndicator: Pick<Indicator, 'id'> | undefined;
  city: string;
}

/** /chuyen-doi-so/ and /chuyen-doi-so/trang/<n>/. */
export function newsIndexView(model: PortalModel, page: ListPage<Post>): NewsIndexView {
  const firstTitle = 'Tin, bài về chuyển đổi số';
  const title = page.number > 1 ? `${firstTitle} (trang ${page.number})` : firstTitle;
  const description = `Chuyên mục riêng về chuyển đổi số của ${model.site.cityKind} ${model.site.city} và các phường, xã: tin, bài của các cơ quan, đơn vị.`;
  return {
    layout: listLayout(model, title, description, firstPageOf(page, firstTitle, routes.news())),
    breadcrumbs: page.number > 1 ? [{ label: 'Tin chuyển đổi số', href: routes.news() }, { label: `Trang ${page.number}` }] : [{ label: 'Tin chuyển đổi số' }],
    heading: title,
    page,
    urlOf: (number) => routes.news(number),
    unitNames: unitNamesOf(model, page.items),
    empty: 'Chuyên mục chưa có tin, bài nào.',
    browse: postBrowse(model),
    postsIndicator: model.postCounter?.indicator,
    city: `${model.site.cityKind} ${model.site.city}`,
  };
}

/** Every page of every pillar's list. */
export function newsPillarPages(model: PortalModel): { pillar: Pillar; page: ListPage<Post> }[] {
  return model.pillars.flatMap((pillar) =>
    paginate(postsOfPillar(model.publishedPosts, pillar.id), POSTS_PER_PAGE, (number) => routes.newsByPillar(pillar.slug, number)).map((page) => ({ pillar, page })),
  );
}

export interface NewsPillarView extends PostListView {
  pillar: Pillar;
  name: string;
}

export function newsPillarView(model: PortalModel, pillarId: number, page: ListPage<Post>): NewsPillarView {
  const pillar = model.getPillar(pillarId);
  if (!pillar) throw new Error(`Không tìm thấy trụ cột ${pillarId}`);
  const name = `${pillar.id}. ${pillar.name}`;
  const firstTitle = `Tin, bài về trụ cột ${name}`;
  const title = `${firstTitle}${page.number > 1 ? ` (trang ${page.number})` : ''}`;
  const crumbs: Crumb[] = page.number > 1 ? [{ label: name, href: routes.newsByPillar(pillar.slug) }, { label: `Trang ${page.number}` }] : [{ label: name }];
  return {
    layout: listLayout(model, title, `Tin, bài về chuyển đổi số thuộc trụ cột ${name}.`, firstPageOf(page, firstTitle, routes.newsByPillar(pillar.slug))),
    breadcrumbs: [{ label: 'Tin chuyển đổi số', href: routes.news() }, ...crumbs],
    heading: title,
    page,
    urlOf: (number) => routes.newsByPillar(pillar.slug, number),
    unitNames: unitNamesOf(model, page.items),
    empty: `Chưa có tin, bài nào về trụ cột ${name}.`,
    browse: postBrowse(model, pillar.slug),
    pillar,
    name,
  };
}

/** Every page of every unit's list; a unit with no posts still has its first page. */
export function newsUnitPages(model: PortalModel): { unit: Unit; page: ListPage<Post> }[] {
  return model.units.flatMap((unit) =>
    paginate(postsOfUnit(model.publishedPosts, unit.id), POSTS_PER_PAGE, (number) => routes.newsByUnit(unit.id, number)).map((page) => ({ unit, page })),
  );
}

export interface NewsUnitView extends PostListView {
  unit: Unit;
  counter: PostCounter | undefined;
}

export function newsUnitView(model: PortalModel, unitId: string, page: ListPage<Post>): NewsUnitView {
  const unit = model.getUnit(unitId);
  if (!unit) throw new Error(`Không tìm thấy đơn vị ${unitId}`);
  const firstTitle = `Tin, bài của ${unit.name}`;
  const title = `${firstTitle}${page.number > 1 ? ` (trang ${page.number})` : ''}`;
  const crumbs: Crumb[] = page.number > 1 ? [{ label: unit.name, href: routes.newsByUnit(unit.id) }, { label: `Trang ${page.number}` }] : [{ label: unit.name }];
  return {
    layout: listLayout(model, title, `Tin, bài về chuyển đổi số của ${unit.name} trong chuyên mục Chuyển đổi số.`, firstPageOf(page, firstTitle, routes.newsByUnit(unit.id))),
    breadcrumbs: [{ label: 'Tin chuyển đổi số', href: routes.news() }, { label: 'Theo đơn vị', href: routes.newsUnits() }, ...crumbs],
    heading: title,
    page,
    urlOf: (number) => routes.newsByUnit(unit.id, number),
    unitNames: unitNamesOf(model, page.items),
    empty: `${unit.name} chưa đăng tin, bài nào trong chuyên mục Chuyển đổi số.`,
    browse: postBrowse(model),
    unit,
    counter: counterOfUnit(model.postCounter, unit.id),
  };
}

export interface NewsUnitsView extends PageView {
  groups: { id: string; label: string; units: { unit: Unit; href: string; count: number }[] }[];
}

/** /chuyen-doi-so/don-vi/: every unit's list with how many posts it has. */
export function newsUnitsView(model: PortalModel): NewsUnitsView {
  const perUnit = countListedPostsByUnit(model.publishedPosts);
  const inactive = model.units.filter((unit) => !isUnitActiveInYear(unit, model.site.year));
  const entry = (unit: Unit) => ({ unit, href: routes.newsByUnit(unit.id), count: perUnit.get(unit.id) ?? 0 });
  const title = 'Tin, bài theo đơn vị';
  return {
    layout: listLayout(model, title, 'Tin, bài về chuyển đổi số của từng cơ quan, đơn vị và phường, xã, với số bài mỗi đơn vị đã đăng.'),
    breadcrumbs: [{ label: 'Tin chuyển đổi số', href: routes.news() }, { label: 'Theo đơn vị' }],
    groups: [
      ...model.unitsByKind().map(({ kind, units }) => ({ id: kind, label: UNIT_KIND_LABELS[kind], units: units.map(entry) })),
      ...(inactive.length > 0 ? [{ id: 'khong-con-hoat-dong', label: `Không còn trong năm ${model.site.year}`, units: inactive.map(entry) }] : []),
    ],
  };
}

export interface PostView extends PageView {
  post: Post;
  unitName: string;
  indicators: { href: string; label: string }[];
  pillars: { pillar: Pillar; href: string; newsHref: string }[];
  /** Labels of the indicators an MDX post links with <IndicatorLink id="…" />. */
  indicatorLinks: Record<string, { href: string; label: string }>;
  share: { subject: string };
  pager: { label: string; prev?: PageLink | undefined; next?: PageLink | undefined };
}

const indicatorLink = (indicator: Indicator) => ({ href: routes.indicator(indicator.id), label: `Chỉ số ${indicator.id}: ${inlineEmphasisToText(indicator.title)}` });

/** @example postView(model, 'ra-mat-chuyen-muc').unitName; // 'Phường Trần Phú' */
export function postView(model: PortalModel, slug: string): PostView {
  const post = model.publishedPosts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`Không tìm thấy bài ${slug}`);
  const unitName = model.getUnit(post.unit)?.name ?? post.unit;
  const { newer, older } = adjacentPosts(model.publishedPosts, post.slug);
  const link = (other: Post | undefined, label: string) => other && { href: routes.post(other.slug), label: `${label}: ${other.title}` };
  const pillarIds = postPillarIds(post);
  return {
    layout: {
      site: model.site,
      title: post.title,
      description: post.summary,
      image: postImage(model.site, { title: post.title, unitName, date: post.date, demo: post.demo }),
      search: postSearchMeta(model, { ...post, pillarIds }),
    },
    breadcrumbs: [{ label: 'Tin chuyển đổi số', href: routes.news() }, { label: unitName, href: routes.newsByUnit(post.unit) }, { label: post.title }],
    post,
    unitName,
    indicators: post.indicators.flatMap((id) => model.getIndicator(id) ?? []).map(indicatorLink),
    pillars: pillarIds.flatMap((id) => model.getPillar(id) ?? []).map((pillar) => ({ pillar, href: routes.pillar(pillar.slug), newsHref: routes.newsByPillar(pillar.slug) })),
    indicatorLinks: Object.fromEntries(model.indicators.map((indicator) => [indicator.id, indicatorLink(indicator)])),
    share: { subject: 'bài viết này' },
    pager: { label: 'Bài mới hơn và cũ hơn', prev: link(newer, 'Bài mới hơn'), next: link(older, 'Bài cũ hơn') },
  };
}
