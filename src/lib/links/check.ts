import type { ContentIssue } from '../content/errors.ts';
import { checkUnique } from '../content/issue-helpers.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { RelatedLink } from '../content/schemas/related-link.ts';

/**
 * Each related portal is listed once: by id and by address.
 * @example
 * checkRelatedLinks(parsedLinksFile, issues);
 */
export function checkRelatedLinks(file: ParsedFile<RelatedLink[]>, issues: ContentIssue[]): void {
  const entries = file.data.map((item, index) => ({ item, file, path: [index] }));
  checkUnique(entries, 'id', 'liên kết', issues, {
    what: 'mã',
    fix: () => 'mỗi mã chỉ được dùng một lần: đổi mã này hoặc xóa mục trùng',
  });
  checkUnique(entries, 'url', 'liên kết', issues, { what: 'địa chỉ', fix: () => 'mỗi cổng chỉ ghi một lần: xóa mục trùng' });
}
