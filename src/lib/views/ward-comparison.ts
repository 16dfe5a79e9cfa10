/** /don-vi/so-sanh/: the wards and communes × the pillars (issue 16 §3). */
import { anyDemo } from '../dashboard/demo.ts';
import { percentLabel } from '../dashboard/percent.ts';
import { scaleStep, SCALE_STEPS, type PillarMatrix } from '../comparison/matrix.ts';
import { wardMatrixOf } from '../comparison/wards.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import { routes } from '../routes.ts';
import { infoPageSearchMeta } from '../search/portal-meta.ts';
import { pageImage } from './images.ts';
import type { PageView } from './layout.ts';
import { paginate, type ListPage } from '../posts/paginate.ts';

/** Wards and communes per page of the comparison: a row of 8 pillars weighs about 2 KB of HTML, so a page stays near 230 KB (issue 18). */
export const COMPARISON_PAGE_SIZE = 100;

/**
 * The pages of the comparison, each with the indices of its rows; one page up to {@link COMPARISON_PAGE_SIZE} units.
 * @example wardComparisonPages(160).map((page) => page.url) // ['/don-vi/so-sanh/', '/don-vi/so-sanh/trang/2/']
 */
export function wardComparisonPages(unitCount: number): ListPage<number>[] {
  return paginate(Array.from({ length: unitCount }, (_, index) => index), COMPARISON_PAGE_SIZE, routes.wardComparison);
}

export interface ComparisonCellView {
  label: string;
  rank: string | undefined;
  step: number | undefined;
  percent: number | undefined;
}

export interface WardComparisonView extends PageView {
  matrix: PillarMatrix;
  cells: ComparisonCellView[][];
  average: string[];
  unitCount: number;
  legend: { step: number; label: string }[];
  demo: boolean;
  asOf: string;
  dataHref: string;
  /** The page of the comparison this view shows: its rows are `matrix.rows` and `cells` (issue 18). */
  page: ListPage<number>;
}

export function wardComparisonView(model: PortalModel, pageNumber = 1): WardComparisonView {
  const whole = wardMatrixOf(model);
  const count = whole.rows.length;
  const pages = wardComparisonPages(count);
  const page = pages[pageNumber - 1];
  if (!page) throw new RangeError(`wardComparisonView: không có trang ${pageNumber}; có ${pages.length} trang.`);
  // Ranks and averages are over every ward and commune; a page shows its own rows.
  const matrix: PillarMatrix = { ...whole, rows: whole.rows.slice(page.first - 1, page.last) };
  const ranked = whole.pillars.map((_, column) => whole.rows.filter((row) => row.cells[column]?.rank !== undefined).length);
  const title = `So sánh các phường, xã theo trụ cột${page.pageCount > 1 ? ` (trang ${formatNumberVi(page.number)}/${formatNumberVi(page.pageCount)})` : ''}`;
  const description = `Tỷ lệ hoàn thành của ${formatNumberVi(count)} phường, xã trong từng trụ cột của Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year}, với thứ hạng và mức trung bình.`;
  const width = 100 / SCALE_STEPS;
  const firstTitle = 'So sánh các phường, xã theo trụ cột';
  return {
    layout:
      page.number === 1
        ? { site: model.site, title, description, image: pageImage(model.site, { title: firstTitle, description }), search: infoPageSearchMeta(model, title) }
        : { site: model.site, title, description, image: pageImage(model.site, { title: firstTitle, description }), imageOf: routes.wardComparison() },
    breadcrumbs: [{ label: 'Đơn vị', href: routes.units() }, { label: 'So sánh phường, xã' }],
    matrix,
    cells: matrix.rows.map((row) =>
      row.cells.map((cell, column) => ({
        label: percentLabel(cell.completion, 'Không có nhiệm vụ'),
        rank: cell.rank === undefined ? undefined : `hạng ${formatNumberVi(cell.rank)}/${formatNumberVi(ranked[column] ?? 0)}`,
        step: scaleStep(cell.percent),
        percent: cell.percent,
      })),
    ),
    average: matrix.average.map((entry) => percentLabel(entry.completion, 'Không có nhiệm vụ')),
    unitCount: count,
    legend: Array.from({ length: SCALE_STEPS }, (_, step) => ({
      step,
      label: step === SCALE_STEPS - 1 ? `từ ${formatNumberVi(step * width)}% đến 100%` : `từ ${formatNumberVi(step * width)}% đến dưới ${formatNumberVi((step + 1) * width)}%`,
    })),
    demo: whole.rows.some((row) => anyDemo(row.progress.assignments)),
    asOf: model.site.asOf,
    dataHref: routes.dataFile('so-sanh-phuong-xa', 'csv'),
    page,
  };
}
