import type { ContentIssue } from '../content/errors.ts';
import { checkUnique, issueAt, type LocatedEntry } from '../content/issue-helpers.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { LegalDocument } from '../content/schemas/legal-document.ts';

const LABEL = 'văn bản';

/**
 * Checks what the schema alone cannot: ids and numbers used once across all
 * files, citations that point to appendix rows which exist, and no date after `asOf`.
 * @example
 * checkLegalDocuments(files, new Set(['2.1', '6.1']), 'content/indicators/', issues, '2024-10-15');
 */
export function checkLegalDocuments(
  files: readonly ParsedFile<LegalDocument[]>[],
  indicatorIds: ReadonlySet<string>,
  indicatorsDir: string,
  issues: ContentIssue[],
  /** The date the portal's figures refer to (site.yaml asOf): a cited document cannot be issued later. */
  asOf?: string,
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
    if (asOf && item.date && item.date > asOf) {
      issues.push(
        issueAt(file, [...path, 'date'], LABEL, {
          field: 'date',
          message: `ngày ban hành ${item.date} muộn hơn ngày chốt số liệu ${asOf}; Kế hoạch không thể dẫn một văn bản chưa ban hành`,
          fix: `kiểm tra lại ngày trên văn bản (dạng YYYY-MM-DD, không muộn hơn ${asOf}); chưa rõ ngày thì bỏ trường date`,
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
