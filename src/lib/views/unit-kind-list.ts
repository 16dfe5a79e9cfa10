/**
 * /don-vi/ at any scale (issue 18): a kind of unit with up to 30 units is listed on /don-vi/ in full,
 * with its units' scorecards; a kind with more (1,000 wards at province scale) is counted there and
 * linked to its own list, /don-vi/loai/<kind>/, 100 units a page, each with its scorecard.
 */
import { UNIT_KIND_LABELS, type UnitKind } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { listsEveryLeadUnit } from '../distribution/lead-units.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import { paginate, type ListPage } from '../posts/paginate.ts';
import { routes } from '../routes.ts';
import { pageImage } from './images.ts';
import type { PageView } from './layout.ts';
import { unitScorecard, type ScorecardView } from './scorecards.ts';
import { unitsIndexText, unitsListEntry, type UnitsListEntry } from './units.ts';

/** Units on one page of a kind's list: an entry and its scorecard weigh about 1.3 KB of HTML. */
export const UNIT_KIND_PAGE_SIZE = 100;

/**
 * Whether /don-vi/ lists every unit of a kind (the same rule as an indicator's lead units).
 * @example listsKindOnIndex(16) // true
 */
export const listsKindOnIndex = (count: number) => listsEveryLeadUnit(count);

/** A kind that /don-vi/ does not list in full: its list's first page and page count. */
export function kindListLink(kind: UnitKind, count: number): { href: string; pageCount: number } | undefined {
  return listsKindOnIndex(count) ? undefined : { href: routes.unitKindList(kind), pageCount: Math.ceil(count / UNIT_KIND_PAGE_SIZE) };
}

/**
 * Every page of the lists of the kinds /don-vi/ does not list in full.
 * @example unitKindPages(model).map((entry) => entry.page.url) // [] with the shipped content
 */
export function unitKindPages(model: PortalModel): { kind: UnitKind; page: ListPage<Unit> }[] {
  return model.unitsByKind().flatMap(({ kind, units }) =>
    listsKindOnIndex(units.length) ? [] : paginate(units, UNIT_KIND_PAGE_SIZE, (number) => routes.unitKindList(kind, number)).map((page) => ({ kind, page })),
  );
}

export interface UnitKindListView extends PageView {
  kind: UnitKind;
  label: string;
  page: ListPage<Unit>;
  entries: UnitsListEntry[];
  scorecards: ScorecardView[];
}

/** One page of a kind's list; it shares /don-vi/'s social image. */
export function unitKindListView(model: PortalModel, kind: UnitKind, page: ListPage<Unit>): UnitKindListView {
  const label = UNIT_KIND_LABELS[kind];
  const range = `${formatNumberVi(page.first)}–${formatNumberVi(page.last)} trong ${formatNumberVi(page.total)}`;
  const title = `${label}${page.pageCount > 1 ? ` (trang ${formatNumberVi(page.number)}/${formatNumberVi(page.pageCount)})` : ''}`;
  const description = `${label} ${range}: số chỉ số chủ trì, phối hợp, tiến độ và bảng điểm đúng hạn của từng đơn vị.`;
  return {
    layout: { site: model.site, title, description, image: pageImage(model.site, unitsIndexText(model)), imageOf: routes.units() },
    breadcrumbs: [{ label: 'Đơn vị', href: routes.units() }, { label: title }],
    kind,
    label,
    page,
    entries: page.items.map((unit) => unitsListEntry(model, unit)),
    scorecards: page.items.flatMap((unit) => unitScorecard(model, unit) ?? []),
  };
}
