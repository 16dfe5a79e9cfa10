/** `chi-so`: one row per indicator of the appendix, parents included, with its aggregate status and completion. */
import { COMPUTED_STATUS_TERMS } from '../content/schemas/taxonomies.ts';
import { getParentId, getPillarNumber } from '../plan/indicator-id.ts';
import { targetValueLabel } from '../plan/labels.ts';
import type { IndicatorProgress } from '../progress/rollup.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { anyDemo, assignmentsUnder } from '../dashboard/demo.ts';
import { toPercent } from '../dashboard/percent.ts';
import { indicatorDistribution } from '../progress/distribution.ts';
import { dueDateOf } from '../progress/status.ts';
import { column, reportedCountColumns, STATUS_VALUES_TEXT, statusCountColumns, trailingColumns } from './columns.ts';
import { defineDataset } from './dataset.ts';

const c = column<IndicatorProgress>;
const dueOf = (p: IndicatorProgress) => dueDateOf(p.indicator.timeframe);

export const indicatorsDataset = defineDataset<IndicatorProgress>({
  id: 'chi-so',
  title: 'Tiến độ theo chỉ số',
  row: 'Mỗi dòng là một chỉ số của Phụ lục, kể cả chỉ số cha được tổng hợp từ các chỉ số thành phần.',
  items: (input) =>
    input.indicators.flatMap((indicator) => {
      const progress = input.progress.indicators.get(indicator.id);
      return progress ? [progress] : [];
    }),
  columns: [
    c('indicator_id', 'string', 'Mã chỉ số trong Phụ lục, ví dụ 1.2.1.', (p) => p.indicator.id),
    c('parent_id', 'string', 'Mã chỉ số cha với chỉ số thành phần (1.2.1 → 1.2); để trống nếu không có.', (p) => getParentId(p.indicator.id)),
    c('pillar_id', 'integer', 'Số thứ tự trụ cột.', (p) => getPillarNumber(p.indicator.id)),
    c('indicator_title', 'string', 'Tên chỉ số, nguyên văn Phụ lục.', (p) => inlineEmphasisToText(p.indicator.title)),
    c('timeframe', 'string', 'Thời gian thực hiện, nguyên văn Phụ lục.', (p) => (p.indicator.timeframe ? inlineEmphasisToText(p.indicator.timeframe.text) : undefined)),
    c('due_date', 'date', 'Hạn hoàn thành suy ra từ thời gian thực hiện; để trống với nhiệm vụ thường xuyên hoặc không có hạn.', dueOf),
    c('targets', 'string', 'Các chỉ tiêu của chỉ số, bằng lời, cách nhau bởi “ | ”.', (p) => p.indicator.targets.map((t) => `${t.text} (${targetValueLabel(t)})`).join(' | ') || undefined),
    c('progress_source', 'string', 'Nguồn số liệu: reports (đơn vị báo cáo) hoặc posts (tự động đếm tin, bài đã đăng trên cổng).', (p) => p.indicator.progressSource),
    c('assignment_count', 'integer', 'Số nhiệm vụ (đơn vị chủ trì); với chỉ số cha là tổng của các chỉ số thành phần.', (p) => assignmentsUnder(p).length),
    c('status', 'string', `Đánh giá chung tính theo ngày chốt số liệu, một trong: ${STATUS_VALUES_TEXT}. Hoàn thành khi mọi đơn vị hoàn thành; nếu không là đánh giá cần chú ý nhất của các nhiệm vụ (quá hạn, chậm tiến độ, chưa đạt tần suất, sắp đến hạn, …). Phân bố đầy đủ ở các cột count_* và status_summary.`, (p) => p.status),
    c('status_label', 'string', 'Tên tiếng Việt của đánh giá chung.', (p) => COMPUTED_STATUS_TERMS[p.status].label),
    c('status_label_en', 'string', 'Tên tiếng Anh của đánh giá chung.', (p) => COMPUTED_STATUS_TERMS[p.status].labelEn),
    c('status_summary', 'string', 'Tình hình chung như trên trang chỉ số, ví dụ “15/17 đơn vị hoàn thành, 2 quá hạn”.', (p) => indicatorDistribution(p).sentence),
    c('completion_percent', 'number', 'Tỷ lệ hoàn thành, 0–100, một chữ số thập phân: trung bình mức hoàn thành của các đơn vị chủ trì; chỉ số cha là trung bình các chỉ số thành phần. Để trống khi không áp dụng.', (p) => toPercent(p.completion)),
    ...statusCountColumns<IndicatorProgress>((p) => p.counts, 'nhiệm vụ (đơn vị chủ trì) của chỉ số'),
    ...reportedCountColumns<IndicatorProgress>((p) => p.reportedCounts, 'nhiệm vụ (đơn vị chủ trì) của chỉ số'),
    c('page_url', 'string', 'Địa chỉ trang của chỉ số trên cổng.', (p, input) => absoluteUrl(routes.indicator(p.indicator.id), input.origin)),
    ...trailingColumns<IndicatorProgress>((p) => anyDemo(assignmentsUnder(p))),
  ],
});
