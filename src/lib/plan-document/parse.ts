import type { ContentIssue } from '../content/errors.ts';
import { parseAndValidate, type SourceText } from '../content/parse-file.ts';
import { planSchema, type PlanFrontmatter } from '../content/schemas/plan.ts';
import { checkPlanBody } from './body-check.ts';

/** Splits `---` frontmatter from a Markdown/MDX file, keeping line offsets. */
export function splitFrontmatter(text: string): { yaml: string; lineOffset: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', lineOffset: 1 } : undefined;
}

/**
 * Reads each plan document's frontmatter and checks its body; pushes every problem into `issues`
 * and returns the plans whose frontmatter is valid.
 * @example
 * const plans = parsePlans([{ file: 'content/plan/ke-hoach.mdx', text }], issues);
 */
export function parsePlans(sources: readonly SourceText[], issues: ContentIssue[]): { file: string; frontmatter: PlanFrontmatter }[] {
  return sources.flatMap((source) => {
    const frontmatter = splitFrontmatter(source.text);
    if (!frontmatter) {
      issues.push({ file: source.file, line: 1, message: 'thiếu phần đầu (frontmatter) giữa hai dòng ---', fix: 'thêm các trường title, number… giữa hai dòng "---" ở đầu tệp' });
      return [];
    }
    const parsed = parseAndValidate({ file: source.file, text: frontmatter.yaml }, planSchema, issues);
    issues.push(...checkPlanBody(source));
    if (!parsed) return [];
    return [{ file: source.file, frontmatter: parsed.data }];
  });
}
