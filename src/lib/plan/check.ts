import type { ContentIssue } from '../content/errors.ts';
import { checkUnique, issueAt, type LocatedEntry } from '../content/issue-helpers.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Unit, UnitGroup } from '../content/schemas/unit.ts';
import { createAgencyResolver } from '../units/resolve.ts';
import { getParentId, getPillarNumber } from './indicator-id.ts';

const DUPLICATE_ID = { what: 'mã', fix: () => 'mỗi mã chỉ được dùng một lần: đổi mã này hoặc xóa mục trùng' };

/**
 * Each pillar's id and slug are used once.
 * @example
 * checkPillars(parsedPillarsFile, issues);
 */
export function checkPillars(pillars: ParsedFile<Pillar[]>, issues: ContentIssue[]): void {
  checkUnique(pillars.data.map((item, index) => ({ item, file: pillars, path: [index] })), 'id', 'trụ cột', issues, DUPLICATE_ID);
  // A repeated slug is reported at the pillar's id, as it always has been.
  checkUnique(
    pillars.data.map((pillar, index) => ({ item: { id: pillar.slug }, file: pillars, path: [index] })),
    'id',
    'trụ cột',
    issues,
    DUPLICATE_ID,
  );
}

/** What the appendix rows refer to. */
export interface IndicatorReferences {
  pillarIds: ReadonlySet<number>;
  /** Ids of the units and groups of units.yaml. */
  unitIds: ReadonlySet<string>;
  /** The units and groups, to read leadText/partnersText against. */
  agencies: readonly (Unit | UnitGroup)[];
  unitsFile: string;
  exampleUnit: string;
}

/**
 * Checks the appendix rows: ids used once, each in a pillar that exists and under a parent row that
 * exists, lead/partner ids that exist and agree with the verbatim agency text, and a lead for every leaf.
 * Returns the rows as located entries, in file order.
 * @example
 * const entries = checkIndicators(indicatorFiles, references, issues);
 */
export function checkIndicators(
  files: readonly ParsedFile<Indicator[]>[],
  references: IndicatorReferences,
  issues: ContentIssue[],
): LocatedEntry<Indicator>[] {
  const entries = files.flatMap((file) => file.data.map((item, index) => ({ item, file, path: [index] as PropertyKey[] })));
  checkUnique(entries, 'id', 'chỉ số', issues, DUPLICATE_ID);
  const { pillarIds, unitIds, unitsFile, exampleUnit } = references;
  const indicatorIds = new Set(entries.map(({ item }) => item.id));
  const parentIds = new Set(entries.map(({ item }) => getParentId(item.id)).filter(Boolean));
  const resolveAgencies = createAgencyResolver(references.agencies);

  for (const { item, file, path } of entries) {
    const pillar = getPillarNumber(item.id);
    if (!pillarIds.has(pillar)) {
      issues.push(issueAt(file, [...path, 'id'], 'chỉ số', {
        field: 'id',
        message: `chỉ số thuộc trụ cột ${pillar}, nhưng content/pillars.yaml không có trụ cột id ${pillar}`,
        fix: `dùng mã bắt đầu bằng số của một trụ cột có thật (1–${Math.max(...pillarIds)}), hoặc thêm trụ cột ${pillar}`,
      }));
    }
    const parent = getParentId(item.id);
    if (parent && !indicatorIds.has(parent)) {
      issues.push(issueAt(file, [...path, 'id'], 'chỉ số', {
        field: 'id',
        message: `chỉ số con "${item.id}" không có chỉ số cha "${parent}"`,
        fix: `thêm một mục "- id: \\"${parent}\\"" trước nó, hoặc sửa mã chỉ số`,
      }));
    }
    for (const field of ['lead', 'partners'] as const) {
      item[field].forEach((ref, index) => {
        if (!unitIds.has(ref)) {
          issues.push(issueAt(file, [...path, field, index], 'chỉ số', {
            field: `${field}[${index}]`,
            message: `không có đơn vị hay nhóm đơn vị nào mang mã "${ref}" trong ${unitsFile}`,
            fix: `dùng một mã có trong ${unitsFile}, ví dụ "${exampleUnit}", hoặc thêm đơn vị mới vào tệp đó`,
          }));
        }
      });
      const textField = field === 'lead' ? 'leadText' : 'partnersText';
      const verbatim = item[textField];
      if (verbatim) {
        const { ids, unmatched } = resolveAgencies(verbatim);
        for (const name of unmatched) {
          issues.push(issueAt(file, [...path, textField], 'chỉ số', {
            field: textField,
            message: `không nhận ra đơn vị "${name}"`,
            fix: `thêm cách viết này vào aliases của đơn vị tương ứng trong ${unitsFile}`,
          }));
        }
        if (unmatched.length === 0 && ids.join() !== item[field].join()) {
          issues.push(issueAt(file, [...path, field], 'chỉ số', {
            field,
            message: `danh sách mã [${item[field].join(', ')}] không khớp với ${textField} "${verbatim}" (đọc ra [${ids.join(', ')}])`,
            fix: `ghi ${field}: [${ids.join(', ')}]`,
          }));
        }
      }
    }
    if (item.lead.length === 0 && !parentIds.has(item.id)) {
      issues.push(issueAt(file, path, 'chỉ số', {
        field: 'lead',
        message: 'chỉ số chưa có cơ quan chủ trì',
        fix: `ghi lead: [${exampleUnit}]; chỉ dòng tiêu đề nhóm (có chỉ số con) mới được để trống`,
      }));
    }
  }
  return entries;
}
