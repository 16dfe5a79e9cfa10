/**
 * What every page hands its layout: the site, its title and description, its
 * social image model (drawn after the build from this very object), its
 * breadcrumbs and, when it joins the search index, its search metadata.
 */
import type { Site } from '../content/schemas/site.ts';
import type { OgImageModel } from '../og/model.ts';
import type { PortalModel } from '../portal/model.ts';
import type { SearchPageMeta } from '../search/page-meta.ts';
import { pageImage } from './images.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageLink {
  href: string;
  label: string;
}

export interface LayoutView {
  site: Site;
  /** The page's own title, without the portal name. Plain text. */
  title: string;
  description: string;
  image: OgImageModel;
  /**
   * The page whose social image this page shares, when it shows nothing of its own (a later page of a
   * list shares its first page's): `image` is then that page's model, and no image is drawn for this one.
   */
  imageOf?: string | undefined;
  search?: SearchPageMeta | undefined;
}

/** The part of every view model the layout and the breadcrumbs read. */
export interface PageView {
  layout: LayoutView;
  /** Crumbs after "Trang chủ"; the last one is the current page. */
  breadcrumbs: Crumb[];
}

/**
 * A page with no design of its own (contact, search, documents…): the generic image of its title and description.
 * @example simplePageView(model, { title: 'Liên hệ', description: '…', breadcrumbs: [{ label: 'Liên hệ' }] }).layout.image.kind; // 'page'
 */
export function simplePageView(
  model: Pick<PortalModel, 'site'>,
  page: { title: string; description: string; breadcrumbs?: Crumb[]; search?: SearchPageMeta | undefined },
): PageView {
  return {
    layout: { site: model.site, title: page.title, description: page.description, image: pageImage(model.site, page), search: page.search },
    breadcrumbs: page.breadcrumbs ?? [{ label: page.title }],
  };
}
