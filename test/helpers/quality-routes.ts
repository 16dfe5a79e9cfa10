/**
 * Every page type of the portal, declared once: the browser, accessibility,
 * CSP, link and HTML checks all run over this list (test/build/quality-site.test.ts).
 * URLs come from `routes` and the shipped content, never written by hand, so
 * a renamed page or a removed entry shows up as a failing route, not a skip.
 */
import type { PortalContent } from '../../src/lib/loading/load.ts';
import { routes } from '../../src/lib/routes.ts';

/** The page types of the portal, in the order the checks report them. */
export const PAGE_TYPES = [
  'home',
  'plan',
  'appendix',
  'indicator',
  'sub-indicator',
  'pillar',
  'units',
  'overdue',
  'unit',
  'news',
  'news-units',
  'news-by-unit',
  'post',
  'changes',
  'search',
  'open-data',
  'not-found',
  'contact',
  'site-map',
  'english',
  'documents',
  'document',
  'priorities',
  'priorities-filter',
  'ward-comparison',
] as const;

export type PageType = (typeof PAGE_TYPES)[number];

/** One page to check: its type, its address, and the file `astro build` writes for it. */
export interface QualityRoute {
  type: PageType;
  /** Root-relative address; the not-found page is reached through an address no page has. */
  path: string;
  /** The built file under dist/, e.g. `chi-so/1-4/index.html`. */
  file: string;
}

/** A root-relative directory address to its built file: `/chi-so/` → `chi-so/index.html`. */
export const pathToFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

/**
 * One route per page type, chosen from the content: the indicator measured by
 * posts (1.4), a sub-indicator, the first pillar, the ward with the most posts,
 * a post written in MDX with a cover image (the richest post page), and the first document.
 * @throws {Error} When the content has no page of some type, so no type is skipped silently.
 */
export function qualityRoutes(content: PortalContent): QualityRoute[] {
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the shipped content has no ${what} to check`);
    return value;
  };
  const published = (content.posts ?? []).filter((post) => !post.draft);
  const postsPerUnit = new Map<string, number>();
  for (const post of published) postsPerUnit.set(post.unit, (postsPerUnit.get(post.unit) ?? 0) + 1);
  const busiestWard = need(
    [...content.units].filter((unit) => unit.kind === 'ward').sort((a, b) => (postsPerUnit.get(b.id) ?? 0) - (postsPerUnit.get(a.id) ?? 0))[0],
    'ward',
  );
  const post = need(published.find((entry) => entry.format === 'mdx' && entry.cover) ?? published[0], 'published post');
  const indicator = need(content.indicators.find((entry) => entry.id === '1.4') ?? content.indicators[0], 'indicator');
  const subIndicator = need(content.indicators.find((entry) => entry.id.split('.').length === 3), 'sub-indicator');
  const pillar = need([...content.pillars].sort((a, b) => a.id - b.id)[0], 'pillar');
  const document = need(content.documents?.[0], 'legal document');

  const paths: Record<PageType, string> = {
    home: routes.home(),
    plan: routes.plan(),
    appendix: routes.indicators(),
    indicator: routes.indicator(indicator.id),
    'sub-indicator': routes.indicator(subIndicator.id),
    pillar: routes.pillar(pillar.slug),
    units: routes.units(),
    overdue: routes.overdue(),
    unit: routes.unit(busiestWard.id),
    news: routes.news(),
    'news-units': routes.newsUnits(),
    'news-by-unit': routes.newsByUnit(busiestWard.id),
    post: routes.post(post.slug),
    changes: routes.changes(),
    search: routes.search(),
    'open-data': routes.data(),
    'not-found': '/khong-co-trang-nay/',
    contact: routes.contact(),
    'site-map': routes.sitemap(),
    english: routes.english(),
    documents: routes.documents(),
    document: routes.document(document.id),
    priorities: routes.priorities(),
    'priorities-filter': routes.priorities({ pillar: pillar.slug }),
    'ward-comparison': routes.wardComparison(),
  };
  return PAGE_TYPES.map((type) => ({ type, path: paths[type], file: type === 'not-found' ? '404.html' : pathToFile(paths[type]) }));
}
