import type { ContentIssue } from '../content/errors.ts';
import { checkUnique, issueAt, type LocatedEntry } from '../content/issue-helpers.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { LegalDocument } from '../content/schemas/legal-document.ts';

const LABEL = 'văn bản';

/**
 * Checks what the schema alone cannot: ids and numbers used once across all
 * files, citations that point to appendix rows which exist, and no date after the build day (a document
 * issued after `asOf` is left out of the portal at `asOf`, src/lib/timeline/cut-off.ts).
 * @example
 * checkLegalDocuments(files, new Set(['2.1', '6.1']), 'content/indicators/', issues, '2024-12-31');
 */
export function checkLegalDocuments(
  files: readonly ParsedFile<LegalDocument[]>[],
  indicatorIds: ReadonlySet<string>,
  indicatorsDir: string,
  issues: ContentIssue[],
  /** The build day (Vietnam time): a document cannot be issued later. Unset: not checked. */
  today?: string,
): void {
  const entries: LocatedEntry<LegalDocument>[] = files.flatMap((file) =>
    file.data.map((item, index) => ({ item, file, path: [index] })),
  );
  checkUnique(entries, 'id', LABEL, issues, {
    what: 'mã',
    fix: () => 'mỗi mã chỉ được dùng một lần: đổi mã này hoặc xóa mục trùng',
  });
  checkUnique(entries, 'number', LABEL, issues, {
    what: 'số ký hiệu',
    fix: () => 'mỗi văn bản chỉ ghi một lần: chuyển các chỗ dẫn (citations) của mục này sang mục kia rồi xóa mục này',
  });
  const example = [...indicatorIds][0] ?? '1.1';
  for (const { item, file, path } of entries) {
    if (today && item.date && item.date > today) {
      issues.push(
        issueAt(file, [...path, 'date'], LABEL, {
          field: 'date',
          message: `ngày ban hành ${item.date} chưa tới (hôm nay là ${today}); không thể dẫn một văn bản chưa ban hành`,
          fix: `kiểm tra lại ngày trên văn bản (dạng YYYY-MM-DD, không muộn hơn ${today}); chưa rõ ngày thì bỏ trường date`,
        }),
      );
    }
    item.citations.forEach((citation, index) => {
      if (citation.indicator && !indicatorIds.has(citation.indicator)) {
        issues.push(
          issueAt(file, [...path, 'citations', index, 'indicator'], LABEL, {
            field: `citations[${index}].indicator`,
            message: `không có chỉ số "${citation.indicator}" trong Phụ lục (${indicatorsDir})`,
            fix: `dùng mã của một chỉ số có trong Phụ lục, đặt trong dấu nháy, ví dụ indicator: "${example}"`,
          }),
        );
      }
    });
  }
}
