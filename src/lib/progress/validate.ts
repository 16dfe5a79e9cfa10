import type { ContentIssue } from '../content/errors.ts';
import { decodePublicPath } from '../content/public-path.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Indicator } from '../content/schemas/indicator.ts';
import type { ProgressFile } from '../content/schemas/progress.ts';
import type { Unit, UnitGroup } from '../content/schemas/unit.ts';
import { getParentId } from '../plan/indicator-id.ts';
import { expandUnitRefs } from '../units/membership.ts';
import { formatDateVi } from '../format/date.ts';
import { targetForUnit, valueMismatch } from './target.ts';

/** What progress validation checks reports against. */
export interface ProgressContext {
  indicators: readonly Indicator[];
  units: readonly Unit[];
  groups: readonly UnitGroup[];
  year: number;
  /** The build day (Vietnam time, YYYY-MM-DD): no report, history entry or evidence may be dated later. Unset: not checked. */
  today?: string;
  /** Whether a file exists under public/, e.g. "/minh-chung/qd-12.pdf". */
  publicFileExists(path: string): boolean;
}

/**
 * Checks progress files against the appendix: the unit exists and matches the
 * file name, each indicator exists and is one the unit leads, one report per
 * indicator, values fit targets, history in date order and before `updated`, no date after
 * the build day (a date after `asOf` is fine: the portal shows the report as it stood on `asOf`,
 * src/lib/timeline/), local evidence exists.
 * @example
 * const issues = validateProgressFiles(files, context); // [] when all is well
 */
