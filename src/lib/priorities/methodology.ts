/**
 * How points at stake are computed, in the words /uu-tien/ and the data dictionary on /du-lieu/
 * both print: one text, so the page and the open data cannot explain it differently.
 */
import type { Pillar } from '../content/schemas/pillar.ts';
import { formatNumberVi } from '../format/number.ts';

/** The methodology as short paragraphs, plain text. */
export function pointsMethodology(pillars: readonly Pick<Pillar, 'maxPoints'>[]): string[] {
  const total = formatNumberVi(pillars.reduce((sum, pillar) => sum + pillar.maxPoints, 0));
  const weights = pillars.map((pillar) => formatNumberVi(pillar.maxPoints)).join('/');
  return [
    `Đây là ước tính của cổng về tỷ lệ hoàn thành Kế hoạch của chính thành phố, không phải điểm DTI chính thức do cơ quan có thẩm quyền chấm.`,
    `Trọng số của một nhiệm vụ (một chỉ số giao cho một đơn vị chủ trì) = điểm tối đa của trụ cột (${weights}, tổng ${total} điểm) × phần của chỉ số trong trụ cột × phần của đơn vị trong chỉ số. Phần của chỉ số chia đều giữa các chỉ số cấp trên cùng của trụ cột, trừ khi Phụ lục ghi số điểm riêng (trường points, theo bảng chấm điểm của tỉnh); chỉ số thành phần chia đều trọng số của chỉ số cha; các đơn vị cùng chủ trì một chỉ số chia đều trọng số của chỉ số đó. Nhiệm vụ không áp dụng không có trọng số, phần của nó chia cho các nhiệm vụ còn lại.`,
    `Điểm còn thiếu = trọng số × (1 − mức hoàn thành hiện tại của nhiệm vụ). Hoàn thành nhiệm vụ đó làm tỷ lệ hoàn thành chung của thành phố tăng đúng điểm còn thiếu ÷ ${total} × 100 điểm phần trăm (“+1,8 điểm %”), vì tỷ lệ chung chính là trung bình có trọng số như trên của mọi nhiệm vụ. Các con số được làm tròn khi hiển thị.`,
  ];
}
