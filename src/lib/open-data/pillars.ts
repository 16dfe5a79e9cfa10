/** `tru-cot`: one row per pillar, with its completion and its weight in the city figure. */
import type { PillarProgress } from '../progress/rollup.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { anyDemo, assignmentsUnder } from '../dashboard/demo.ts';
import { toPercent } from '../dashboard/percent.ts';
import { changeSinceQuarter } from '../timeline/change.ts';
import { column, quarterChangeColumns, reportedCountColumns, statusCountColumns, trailingColumns } from './columns.ts';
import { defineDataset } from './dataset.ts';

const c = column<PillarProgress>;
const assignmentsOf = (p: PillarProgress) => p.indicators.flatMap(assignmentsUnder);

export const pillarsDataset = defineDataset<PillarProgress>({
  id: 'tru-cot',
  title: 'Tiến độ theo trụ cột',
  row: 'Mỗi dòng là một trụ cột của Bộ chỉ số DTI.',
  items: (input) => [...input.progress.pillars],
  columns: [
    c('pillar_id', 'integer', 'Số thứ tự trụ cột.', (p) => p.pillar.id),
    c('pillar_slug', 'string', 'Mã trụ cột trong địa chỉ trang /tru-cot/<pillar_slug>/.', (p) => p.pillar.slug),
    c('pillar_name', 'string', 'Tên trụ cột.', (p) => p.pillar.name),
    c('max_points', 'number', 'Điểm tối đa của trụ cột theo Quyết định 922/QĐ-BTTTT; là trọng số khi tính tỷ lệ chung của thành phố và của đơn vị.', (p) => p.pillar.maxPoints),
    c('indicator_count', 'integer', 'Số chỉ số cấp trên cùng của trụ cột (chỉ số cha tính là một).', (p) => p.indicators.length),
    c('completion_percent', 'number', 'Tỷ lệ hoàn thành, 0–100, một chữ số thập phân: trung bình tỷ lệ của các chỉ số cấp trên cùng. Để trống khi không áp dụng.', (p) => toPercent(p.completion)),
    ...statusCountColumns<PillarProgress>((p) => p.counts, 'nhiệm vụ (chỉ số × đơn vị chủ trì) của trụ cột'),
    ...reportedCountColumns<PillarProgress>((p) => p.reportedCounts, 'nhiệm vụ (chỉ số × đơn vị chủ trì) của trụ cột'),
    ...quarterChangeColumns<PillarProgress>((p, input) => changeSinceQuarter(input.timeline, (snapshot) => snapshot.pillars.get(p.pillar.id)), 'trụ cột', false),
    c('page_url', 'string', 'Địa chỉ trang của trụ cột trên cổng.', (p, input) => absoluteUrl(routes.pillar(p.pillar.slug), input.origin)),
    ...trailingColumns<PillarProgress>((p) => anyDemo(assignmentsOf(p))),
  ],
});
