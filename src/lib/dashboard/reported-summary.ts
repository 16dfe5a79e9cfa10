/**
 * The reported states of a set of tasks in one sentence, beside the computed counts, so what the
 * units said is visible even where the portal's judgement differs.
 */
import { REPORTED_STATE_TERMS, REPORTED_STATES } from '../content/schemas/taxonomies.ts';
import { formatNumberVi } from '../format/number.ts';
import type { ReportedCounts } from '../progress/distribution.ts';

/**
 * @example
 * reportedSummary({ 'chua-bat-dau': 3, 'dang-thuc-hien': 5, 'hoan-thanh': 8, 'khong-ap-dung': 1, 'chua-bao-cao': 0 })
 * // 'Đơn vị tự báo cáo: 8 hoàn thành, 5 đang thực hiện, 3 chưa bắt đầu, 1 không áp dụng.'
 */
export function reportedSummary(counts: ReportedCounts): string {
  const order = ['hoan-thanh', 'dang-thuc-hien', 'chua-bat-dau', 'khong-ap-dung', 'chua-bao-cao'] as const satisfies readonly (typeof REPORTED_STATES)[number][];
  const parts = order
    .filter((state) => counts[state] > 0)
    .map((state) => `${formatNumberVi(counts[state])} ${REPORTED_STATE_TERMS[state].label.toLocaleLowerCase('vi')}`);
  return parts.length === 0 ? 'Đơn vị tự báo cáo: chưa có nhiệm vụ nào.' : `Đơn vị tự báo cáo: ${parts.join(', ')}.`;
}
