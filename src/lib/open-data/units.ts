/** `don-vi`: one row per unit active in the plan year, with its weighted completion. */
import { UNIT_KIND_LABELS, UNIT_KINDS } from '../content/schemas/taxonomies.ts';
import type { UnitProgress } from '../progress/rollup.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { anyDemo } from '../dashboard/demo.ts';
import { toPercent } from '../dashboard/percent.ts';
import { RANKED_KINDS, rankUnits } from '../dashboard/ranking.ts';
import { leadDone, tallyOf } from '../progress/distribution.ts';
import { changeSinceQuarter } from '../timeline/change.ts';
import { column, quarterChangeColumns, reportedCountColumns, statusCountColumns, trailingColumns, type OpenDataInput } from './columns.ts';
import { defineDataset } from './dataset.ts';

/** A unit's row: its progress and its rank among the wards and communes. */
export interface UnitRow {
  progress: UnitProgress;
  rank: number | undefined;
}

function unitRows(input: OpenDataInput): UnitRow[] {
  const progressOf = input.units.flatMap((unit) => {
    const progress = input.progress.units.get(unit.id);
    return progress ? [progress] : [];
  });
  const ranks = new Map(
    rankUnits(progressOf.filter((p) => RANKED_KINDS.includes(p.unit.kind))).map((row) => [row.progress.unit.id, row.rank]),
  );
  return progressOf.map((progress) => ({ progress, rank: ranks.get(progress.unit.id) }));
}

const c = column<UnitRow>;
const rankedKinds = RANKED_KINDS.map((kind) => UNIT_KIND_LABELS[kind].toLocaleLowerCase('vi')).join(', ');

export const unitsDataset = defineDataset<UnitRow>({
  id: 'don-vi',
  title: 'Tiến độ theo đơn vị',
  row: 'Mỗi dòng là một cơ quan, đơn vị, phường hoặc xã tồn tại trong năm kế hoạch.',
  items: unitRows,
  columns: [
    c('unit_id', 'string', 'Mã đơn vị; trang của đơn vị là /don-vi/<unit_id>/.', (r) => r.progress.unit.id),
    c('unit_name', 'string', 'Tên đơn vị.', (r) => r.progress.unit.name),
    c('unit_kind', 'string', `Loại đơn vị: ${UNIT_KINDS.map((kind) => `${kind} (${UNIT_KIND_LABELS[kind]})`).join(', ')}.`, (r) => r.progress.unit.kind),
    c('rank', 'integer', `Thứ hạng theo tỷ lệ hoàn thành trong số các ${rankedKinds}, như bảng xếp hạng trên trang chủ; bằng nhau thì cùng hạng. Để trống với các đơn vị khác.`, (r) => r.rank),
    c(
      'completion_percent',
      'number',
      'Tỷ lệ hoàn thành chung, 0–100, một chữ số thập phân: trung bình mức hoàn thành theo từng trụ cột, có trọng số là điểm tối đa của trụ cột trong Bộ chỉ số DTI. Để trống khi đơn vị không chủ trì chỉ số nào.',
      (r) => toPercent(r.progress.completion),
    ),
    c(
      'assignment_count',
      'integer',
      'Số chỉ số đơn vị chủ trì, như trên trang của đơn vị, trang /don-vi/ và ảnh chia sẻ: mỗi chỉ số không có chỉ số thành phần mà đơn vị chủ trì trong năm kế hoạch, trực tiếp hoặc qua nhóm (“UBND các phường, xã”); chỉ số cha (1.2, 5.5) không tính, các chỉ số thành phần của nó được tính.',
      (r) => tallyOf(r.progress.counts).total,
    ),
    c('applicable_count', 'integer', 'Số chỉ số chủ trì trừ các chỉ số đơn vị báo cáo không áp dụng: mẫu số trong câu “hoàn thành 5/16 chỉ số” (16 là số này).', (r) => tallyOf(r.progress.counts).applicable),
    c('done_summary', 'string', 'Câu hoàn thành như trên trang của đơn vị, ví dụ “Hoàn thành 5/16 chỉ số được giao chủ trì (không tính 1 chỉ số không áp dụng)”.', (r) => leadDone(r.progress.counts).sentence),
    ...statusCountColumns<UnitRow>((r) => r.progress.counts, 'chỉ số đơn vị chủ trì'),
    ...reportedCountColumns<UnitRow>((r) => r.progress.reportedCounts, 'chỉ số đơn vị chủ trì'),
    ...quarterChangeColumns<UnitRow>((r, input) => changeSinceQuarter(input.timeline, (snapshot) => snapshot.units.get(r.progress.unit.id)), 'đơn vị', true),
    c('page_url', 'string', 'Địa chỉ trang của đơn vị trên cổng.', (r, input) => absoluteUrl(routes.unit(r.progress.unit.id), input.origin)),
    ...trailingColumns<UnitRow>((r) => anyDemo(r.progress.assignments)),
  ],
});
