import type { ContentIssue } from '../content/errors.ts';
import { checkUnique, issueAt } from '../content/issue-helpers.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Site } from '../content/schemas/site.ts';

/**
 * The English pillar names in site.yaml must name pillars that exist, once each.
 * @example
 * checkSiteEnglish(parsedSiteFile, new Set([1, 2, 3]), 'content/pillars.yaml', issues);
 */
export function checkSiteEnglish(
  site: ParsedFile<Site>,
  pillarIds: ReadonlySet<number>,
  pillarsFile: string,
  issues: ContentIssue[],
): void {
  const pillars = site.data.en?.pillars ?? [];
  const entries = pillars.map((item, index) => ({ item, file: site, path: ['en', 'pillars', index] }));
  checkUnique(entries, 'id', 'trụ cột', issues, {
    what: 'trụ cột',
    fix: () => 'mỗi trụ cột chỉ ghi tên tiếng Anh một lần: xóa mục trùng',
  });
  const known = [...pillarIds].sort((a, b) => a - b);
  for (const { item, path } of entries) {
    if (!pillarIds.has(item.id)) {
      issues.push(
        issueAt(site, [...path, 'id'], 'trụ cột', {
          field: `en.pillars[${String(path[2])}].id`,
          message: `không có trụ cột id ${item.id} trong ${pillarsFile}`,
          fix: `dùng số thứ tự của một trụ cột có trong ${pillarsFile} (${known.join(', ')})`,
        }),
      );
    }
  }
}
