import type { ContentIssue } from './errors.ts';
import { describeEntry, type ParsedFile } from './parse-file.ts';

/**
 * An issue about the value at `path` in a parsed file, with its line and entry.
 * @example
 * issueAt(file, [0, 'citations', 1, 'indicator'], 'văn bản', { field: 'citations[1].indicator', message: '…' });
 * // { file: 'content/documents/van-ban.yaml', line: 14, column: 18, entry: 'văn bản "ke-hoach-25-kh-tu"', … }
 */
export function issueAt(
  file: ParsedFile<unknown>,
  path: readonly PropertyKey[],
  label: string,
  issue: Omit<ContentIssue, 'file'>,
): ContentIssue {
  const position = file.locate(path);
  const { entry } = describeEntry(file.raw, path, label);
  return { file: file.file, line: position?.line, column: position?.column, entry, ...issue };
}

/** One list entry with the file it came from and its path in that file. */
export interface LocatedEntry<T> {
  item: T;
  file: ParsedFile<unknown>;
  path: PropertyKey[];
}

/**
 * Reports every entry whose `field` repeats an earlier entry's, naming where the first one is.
 * @example
 * checkUnique(entries, 'number', 'văn bản', issues, { what: 'số ký hiệu', fix: () => 'gộp hai mục làm một' });
 * // văn bản "…", trường "number": số ký hiệu "14/KH-UBND" bị trùng; đã dùng ở content/documents/van-ban.yaml dòng 1
 */
export function checkUnique<T>(
  entries: readonly LocatedEntry<T>[],
  field: keyof T & string,
  label: string,
  issues: ContentIssue[],
  describe: { what: string; fix: (value: string) => string },
): void {
  const firstSeen = new Map<string, { file: string; line?: number }>();
  for (const { item, file, path } of entries) {
    const value = String(item[field]);
    const first = firstSeen.get(value);
    if (first) {
      issues.push(
        issueAt(file, [...path, field], label, {
          field,
          message: `${describe.what} "${value}" bị trùng; đã dùng ở ${first.file}${first.line ? ` dòng ${first.line}` : ''}`,
          fix: describe.fix(value),
        }),
      );
    } else {
      firstSeen.set(value, { file: file.file, line: file.locate(path)?.line });
    }
  }
}
