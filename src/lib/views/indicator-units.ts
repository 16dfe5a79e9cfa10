/**
 * The full list of an indicator's lead units, page by page: /chi-so/<id>/don-vi/[trang/<n>/]. Built only
 * for the indicators whose page shows the distribution instead of the table (src/lib/distribution/lead-units.ts).
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import { listsEveryLeadUnit, unitListPages } from '../distribution/lead-units.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import type { ListPage } from '../posts/paginate.ts';
import type { Assignment } from '../progress/rollup.ts';
import { routes } from '../routes.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { indicatorView } from './indicator.ts';
import type { PageView } from './layout.ts';

export interface IndicatorUnitsView extends PageView {
  indicator: Indicator;
  page: ListPage<Assignment>;
  /** e.g. "Đơn vị 51–100 trong 1.600". */
  range: string;
  csvHref: string;
}

/**
 * Every page of the full list of each indicator whose page does not list all its units, in appendix order.
 * @example indicatorUnitPages(model).map((entry) => entry.page.url) // ['/chi-so/1-3/don-vi/', '/chi-so/1-3/don-vi/trang/2/', …]
 */
export function indicatorUnitPages(model: PortalModel): { id: string; page: ListPage<Assignment> }[] {
  return model.indicators.flatMap((indicator) => {
    const progress = model.progress.indicators.get(indicator.id);
    if (!progress || progress.children.length > 0 || listsEveryLeadUnit(progress.assignments.length)) return [];
    return unitListPages(progress.assignments, (page) => routes.indicatorUnits(indicator.id, page)).map((page) => ({ id: indicator.id, page }));
  });
}

/**
 * One page of the list; it shares the indicator page's social image (it shows nothing of its own).
 * @example indicatorUnitsView(model, '1.3', page).range // 'Đơn vị 1–50 trong 1.600'
 */
export function indicatorUnitsView(model: PortalModel, id: string, page: ListPage<Assignment>): IndicatorUnitsView {
  const indicatorPage = indicatorView(model, id);
  const { indicator, pillar } = indicatorPage;
  const range = `Đơn vị ${formatNumberVi(page.first)}–${formatNumberVi(page.last)} trong ${formatNumberVi(page.total)}`;
  const suffix = page.pageCount > 1 ? ` (trang ${formatNumberVi(page.number)}/${formatNumberVi(page.pageCount)})` : '';
  const title = `Chỉ số ${indicator.id}: tiến độ theo đơn vị chủ trì${suffix}`;
  return {
    layout: {
      site: model.site,
      title,
      description: `Tiến độ của từng đơn vị chủ trì chỉ số ${indicator.id} (${inlineEmphasisToText(indicator.title)}): ${range.toLowerCase()}.`,
      image: indicatorPage.layout.image,
      imageOf: routes.indicator(indicator.id),
    },
    breadcrumbs: [
      { label: 'Chỉ số', href: routes.indicators() },
      { label: `${pillar.id}. ${pillar.name}`, href: routes.pillar(pillar.slug) },
      { label: `Chỉ số ${indicator.id}`, href: routes.indicator(indicator.id) },
      { label: page.pageCount > 1 ? `Đơn vị chủ trì, trang ${formatNumberVi(page.number)}` : 'Đơn vị chủ trì' },
    ],
    indicator,
    page,
    range,
    csvHref: routes.indicatorReportsFile(indicator.id),
  };
}
