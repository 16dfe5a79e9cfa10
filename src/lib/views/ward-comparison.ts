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
}

export function wardComparisonView(model: PortalModel): WardComparisonView {
  const matrix = wardMatrixOf(model);
  const count = matrix.rows.length;
  const title = 'So sánh các phường, xã theo trụ cột';
  const description = `Tỷ lệ hoàn thành của ${formatNumberVi(count)} phường, xã trong từng trụ cột của Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year}, với thứ hạng và mức trung bình.`;
  const width = 100 / SCALE_STEPS;
  const ranked = matrix.pillars.map((_, column) => matrix.rows.filter((row) => row.cells[column]?.rank !== undefined).length);
  return {
    layout: { site: model.site, title, description, image: pageImage(model.site, { title, description }), search: infoPageSearchMeta(model, title) },
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
    demo: matrix.rows.some((row) => anyDemo(row.progress.assignments)),
    asOf: model.site.asOf,
    dataHref: routes.dataFile('so-sanh-phuong-xa', 'csv'),
  };
}
