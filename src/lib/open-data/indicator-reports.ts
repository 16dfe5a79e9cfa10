/**
 * du-lieu/bao-cao/<indicator>.csv: the rows of bao-cao.csv for one indicator, with the same columns
 * (issue 18): the full list of an indicator's lead units as open data, which an indicator led by every
 * ward (1,600 rows at province scale) links to instead of setting them all in its page.
 */
import type { Assignment } from '../progress/rollup.ts';
import { routes } from '../routes.ts';
import type { OpenDataInput } from './columns.ts';
import { buildTable } from './dataset.ts';
import { renderTable, type OpenDataFile } from './files.ts';
import { reportsDataset } from './reports.ts';

/** What the data dictionary says of these files. */
export const INDICATOR_REPORTS_FILES_NOTE =
  'Mỗi chỉ số có đơn vị chủ trì còn có tệp riêng /du-lieu/bao-cao/<mã chỉ số>.csv (mã viết bằng dấu gạch ngang, ví dụ 1-3.csv cho chỉ số 1.3): các dòng của bao-cao.csv cho chỉ số đó, cùng các cột, cùng thứ tự như trên trang danh sách đơn vị của chỉ số.';

/** The indicators that have such a file: every leaf indicator with at least one lead unit, in appendix order. */
export function indicatorsWithReportsFile(input: Pick<OpenDataInput, 'indicators' | 'progress'>): string[] {
  return input.indicators.filter((indicator) => (input.progress.indicators.get(indicator.id)?.assignments.length ?? 0) > 0).map((indicator) => indicator.id);
}

/**
 * The CSV of one indicator's rows of bao-cao.
 * @throws {TypeError} When the indicator has no lead unit (it has no file).
 * @example renderIndicatorReportsFile('1.3', input).rowCount // 16 with the shipped wards and communes
 */
export function renderIndicatorReportsFile(indicatorId: string, input: OpenDataInput): OpenDataFile {
  const assignments: Assignment[] = input.progress.indicators.get(indicatorId)?.assignments ?? [];
  if (assignments.length === 0) throw new TypeError(`renderIndicatorReportsFile: chỉ số ${indicatorId} không có đơn vị chủ trì nên không có tệp ${routes.indicatorReportsFile(indicatorId)}.`);
  return renderTable(buildTable({ ...reportsDataset, items: () => assignments }, input), 'csv', input);
}
