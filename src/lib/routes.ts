import { indicatorIdToSlug } from './plan/indicator-id.ts';

/**
 * Every URL of the portal is built here, never by string templates in pages.
 * Paths are root-relative with a trailing slash.
 */
export const routes = {
  home: () => '/',
  plan: () => '/ke-hoach/',
  indicators: () => '/chi-so/',
  /** @example routes.indicator('1.2.1') // '/chi-so/1-2-1/' */
  indicator: (id: string) => `/chi-so/${indicatorIdToSlug(id)}/`,
  /** Every lead unit of an indicator led by more than its page lists, page by page. @example routes.indicatorUnits('1.3', 2) // '/chi-so/1-3/don-vi/trang/2/' */
  indicatorUnits: (id: string, page = 1) => pagePath(`/chi-so/${indicatorIdToSlug(id)}/don-vi/`, page),
  /** The rows of du-lieu/bao-cao.csv for one indicator. @example routes.indicatorReportsFile('1.3') // '/du-lieu/bao-cao/1-3.csv' */
  indicatorReportsFile: (id: string) => `/du-lieu/bao-cao/${indicatorIdToSlug(id)}.csv`,
  /** @example routes.pillar('nhan-thuc-so') // '/tru-cot/nhan-thuc-so/' */
  pillar: (slug: string) => `/tru-cot/${slug}/`,
  units: () => '/don-vi/',
  /** Every overdue task of the city; the home page shows only the most urgent. */
  overdue: () => '/qua-han/',
  /** The units index at one kind's heading. @example routes.unitKind('ward') // '/don-vi/#ward' */
  unitKind: (kind: string) => `/don-vi/#${kind}`,
  /** Every unit of one kind, page by page, when /don-vi/ does not list them all (issue 18). @example routes.unitKindList('ward', 2) // '/don-vi/loai/ward/trang/2/' */
  unitKindList: (kind: string, page = 1) => pagePath(`/don-vi/loai/${kind}/`, page),
  /** The units index at the units that do not exist in the plan year. */
  unitsOutsidePlanYear: () => '/don-vi/#khong-con-hoat-dong',
  /** The full ranking of the wards and communes, page by page, when the home page shows only its top and bottom (issue 18). @example routes.ranking(2) // '/xep-hang/trang/2/' */
  ranking: (page = 1) => pagePath('/xep-hang/', page),
  /** The wards and communes side by side, pillar by pillar. */
  wardComparison: (page = 1) => pagePath('/don-vi/so-sanh/', page),
  /** The units' scorecards on /don-vi/. */
  scorecards: () => '/don-vi/#bang-diem',
  /**
   * The tasks with the most points at stake, for all, one pillar or one kind of unit.
   * @example routes.priorities({ pillar: 'nhan-thuc-so' }) // '/uu-tien/tru-cot/nhan-thuc-so/'
   * @example routes.priorities({ kind: 'phuong-xa' }) // '/uu-tien/phuong-xa/'
   */
  priorities: (filter: { pillar?: string; kind?: string } = {}) =>
    filter.pillar ? `/uu-tien/tru-cot/${filter.pillar}/` : filter.kind ? `/uu-tien/${filter.kind}/` : '/uu-tien/',
  /** @example routes.unit('phuong-tran-phu') // '/don-vi/phuong-tran-phu/' */
  unit: (id: string) => `/don-vi/${id}/`,
  /** The news section (indicator 1.4), page by page. @example routes.news(2) // '/chuyen-doi-so/trang/2/' */
  news: (page = 1) => pagePath('/chuyen-doi-so/', page),
  /** @example routes.post('ra-mat-chuyen-muc') // '/chuyen-doi-so/ra-mat-chuyen-muc/' */
  post: (slug: string) => `/chuyen-doi-so/${slug}/`,
  /** Every unit, with how many posts each has. @example routes.newsUnits() // '/chuyen-doi-so/don-vi/' */
  newsUnits: () => '/chuyen-doi-so/don-vi/',
  /** One unit's posts. @example routes.newsByUnit('phuong-tran-phu') // '/chuyen-doi-so/don-vi/phuong-tran-phu/' */
  newsByUnit: (id: string, page = 1) => pagePath(`/chuyen-doi-so/don-vi/${id}/`, page),
  /** One pillar's posts. @example routes.newsByPillar('nhan-thuc-so', 2) // '/chuyen-doi-so/tru-cot/nhan-thuc-so/trang/2/' */
  newsByPillar: (slug: string, page = 1) => pagePath(`/chuyen-doi-so/tru-cot/${slug}/`, page),
  /** The feed of the whole news section. */
  newsFeed: () => '/rss.xml',
  /** @example routes.unitNewsFeed('phuong-tran-phu') // '/chuyen-doi-so/don-vi/phuong-tran-phu/rss.xml' */
  unitNewsFeed: (id: string) => `/chuyen-doi-so/don-vi/${id}/rss.xml`,
  /** Every change of status or value in the reports, page by page. @example routes.changes(2) // '/cap-nhat/trang/2/' */
  changes: (page = 1) => pagePath('/cap-nhat/', page),
  /** The feed of every change. */
  changesFeed: () => '/cap-nhat/rss.xml',
  /** @example routes.unitChangesFeed('phuong-tran-phu') // '/cap-nhat/don-vi/phuong-tran-phu/rss.xml' */
  unitChangesFeed: (id: string) => `/cap-nhat/don-vi/${id}/rss.xml`,
  /** The city's deadline calendar (iCalendar). */
  cityCalendar: () => '/han-chot.ics',
  /** @example routes.unitCalendar('phuong-tran-phu') // '/don-vi/phuong-tran-phu/han-chot.ics' */
  unitCalendar: (id: string) => `/don-vi/${id}/han-chot.ics`,
  search: () => '/tim-kiem/',
  data: () => '/du-lieu/',
  /** Where the demonstration data is explained in full; the one-line notices link here. */
  demoExplanation: () => '/du-lieu/#du-lieu-minh-hoa',
  /** An open-data file. @example routes.dataFile('don-vi', 'csv') // '/du-lieu/don-vi.csv' */
  dataFile: (dataset: string, format: 'csv' | 'json') => `/du-lieu/${dataset}.${format}`,
  /** A unit's progress-report template (src/lib/reports-xlsx/). @example routes.reportTemplate('xa-dong-son') // '/du-lieu/mau-bao-cao/xa-dong-son.xlsx' */
  reportTemplate: (unitId: string) => `/du-lieu/mau-bao-cao/${unitId}.xlsx`,
  sitemap: () => '/so-do-cong/',
  contact: () => '/lien-he/',
  english: () => '/en/',
  /** Legal documents the plan cites. */
  documents: () => '/van-ban/',
  /** @example routes.document('ke-hoach-14-kh-ubnd') // '/van-ban/ke-hoach-14-kh-ubnd/' */
  document: (id: string) => `/van-ban/${id}/`,
  /** The XML sitemap for search engines, written by @astrojs/sitemap. */
  xmlSitemap: () => '/sitemap-index.xml',
} as const;

/** Page 1 of a list lives at the list's own address; page n at <list>trang/n/. */
function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

/**
 * Joins a root-relative path to the public origin.
 * @example absoluteUrl('/chi-so/', 'https://example.vn') // 'https://example.vn/chi-so/'
 */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).href;
}
