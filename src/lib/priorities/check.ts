import type { ContentIssue } from '../content/errors.ts';
import { issueAt, type LocatedEntry } from '../content/issue-helpers.ts';
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import { formatNumberVi } from '../format/number.ts';
import { getParentId, getPillarNumber } from '../plan/indicator-id.ts';

const points = (value: number) => formatNumberVi(value, { maximumFractionDigits: 3 });

/**
 * Checks the optional `points:` of the appendix rows against their pillar's DTI points:
 * only top-level rows carry points (sub-indicators share their parent's), the points of a pillar's
 * rows never exceed its total, and when every row of a pillar has points they add up to it.
 * @example
 * checkIndicatorPoints(entries, pillars, issues); // "1.1" points: 120 in a 100-point pillar → one issue
 */
export function checkIndicatorPoints(
  entries: readonly LocatedEntry<Indicator>[],
  pillars: readonly Pick<Pillar, 'id' | 'name' | 'maxPoints'>[],
  pillarsFile: string,
  issues: ContentIssue[],
): void {
  for (const { item, file, path } of entries) {
    const parent = getParentId(item.id);
    if (item.points !== undefined && parent) {
      issues.push(issueAt(file, [...path, 'points'], 'chỉ số', {
        field: 'points',
        message: `chỉ số con "${item.id}" không có điểm riêng: các chỉ số con dùng chung trọng số của chỉ số cha "${parent}"`,
        fix: `xóa dòng points ở chỉ số "${item.id}" và ghi số điểm ở chỉ số cha, ví dụ points: ${item.points} dưới "- id: \\"${parent}\\""`,
      }));
    }
  }
  for (const pillar of pillars) {
    const top = entries.filter(({ item }) => getPillarNumber(item.id) === pillar.id && !getParentId(item.id));
    const withPoints = top.filter(({ item }) => item.points !== undefined);
    if (withPoints.length === 0) continue;
    const total = withPoints.reduce((sum, { item }) => sum + (item.points ?? 0), 0);
    const last = withPoints[withPoints.length - 1]!;
    const others = top.length - withPoints.length;
    const where = `trụ cột ${pillar.id} "${pillar.name}" có ${points(pillar.maxPoints)} điểm (${pillarsFile})`;
    // A tolerance for decimals such as 33.333 + 33.333 + 33.334.
    const exceeds = total > pillar.maxPoints + 1e-9;
    const leavesNothing = !exceeds && others > 0 && total >= pillar.maxPoints - 1e-9;
    const fallsShort = others === 0 && total < pillar.maxPoints - 1e-9;
    if (!exceeds && !leavesNothing && !fallsShort) continue;
    const message = exceeds
      ? `tổng điểm ghi ở các chỉ số của trụ cột là ${points(total)}, vượt quá ${where}`
      : leavesNothing
        ? `các chỉ số có points đã dùng hết ${where}, ${others} chỉ số còn lại không còn điểm nào`
        : `mọi chỉ số của trụ cột đều có points nhưng cộng lại chỉ được ${points(total)}, trong khi ${where}`;
    issues.push(issueAt(last.file, [...last.path, 'points'], 'chỉ số', {
      field: 'points',
      message,
      fix: `sửa points của các chỉ số trụ cột ${pillar.id} (${withPoints.map(({ item }) => `"${item.id}": ${points(item.points ?? 0)}`).join(', ')}) để cộng lại ${others > 0 ? 'nhỏ hơn' : 'đúng bằng'} ${points(pillar.maxPoints)}, hoặc xóa points để chia đều điểm của trụ cột (${top.length} chỉ số, mỗi chỉ số ${Math.round((pillar.maxPoints / top.length) * 1000) / 1000} điểm)`,
    }));
  }
}
