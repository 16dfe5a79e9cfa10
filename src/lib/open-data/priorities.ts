/** `uu-tien`: one row per task that applies, with its weight and its points at stake (issue 16). */
import { UNIT_KINDS } from '../content/schemas/taxonomies.ts';
import { isDemoAssignment } from '../dashboard/demo.ts';
import { toPercent } from '../dashboard/percent.ts';
import { openStakes, taskStakes, type TaskStake } from '../priorities/points.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { column, STATUS_VALUES_TEXT, trailingColumns } from './columns.ts';
import { defineDataset } from './dataset.ts';

interface StakeRow {
  stake: TaskStake;
  /** 1-based place among the open tasks, as /uu-tien/ lists them; undefined for done tasks. */
  rank: number | undefined;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const c = column<StakeRow>;

export const prioritiesDataset = defineDataset<StakeRow>({
  id: 'uu-tien',
  title: 'Điểm còn thiếu theo nhiệm vụ (ưu tiên)',
  row: 'Mỗi dòng là một nhiệm vụ áp dụng (một chỉ số giao cho một đơn vị chủ trì), với trọng số và điểm còn thiếu, nhiều điểm nhất trước. Đây là ước tính tỷ lệ hoàn thành Kế hoạch của chính thành phố, không phải điểm DTI chính thức; cách tính ở mục “Cách tính điểm còn thiếu”.',
  items: (input) => {
    const stakes = taskStakes(input.progress, input.indicators);
    const open = new Map(openStakes(stakes).map((stake, index) => [stake, index + 1]));
    return stakes.map((stake) => ({ stake, rank: open.get(stake) }));
  },
  columns: [
    c('rank', 'integer', 'Thứ tự trong danh sách ưu tiên trên /uu-tien/ (nhiều điểm còn thiếu nhất là 1). Để trống với nhiệm vụ đã hoàn thành.', (r) => r.rank),
    c('indicator_id', 'string', 'Mã chỉ số trong Phụ lục, ví dụ 1.2.1.', (r) => r.stake.assignment.indicator.id),
    c('pillar_id', 'integer', 'Số thứ tự trụ cột của chỉ số.', (r) => r.stake.pillar.id),
    c('indicator_title', 'string', 'Tên chỉ số, như trong Phụ lục.', (r) => inlineEmphasisToText(r.stake.assignment.indicator.title)),
    c('unit_id', 'string', 'Mã đơn vị chủ trì; trang của đơn vị là /don-vi/<unit_id>/.', (r) => r.stake.assignment.unit.id),
    c('unit_name', 'string', 'Tên đơn vị chủ trì nhiệm vụ.', (r) => r.stake.assignment.unit.name),
    c('unit_kind', 'string', `Loại đơn vị: ${UNIT_KINDS.join(', ')}.`, (r) => r.stake.assignment.unit.kind),
    c('status', 'string', `Trạng thái do cổng tính: ${STATUS_VALUES_TEXT}.`, (r) => r.stake.assignment.status),
    c('completion_percent', 'number', 'Mức hoàn thành hiện tại của nhiệm vụ, 0–100, như cột completion_percent của bao-cao.', (r) => toPercent(r.stake.assignment.completion)),
    c(
      'weight_points',
      'number',
      'Trọng số của nhiệm vụ, tính bằng điểm trên tổng điểm các trụ cột (1.000 với khung DTI hiện hành), ba chữ số thập phân: điểm tối đa của trụ cột × phần của chỉ số trong trụ cột (chia đều, hoặc theo trường points của chỉ số) × phần của chỉ số thành phần trong chỉ số cha × phần của đơn vị trong chỉ số.',
      (r) => round(r.stake.weight, 3),
    ),
    c('points_at_stake', 'number', 'Điểm còn thiếu = weight_points × (1 − mức hoàn thành), ba chữ số thập phân.', (r) => round(r.stake.points, 3)),
    c(
      'city_gain_percent_points',
      'number',
      'Tỷ lệ hoàn thành chung của thành phố tăng thêm bao nhiêu điểm phần trăm khi nhiệm vụ này hoàn thành (points_at_stake ÷ tổng điểm × 100), hai chữ số thập phân. Đây là ước tính tỷ lệ hoàn thành Kế hoạch của thành phố, không phải điểm DTI chính thức.',
      (r) => round(r.stake.gain * 100, 2),
    ),
    c('page_url', 'string', 'Địa chỉ trang của chỉ số trên cổng.', (r, input) => absoluteUrl(routes.indicator(r.stake.assignment.indicator.id), input.origin)),
    ...trailingColumns<StakeRow>((r) => isDemoAssignment(r.stake.assignment)),
  ],
});
