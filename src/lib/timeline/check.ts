import type { ContentIssue } from '../content/errors.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Site } from '../content/schemas/site.ts';
import { formatDateVi } from '../format/date.ts';

/**
 * `asOf` may be any day up to the build day (Vietnam time): the portal then shows every report as it
 * stood that day (cut-off.ts). A later day would show figures nobody has reported yet.
 * @example checkAsOf(parsedSite, '2024-12-31', issues); // an issue when asOf is 2025-01-15
 */
export function checkAsOf(site: ParsedFile<Site>, today: string | undefined, issues: ContentIssue[]): void {
  const { asOf } = site.data;
  if (!today || asOf <= today) return;
  const position = site.locate(['asOf']);
  issues.push({
    file: site.file,
    line: position?.line,
    column: position?.column,
    field: 'asOf',
    message: `ngày chốt số liệu ${formatDateVi(asOf)} chưa tới (hôm nay là ${formatDateVi(today)}); cổng chỉ tính số liệu đến một ngày đã qua`,
    fix: `ghi asOf là hôm nay hoặc một ngày trước đó, ví dụ asOf: ${today}; số liệu được tính theo các báo cáo có ngày không muộn hơn asOf`,
  });
}
