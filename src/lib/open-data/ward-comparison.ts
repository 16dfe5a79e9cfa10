/** `so-sanh-phuong-xa`: the matrix of /don-vi/so-sanh/, one row per ward or commune × pillar (issue 16 §3). */
import type { MatrixCell, MatrixRow, PillarMatrix } from '../comparison/matrix.ts';
import { anyDemo } from '../dashboard/demo.ts';
import { column, trailingColumns } from './columns.ts';
import { defineDataset } from './dataset.ts';

interface CellRow {
  row: MatrixRow;
  cell: MatrixCell;
  average: number | undefined;
  ranked: number;
}

const c = column<CellRow>;

/** The rows of a matrix, ward by ward, pillar by pillar. */
export function matrixRows(matrix: PillarMatrix): CellRow[] {
  return matrix.rows.flatMap((row) =>
    row.cells.map((cell, index) => ({
      row,
      cell,
      average: matrix.average[index]?.percent,
      ranked: matrix.rows.filter((other) => other.cells[index]?.rank !== undefined).length,
    })),
  );
}

export const wardComparisonDataset = defineDataset<CellRow>({
  id: 'so-sanh-phuong-xa',
  title: 'So sánh phường, xã theo trụ cột',
  row: 'Mỗi dòng là một phường hoặc xã trong một trụ cột: đúng ô của bảng trên trang /don-vi/so-sanh/.',
  items: (input) => matrixRows(input.wardMatrix),
  columns: [
    c('unit_id', 'string', 'Mã phường, xã; trang của đơn vị là /don-vi/<unit_id>/.', (r) => r.row.progress.unit.id),
    c('unit_name', 'string', 'Tên phường, xã.', (r) => r.row.progress.unit.name),
    c('pillar_id', 'integer', 'Số thứ tự trụ cột.', (r) => r.cell.pillar.id),
    c('pillar_name', 'string', 'Tên trụ cột.', (r) => r.cell.pillar.name),
    c('completion_percent', 'number', 'Tỷ lệ hoàn thành của đơn vị trong trụ cột, 0–100, một chữ số thập phân: trung bình mức hoàn thành các nhiệm vụ đơn vị chủ trì trong trụ cột, như trên trang của đơn vị. Để trống khi đơn vị không có nhiệm vụ áp dụng trong trụ cột.', (r) => r.cell.percent),
    c('rank_in_pillar', 'integer', 'Thứ hạng của đơn vị trong trụ cột, trong số các phường, xã có số liệu; bằng nhau thì cùng hạng.', (r) => r.cell.rank),
    c('ranked_count', 'integer', 'Số phường, xã được xếp hạng trong trụ cột này.', (r) => r.ranked),
    c('average_percent', 'number', 'Trung bình tỷ lệ của các phường, xã trong trụ cột (dòng “Trung bình” của bảng), 0–100, một chữ số thập phân.', (r) => r.average),
    ...trailingColumns<CellRow>((r) => anyDemo(r.row.progress.byPillar.find((entry) => entry.pillar.id === r.cell.pillar.id)?.assignments ?? [])),
  ],
});