export function validateProgressFiles(files: readonly ParsedFile<ProgressFile>[], context: ProgressContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const indicatorById = new Map(context.indicators.map((indicator) => [indicator.id, indicator]));
  const parentIds = new Set(context.indicators.map((indicator) => getParentId(indicator.id)).filter(Boolean));
  const seenUnits = new Map<string, string>();
  // The lead units of each row, expanded once: a row led by "UBND các phường, xã" means every ward and commune.
  const leadIds = new Map<string, Set<string>>();
  const leadsOf = (indicator: Indicator) => {
    let ids = leadIds.get(indicator.id);
    if (!ids) leadIds.set(indicator.id, (ids = new Set(expandUnitRefs(indicator.lead, context.units, context.groups, context.year).map((lead) => lead.id))));
    return ids;
  };
  const unitById = new Map(context.units.map((candidate) => [candidate.id, candidate]));

  for (const file of files) {
    const at = (path: PropertyKey[], field: string, message: string, fix: string, entry?: string): void => {
      const position = file.locate(path);
      issues.push({ file: file.file, line: position?.line, column: position?.column, entry, field, message, fix });
    };
    const unit = unitById.get(file.data.unit);
    const expectedName = `${file.data.unit}.yaml`;
    if (!unit) {
      at(['unit'], 'unit', `không có đơn vị "${file.data.unit}" trong content/units.yaml`, 'ghi mã của đơn vị báo cáo, ví dụ unit: phuong-tran-phu');
      continue;
    }
    if (!file.file.endsWith(`/${expectedName}`)) {
      at(['unit'], 'unit', `tệp báo cáo của đơn vị "${unit.id}" phải tên là ${expectedName}`, `đổi tên tệp thành content/progress/${expectedName}, hoặc sửa unit cho đúng đơn vị của tệp`);
    }
    const previous = seenUnits.get(unit.id);
    if (previous) at(['unit'], 'unit', `đơn vị "${unit.id}" đã có tệp báo cáo ${previous}`, 'gộp các báo cáo vào một tệp');
    seenUnits.set(unit.id, file.file);

    const reported = new Map<string, number>();
    file.data.reports.forEach((report, index) => {
      const entry = `báo cáo chỉ số "${report.indicator}"`;
      const path = ['reports', index];
      const indicator = indicatorById.get(report.indicator);
      if (!indicator) {
        at([...path, 'indicator'], 'indicator', `không có chỉ số "${report.indicator}" trong Phụ lục`, 'dùng mã chỉ số có trong content/indicators/, ví dụ "1.4"', entry);
        return;
      }
      if (parentIds.has(indicator.id)) {
        const children = context.indicators.filter((candidate) => getParentId(candidate.id) === indicator.id).map((child) => child.id);
        at([...path, 'indicator'], 'indicator', `chỉ số "${indicator.id}" được tính từ các chỉ số con (${children.join(', ')})`, 'báo cáo từng chỉ số con thay cho chỉ số này', entry);
        return;
      }
      if (indicator.progressSource === 'posts') {
        at([...path, 'indicator'], 'indicator', `chỉ số "${indicator.id}" được tính tự động từ các bài viết trong content/posts/, không nhập tay`, 'xóa báo cáo này; đăng tin, bài vào content/posts/<mã đơn vị>/', entry);
        return;
      }
      if (!leadsOf(indicator).has(unit.id)) {
        at([...path, 'indicator'], 'indicator', `đơn vị "${unit.id}" không chủ trì chỉ số "${indicator.id}" nên không báo cáo chỉ số này`, `chỉ báo cáo các chỉ số mà đơn vị chủ trì; xem trang /don-vi/${unit.id}/`, entry);
        return;
      }
      const firstIndex = reported.get(indicator.id);
      if (firstIndex !== undefined) {
        at([...path, 'indicator'], 'indicator', `chỉ số "${indicator.id}" đã có báo cáo ở mục thứ ${firstIndex + 1}`, 'mỗi chỉ số chỉ có một báo cáo; chuyển số liệu cũ vào history', entry);
      }
      reported.set(indicator.id, index);

      const target = targetForUnit(indicator.targets, unit);
      const values = [
        { path: [...path, 'value'], field: 'value', value: report.value },
        ...report.history.map((item, historyIndex) => ({ path: [...path, 'history', historyIndex, 'value'], field: `history[${historyIndex}].value`, value: item.value })),
      ];
      for (const { path: valuePath, field, value } of values) {
        const mismatch = value === undefined ? undefined : valueMismatch(target, value);
        if (mismatch) at(valuePath, field, mismatch, target ? 'ghi giá trị cùng loại với chỉ tiêu của chỉ số' : 'xóa trường value, ghi tình hình vào note', entry);
      }
      const dates = [
        { path: [...path, 'updated'], field: 'updated', date: report.updated },
        ...report.history.map((item, historyIndex) => ({ path: [...path, 'history', historyIndex, 'date'], field: `history[${historyIndex}].date`, date: item.date })),
        ...report.evidence.map((item, evidenceIndex) => ({ path: [...path, 'evidence', evidenceIndex, 'date'], field: `evidence[${evidenceIndex}].date`, date: item.date })),
      ];
      const today = context.today;
      for (const { path: datePath, field, date } of dates) {
        if (today && date && date > today) {
          at(datePath, field, `ngày ${formatDateVi(date)} chưa tới (hôm nay là ${formatDateVi(today)}); báo cáo không thể ghi ngày ở tương lai`, `ghi ngày thật của báo cáo hoặc văn bản, không muộn hơn ${formatDateVi(today)}`, entry);
        }
      }
      // The history is the record of earlier states, oldest first, each before the current one: the portal
      // reads the state on any past date from it (src/lib/timeline/state.ts), so an entry out of place would
      // put the wrong state on a date.
      report.history.forEach((item, historyIndex) => {
        const previous = report.history[historyIndex - 1];
        const datePath = [...path, 'history', historyIndex, 'date'];
        if (previous && item.date < previous.date) {
          at(datePath, `history[${historyIndex}].date`, `lịch sử không theo thứ tự ngày: mục thứ ${historyIndex + 1} (${formatDateVi(item.date)}) sớm hơn mục trước nó (${formatDateVi(previous.date)})`, 'xếp các mục history từ cũ đến mới, mục cũ nhất ở trên cùng', entry);
        } else if (item.date > report.updated) {
          at(datePath, `history[${historyIndex}].date`, `mục lịch sử ngày ${formatDateVi(item.date)} muộn hơn ngày cập nhật của báo cáo (${formatDateVi(report.updated)}); history chỉ ghi các lần báo cáo trước`, `nếu đây là số liệu mới nhất, chuyển nó lên status, value, updated của báo cáo và đưa số liệu cũ vào history; nếu không, sửa ngày cho không muộn hơn ${formatDateVi(report.updated)}`, entry);
        }
      });
      report.evidence.forEach((item, evidenceIndex) => {
        if (!item.file) return;
        const filePath = [...path, 'evidence', evidenceIndex, 'file'];
        const decoded = decodePublicPath(item.file);
        if (!decoded.ok) {
          at(filePath, `evidence[${evidenceIndex}].file`, decoded.message, decoded.fix, entry);
        } else if (!context.publicFileExists(item.file)) {
          at(filePath, `evidence[${evidenceIndex}].file`, `không tìm thấy tệp minh chứng public${item.file}`, `đặt tệp vào public${item.file}, hoặc sửa đường dẫn`, entry);
        }
      });
    });
  }
  return issues;
}
