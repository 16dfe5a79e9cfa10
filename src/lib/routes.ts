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
  /** @example routes.pillar('nhan-thuc-so') // '/tru-cot/nhan-thuc-so/' */
  pillar: (slug: string) => `/tru-cot/${slug}/`,
  units: () => '/don-vi/',
  /** The units index at one kind's heading. @example routes.unitKind('ward') // '/don-vi/#ward' */
  unitKind: (kind: string) => `/don-vi/#${kind}`,
  /** @example routes.unit('phuong-tran-phu') // '/don-vi/phuong-tran-phu/' */
  unit: (id: string) => `/don-vi/${id}/`,
  news: () => '/chuyen-doi-so/',
  search: () => '/tim-kiem/',
  data: () => '/du-lieu/',
  sitemap: () => '/so-do-cong/',
  contact: () => '/lien-he/',
  english: () => '/en/',
} as const;

/**
 * Joins a root-relative path to the public origin.
 * @example absoluteUrl('/chi-so/', 'https://example.vn') // 'https://example.vn/chi-so/'
 */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).href;
}
