/** `bao-cao`: one row per (unit, indicator) assignment, i.e. per lead unit of a leaf indicator. */
import { COMPUTED_STATUS_TERMS, REPORTED_STATE_TERMS, UNIT_KINDS } from '../content/schemas/taxonomies.ts';
import { targetValueLabel } from '../plan/labels.ts';
import { getPillarNumber } from '../plan/indicator-id.ts';
import { isFrequency } from '../progress/target.ts';
import type { Assignment } from '../progress/rollup.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { isDemoAssignment } from '../dashboard/demo.ts';
import { evidenceLine } from '../dashboard/evidence.ts';
import { toPercent } from '../dashboard/percent.ts';
import { reportValueLabel } from '../dashboard/value-label.ts';
import { column, REPORTED_VALUES_TEXT, STATUS_VALUES_TEXT, trailingColumns } from './columns.ts';
import { defineDataset } from './dataset.ts';

/** The evidence of a count made from news posts. */
export const POSTS_EVIDENCE = 'Tự động đếm từ các tin, bài đã đăng';

/** Separates pieces of evidence inside one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

const c = column<Assignment>;

export const reportsDataset = defineDataset<Assignment>({
  id: 'bao-cao',
  title: 'Báo cáo tiến độ theo đơn vị và chỉ số',
  row: 'Mỗi dòng là một nhiệm vụ: một chỉ số (không tính chỉ số cha, vốn tổng hợp từ chỉ số thành phần) giao cho một đơn vị chủ trì, với trạng thái, giá trị, minh chứng và lần cập nhật gần nhất.',
  items: (input) =>
    input.indicators.flatMap((indicator) => input.progress.indicators.get(indicator.id)?.assignments ?? []),
  columns: [
    c('indicator_id', 'string', 'Mã chỉ số trong Phụ lục của Kế hoạch, ví dụ 1.2.1.', (a) => a.indicator.id),
    c('pillar_id', 'integer', 'Số thứ tự trụ cột mà chỉ số thuộc về.', (a) => getPillarNumber(a.indicator.id)),
    c('indicator_title', 'string', 'Tên chỉ số, nguyên văn Phụ lục.', (a) => inlineEmphasisToText(a.indicator.title)),
    c('unit_id', 'string', 'Mã đơn vị chủ trì; trang của đơn vị là /don-vi/<unit_id>/.', (a) => a.unit.id),
    c('unit_name', 'string', 'Tên đơn vị chủ trì.', (a) => a.unit.name),
    c('unit_kind', 'string', `Loại đơn vị: ${UNIT_KINDS.join(', ')} (cơ quan thành phố, tổ chức phối hợp, phường, xã).`, (a) => a.unit.kind),
    c(
      'status',
      'string',
      `Đánh giá của cổng, tính theo ngày chốt số liệu (as_of) từ trạng thái báo cáo, giá trị và thời gian thực hiện, một trong: ${STATUS_VALUES_TEXT}. “Quá hạn” chỉ khi đã qua một hạn chót ghi ngày cụ thể; nhiệm vụ thường xuyên dùng “chậm tiến độ” hoặc “chưa đạt tần suất”.`,
      (a) => a.status,
    ),
    c('status_label', 'string', 'Tên tiếng Việt của đánh giá, như hiển thị trên cổng.', (a) => COMPUTED_STATUS_TERMS[a.status].label),
    c('status_label_en', 'string', 'Tên tiếng Anh của đánh giá.', (a) => COMPUTED_STATUS_TERMS[a.status].labelEn),
    c(
      'reported_status',
      'string',
      `Trạng thái đơn vị tự báo cáo, một trong: ${REPORTED_VALUES_TEXT}; chua-bao-cao khi đơn vị chưa gửi báo cáo. Với chỉ số đếm tự động từ tin, bài: chua-bat-dau khi chưa có tin, bài nào, hoan-thanh khi đã đạt chỉ tiêu, còn lại dang-thuc-hien.`,
      (a) => a.reported,
    ),
    c('reported_status_label', 'string', 'Tên tiếng Việt của trạng thái đơn vị báo cáo, như hiển thị trên cổng.', (a) => REPORTED_STATE_TERMS[a.reported].label),
    c('reported_status_label_en', 'string', 'Tên tiếng Anh của trạng thái đơn vị báo cáo.', (a) => REPORTED_STATE_TERMS[a.reported].labelEn),
    c('due_date', 'date', 'Hạn hoàn thành suy ra từ thời gian thực hiện; để trống với nhiệm vụ thường xuyên hoặc không có hạn.', (a) => a.due),
    c('timeframe', 'string', 'Thời gian thực hiện, nguyên văn Phụ lục.', (a) => (a.indicator.timeframe ? inlineEmphasisToText(a.indicator.timeframe.text) : undefined)),
    c('target', 'string', 'Chỉ tiêu áp dụng cho đơn vị, bằng lời, ví dụ “tối thiểu 90%”; để trống khi chỉ số không có chỉ tiêu định lượng.', (a) => (a.target ? targetValueLabel(a.target) : undefined)),
    c('target_measure', 'string', 'Loại chỉ tiêu: percent (tỷ lệ %), count (số lượng), money (số tiền, đồng), frequency (tần suất).', (a) => a.target?.measure),
    c('target_comparator', 'string', 'Phép so sánh của chỉ tiêu: > (trên), >= (tối thiểu), = (đúng), <= (tối đa), < (dưới).', (a) => a.target?.comparator),
    c('target_value', 'number', 'Giá trị chỉ tiêu; với tỷ lệ là số phần trăm (90 nghĩa là 90%), với tần suất là số lần mỗi target_per.', (a) => a.target?.value),
    c('target_per', 'string', 'Với chỉ tiêu tần suất: chu kỳ week (tuần), month (tháng), quarter (quý), year (năm).', (a) => a.target?.per),
    c('value', 'number', 'Giá trị đơn vị báo cáo, cùng đơn vị với chỉ tiêu (tỷ lệ là số phần trăm, 85 nghĩa là 85%); với tần suất là số lần mỗi value_per.', (a) =>
      a.report?.value === undefined ? undefined : isFrequency(a.report.value) ? a.report.value.count : a.report.value,
    ),
    c('value_per', 'string', 'Với giá trị tần suất: chu kỳ week, month, quarter hoặc year.', (a) => (isFrequency(a.report?.value) ? a.report.value.per : undefined)),
    c('value_text', 'string', 'Giá trị đơn vị báo cáo, viết như trên cổng, ví dụ “85%” hoặc “2 lần/tháng”.', (a) => (a.report?.value === undefined ? undefined : reportValueLabel(a.report.value, a.target))),
    c(
      'completion_percent',
      'number',
      'Mức hoàn thành của nhiệm vụ, 0–100, một chữ số thập phân: 100 khi hoàn thành; giá trị ÷ chỉ tiêu khi có số đo; nếu không theo trạng thái báo cáo: chưa báo cáo hoặc chưa bắt đầu 0, đang thực hiện 50, báo cáo hoàn thành nhưng chưa đạt chỉ tiêu hay tần suất 99. Để trống khi không áp dụng.',
      (a) => toPercent(a.completion),
    ),
    c(
      'evidence',
      'string',
      `Minh chứng: tên, số và ngày văn bản, địa chỉ; nhiều minh chứng cách nhau bởi “${EVIDENCE_SEPARATOR.trim()}”. Với chỉ số đếm tự động từ tin, bài là địa chỉ trang tin, bài của đơn vị.`,
      (a, input) =>
        a.indicator.progressSource === 'posts'
          ? `${POSTS_EVIDENCE}, <${absoluteUrl(routes.newsByUnit(a.unit.id), input.origin)}>`
          : a.report?.evidence.map((evidence) => evidenceLine(evidence, input.origin)).join(EVIDENCE_SEPARATOR) || undefined,
    ),
    c('evidence_count', 'integer', 'Số minh chứng.', (a) => a.report?.evidence.length ?? 0),
    c('updated', 'date', 'Ngày cập nhật báo cáo gần nhất; với chỉ số đếm tự động từ tin, bài là ngày của tin, bài mới nhất. Để trống khi chưa có báo cáo hoặc chưa có tin, bài nào.', (a) => a.report?.updated),
    c('reporter', 'string', 'Người hoặc bộ phận báo cáo.', (a) => a.report?.reporter),
    c('note', 'string', 'Ghi chú của đơn vị.', (a) => a.report?.note || undefined),
    c('history_count', 'integer', 'Số lần báo cáo trước đó được lưu trong lịch sử (xem trang chỉ số).', (a) => a.report?.history.length ?? 0),
    ...trailingColumns<Assignment>(isDemoAssignment),
  ],
});
