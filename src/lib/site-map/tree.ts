/**
 * The human sitemap (/so-do-cong/): every section of the portal as one tree,
 * with the pillars, indicators, units and documents under their sections.
 */
import { routes } from '../routes.ts';

/** One link of the tree. */
export interface SiteTreeNode {
  label: string;
  href: string;
  /** Set when the label is not Vietnamese, e.g. `en` for "English". */
  lang?: string;
  children: SiteTreeNode[];
}

/** A link before it is placed in the tree. */
export interface SiteLink {
  label: string;
  href: string;
  lang?: string;
}

/** Every top-level section, in the order the sitemap lists them. */
export const SITE_SECTIONS = [
  { key: 'plan', label: 'Kế hoạch: toàn văn và Phụ lục', href: routes.plan() },
  { key: 'indicators', label: 'Các chỉ số, theo trụ cột', href: routes.indicators() },
  { key: 'units', label: 'Cơ quan, đơn vị, phường, xã', href: routes.units() },
  { key: 'priorities', label: 'Ưu tiên: việc nâng tỷ lệ hoàn thành nhiều nhất', href: routes.priorities() },
  { key: 'overdue', label: 'Nhiệm vụ quá hạn', href: routes.overdue() },
  { key: 'news', label: 'Tin chuyển đổi số', href: routes.news() },
  { key: 'changes', label: 'Cập nhật tiến độ', href: routes.changes() },
  { key: 'data', label: 'Dữ liệu mở', href: routes.data() },
  { key: 'search', label: 'Tìm kiếm', href: routes.search() },
  { key: 'documents', label: 'Văn bản được Kế hoạch dẫn chiếu', href: routes.documents() },
  { key: 'contact', label: 'Liên hệ', href: routes.contact() },
  { key: 'sitemap', label: 'Sơ đồ cổng', href: routes.sitemap() },
  { key: 'english', label: 'English', href: routes.english(), lang: 'en' },
] as const satisfies readonly (SiteLink & { key: keyof typeof routes })[];
export type SiteSection = (typeof SITE_SECTIONS)[number]['key'];

export interface SiteTreeInput {
  /** Pillars with their indicators, in appendix order. */
  pillars: (SiteLink & { indicators: SiteLink[] })[];
  /** Unit kinds with their units. */
  unitKinds: (SiteLink & { units: SiteLink[] })[];
  documents: SiteLink[];
  /** Machine-readable files, such as RSS feeds and the XML sitemap. */
  feeds?: SiteLink[];
  /** Whether the build has this page; sections it lacks are left out. */
  isBuilt: (href: string) => boolean;
}

const leaf = ({ label, href, lang }: SiteLink): SiteTreeNode => ({ label, href, ...(lang ? { lang } : {}), children: [] });

/**
 * Builds the tree: the home page at the root, each built section under it,
 * and under those the pages of each pillar, unit kind and document.
 * @example
 * const [home] = createSiteTree({ pillars: [], unitKinds: [], documents: [], isBuilt: () => true });
 * home.children.map((node) => node.href); // ['/ke-hoach/', '/chi-so/', '/don-vi/', …, '/en/']
 */
export function createSiteTree(input: SiteTreeInput): SiteTreeNode[] {
  const childrenOf: Partial<Record<SiteSection, SiteTreeNode[]>> = {
    indicators: input.pillars.map((pillar) => ({ ...leaf(pillar), children: pillar.indicators.map(leaf) })),
    units: [
      ...[{ label: 'So sánh các phường, xã theo trụ cột', href: routes.wardComparison() }].filter((link) => input.isBuilt(link.href)).map(leaf),
      ...input.unitKinds.map((kind) => ({ ...leaf(kind), children: kind.units.map(leaf) })),
    ],
    documents: input.documents.map(leaf),
    news: [{ label: 'Tin, bài theo đơn vị', href: routes.newsUnits() }].filter((link) => input.isBuilt(link.href)).map(leaf),
  };
  const sections = SITE_SECTIONS.filter((section) => input.isBuilt(section.href)).map(
    (section): SiteTreeNode => ({ ...leaf(section), children: childrenOf[section.key] ?? [] }),
  );
  const feeds = (input.feeds ?? []).filter((feed) => input.isBuilt(feed.href)).map(leaf);
  return [{ label: 'Trang chủ', href: routes.home(), children: [...sections, ...feeds] }];
}

/**
 * Every link in a tree, depth first, for tests and counts.
 * @example
 * flattenSiteTree(createSiteTree(input)).length; // 1 + sections + their pages
 */
export function flattenSiteTree(nodes: readonly SiteTreeNode[]): SiteTreeNode[] {
  return nodes.flatMap((node) => [node, ...flattenSiteTree(node.children)]);
}
