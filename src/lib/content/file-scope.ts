/**
 * `npm run check -- <file>`: the whole content is still validated (a post is
 * checked against the units, pillars and indicators it names), and only the
 * problems of the named files are reported, with those of the files they
 * depend on when those stop the check from reaching them.
 */
import type { ContentIssue } from './errors.ts';

/** Files every other file is checked against: a problem in one of them can hide the named file's own. */
const REFERENCE_FILE = /(^|\/)(site|units|pillars)\.ya?ml$|(^|\/)indicators\//;

/**
 * The issues of `files`; when they have none but a reference file has some,
 * those (the named files could not be fully checked without them).
 * @example
 * issuesForFile([{ file: 'content/units.yaml', message: 'x' }, { file: 'content/posts/a/b.md', message: 'y' }], ['content/posts/a/b.md']);
 * // [{ file: 'content/posts/a/b.md', message: 'y' }]
 */
export function issuesForFile<T extends ContentIssue>(issues: readonly T[], files: readonly string[]): T[] {
  const wanted = new Set(files);
  const own = issues.filter((issue) => wanted.has(issue.file));
  if (own.length > 0) return own;
  return issues.filter((issue) => !wanted.has(issue.file) && REFERENCE_FILE.test(issue.file));
}
