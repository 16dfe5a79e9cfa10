import type { Site } from '../content/schemas/site.ts';
import { createDublinCore, type MetaTag } from './dublin-core.ts';

/** Languages a page can be written in; `vi` unless a page says otherwise. */
export const PAGE_LANGUAGES = ['vi', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export interface PageMetaInput {
  site: Site;
  /** The page's own title, without the portal name. */
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  lang?: PageLanguage;
  /** The date the page's content refers to; the figures' date (`asOf`) by default. */
  date?: string | undefined;
}

/** The `<title>` and the Dublin Core tags of one page. */
export interface PageMeta {
  portalName: string;
  pageTitle: string;
  dublinCore: MetaTag[];
}

/**
 * Works out a page's title and Dublin Core metadata from site.yaml. An English
 * page names the portal, creator and publisher in English when site.yaml has them.
 * @example
 * createPageMeta({ site, title: 'Liên hệ', description: '…', url: 'https://example.vn/lien-he/' }).pageTitle;
 * // 'Liên hệ — Chuyển đổi số thành phố Bắc Giang'
 */
export function createPageMeta({ site, title, description, url, lang = 'vi', date }: PageMetaInput): PageMeta {
  const english = lang === 'en' ? site.en : undefined;
  const portalName = english?.name ?? site.name;
  const pageTitle = title === portalName ? portalName : `${title} — ${portalName}`;
  const dublinCore = createDublinCore({
    title,
    creator: english?.owner.name ?? site.owner.name,
    date: date ?? site.asOf,
    description,
    publisher: english?.owner.parent ?? site.owner.parent,
    identifier: url,
    language: lang,
  });
  return { portalName, pageTitle, dublinCore };
}
