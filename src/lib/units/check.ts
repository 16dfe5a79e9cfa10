import type { ContentIssue } from '../content/errors.ts';
import { checkUnique, issueAt, type LocatedEntry } from '../content/issue-helpers.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Site } from '../content/schemas/site.ts';
import type { Unit, UnitGroup } from '../content/schemas/unit.ts';
import { findAmbiguousAliases } from './resolve.ts';

/** content/units.yaml as parsed: the units and the named groups of units. */
export interface UnitsFile {
  units: Unit[];
  groups: UnitGroup[];
}

/**
 * Units and groups share one id space, and every name, short name or alias names one of them only.
 * Returns the units and groups as located entries, so references to them can be checked.
 * @example
 * const unitEntries = checkUnits(parsedUnitsFile, issues); // issues gets 'mã "phuong-tran-phu" bị trùng…'
 */
export function checkUnits(units: ParsedFile<UnitsFile>, issues: ContentIssue[]): LocatedEntry<{ id: string }>[] {
  const entries: LocatedEntry<{ id: string }>[] = [
    ...units.data.units.map((item, index) => ({ item, file: units, path: ['units', index] })),
    ...units.data.groups.map((item, index) => ({ item, file: units, path: ['groups', index] })),
  ];
  checkUnique(entries, 'id', 'đơn vị', issues, {
    what: 'mã',
    fix: () => 'mỗi mã chỉ được dùng một lần: đổi mã này hoặc xóa mục trùng',
  });
  for (const { alias, ids } of findAmbiguousAliases([...units.data.units, ...units.data.groups])) {
    issues.push({
      file: units.file,
      message: `tên gọi "${alias}" thuộc về nhiều đơn vị: ${ids.join(', ')}; không thể biết văn bản nói đến đơn vị nào`,
      fix: 'mỗi tên gọi (name, shortName, aliases) chỉ được thuộc về một đơn vị',
    });
  }
  return entries;
}

/** The unit id an example in a message uses: the first unit of the file. */
export function exampleUnitId(units: UnitsFile): string {
  return units.units[0]?.id ?? 'phong-vhtt';
}

/**
 * The site's owner (site.yaml owner.unit) is a unit of units.yaml.
 * @example
 * checkSiteOwner(parsedSite, new Set(['phong-vhtt']), 'content/units.yaml', 'phong-vhtt', issues);
 */
export function checkSiteOwner(
  site: ParsedFile<Site>,
  unitIds: ReadonlySet<string>,
  unitsFile: string,
  exampleUnit: string,
  issues: ContentIssue[],
): void {
  if (unitIds.has(site.data.owner.unit)) return;
  issues.push(issueAt(site, ['owner', 'unit'], 'mục', {
    field: 'owner.unit',
    message: `không có đơn vị "${site.data.owner.unit}" trong ${unitsFile}`,
    fix: `dùng mã của cơ quan chủ quản, ví dụ "${exampleUnit}"`,
  }));
}
