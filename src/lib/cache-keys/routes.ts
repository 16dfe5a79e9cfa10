/**
 * The `cacheKey` of every route with getStaticPaths (Astro's incremental build,
 * docs/adr/0015-incremental-builds.md). A key is the hash of exactly what the
 * page shows: its view model, which holds the site (name, asOf, contacts: the
 * layout's header, footer and print line) and everything its components draw.
 * What a page shows besides its data is code (the layout, the English chrome,
 * the nav, the styles), and Astro re-renders every page of a route whose code
 * changed. An aggregating page (lists, unit, pillar, indicator, priorities)
 * holds the entries it shows in its view, so their changes change its key.
 * An endpoint's key is the hash of the values its GET turns into bytes.
 */
import { unitDeadlineEvents } from '../calendar/events.ts';
import type { LegalDocument } from '../content/schemas/legal-document.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { postsOfUnit } from '../posts/listing.ts';
import type { PortalModel } from '../portal/model.ts';
import { templateRows } from '../reports-xlsx/rows.ts';
import { unitChangeItems } from '../views/changes.ts';
import { englishProgressSummary } from '../views/english.ts';
import type { PostView } from '../views/news.ts';
import { contentHash } from './hash.ts';
import { postFilesHash } from './post-files-fs.ts';

/** Bumped when what a key covers changes shape, so no key of an older build ever matches. */
const KEY_VERSION = 'page-key-1';

/**
 * A page's key: the hash of its view model (and of anything else it shows, as further parts).
 * @example cacheKey: viewKey(unitView(getPortal(), unit.id))
 */
export function viewKey(view: unknown, ...shownBesides: unknown[]): string {
  return contentHash(KEY_VERSION, view, ...shownBesides);
}

/**
 * A route's props and key from its one view model: the view is built once, hashed for the key and
 * handed to the page as `Astro.props.view`, never built again to render.
 * @example
 * getPortal().units.map((unit) => ({ params: { slug: unit.id }, ...viewRoute(unitView(getPortal(), unit.id)) }))
 */
export function viewRoute<View>(view: View, ...shownBesides: unknown[]): { props: { view: View }; cacheKey: string } {
  return { props: { view }, cacheKey: viewKey(view, ...shownBesides) };
}

/** A post's page: its view, and the bytes of its file and pictures (the body and cover Astro compiles). */
export function postPageKey(view: PostView, post: { slug: string; unit: string; path: string }, contentDir?: string): string {
  return viewKey(view, { postFiles: postFilesHash(post, contentDir) });
}

/** /en/: the site (with its `en:` part), the related links, the pillars with their indicators and the English progress summary. */
export function englishPageKey(model: PortalModel): string {
  return viewKey({ site: model.site, links: model.links, pillars: model.pillars, indicators: model.indicators.map(({ id }) => id), summary: englishProgressSummary(model) });
}

/** /van-ban/<id>/: the document, and the indicators it is cited by (their titles). */
export function documentPageKey(model: PortalModel, document: LegalDocument): string {
  return viewKey({ site: model.site, document, indicators: model.indicators.map(({ id, title }) => ({ id, title })) });
}

/** /don-vi/<id>/han-chot.ics: the unit, the site and its deadline events. */
export function unitCalendarKey(model: PortalModel, unit: Unit): string {
  return viewKey({ site: model.site, unit, events: unitDeadlineEvents(model, unit) });
}

/** /cap-nhat/don-vi/<id>/rss.xml: the unit, the site and its changes. */
export function unitChangesFeedKey(model: PortalModel, unit: Unit): string {
  return viewKey({ site: model.site, unit, items: unitChangeItems(model, unit.id) });
}

/** /chuyen-doi-so/don-vi/<id>/rss.xml: the unit, the site and its posts. */
export function unitNewsFeedKey(model: PortalModel, unit: Unit): string {
  return viewKey({ site: model.site, unit, posts: postsOfUnit(model.publishedPosts, unit.id) });
}

/** /du-lieu/mau-bao-cao/<id>.xlsx: the unit, the site and the template's rows. */
export function reportTemplateKey(model: PortalModel, unit: Unit): string {
  return viewKey({ site: model.site, unit, rows: templateRows(model, unit) });
}
