/** /xep-hang/[trang/<n>/]: the full ward and commune ranking when the home page shows only its top and bottom (issue 18). */
import type { RankedUnit } from '../dashboard/ranking.ts';
import { rankingPages } from '../distribution/ranking-pages.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import type { ListPage } from '../posts/paginate.ts';
import { routes } from '../routes.ts';
import { homeView } from './home.ts';
import type { PageView } from './layout.ts';
import type { ChangeView } from './quarter-change.ts';

export interface RankingPageView extends PageView {
  page: ListPage<RankedUnit>;
  /** e.g. "Hạng của phường, xã 101–200 trong 1.600". */
  range: string;
  changes: ReadonlyMap<string, ChangeView | undefined>;
}

/** Every page of the full ranking; none when the home page ranks every unit. */
export function rankingPageList(model: PortalModel): ListPage<RankedUnit>[] {
  return rankingPages(homeView(model).dashboard.ranked, routes.ranking);
}

/**
 * One page of the ranking, cut from the home page's own `ranked` (same ranks); it shares the home page's image.
 * @example rankingPageView(model, pages[1]).range // 'Hạng của phường, xã 101–200 trong 1.600'
 */
export function rankingPageView(model: PortalModel, page: ListPage<RankedUnit>): RankingPageView {
  const home = homeView(model);
  const range = `Hạng của phường, xã ${formatNumberVi(page.first)}–${formatNumberVi(page.last)} trong ${formatNumberVi(page.total)}`;
  const title = `Xếp hạng phường, xã${page.pageCount > 1 ? ` (trang ${formatNumberVi(page.number)}/${formatNumberVi(page.pageCount)})` : ''}`;
  return {
    layout: { site: model.site, title, description: `${range}, theo tỷ lệ hoàn thành, từ cao xuống thấp.`, image: home.layout.image, imageOf: routes.home() },
    breadcrumbs: [{ label: 'Tiến độ', href: `${routes.home()}#xep-hang` }, { label: title }],
    page,
    range,
    changes: home.dashboard.changes.units,
  };
}
