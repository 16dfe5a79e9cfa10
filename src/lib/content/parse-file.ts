import type { z } from 'zod';
import { pathToField, type ContentIssue } from './errors.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';
import { zodIssueFix, zodIssueToVietnamese } from './zod-issues.ts';

/** A content file's text, as read from disk. */
export interface SourceText {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  text: string;
}

/** Data that passed its schema, with the means to point back into its file. */
export interface ParsedFile<T> {
  file: string;
  data: T;
  locate: ParsedYaml['locate'];
  /** The raw value, to name entries (by id) in later messages. */
  raw: unknown;
}

/** Names the list entry a path points into, by its id (or indicator) when it has one: `mục "1.4"`. */
export function describeEntry(raw: unknown, path: readonly PropertyKey[], label = 'mục'): { entry?: string; rest: PropertyKey[] } {
  let node = raw;
  for (let index = 0; index < path.length; index += 1) {
    const key = path[index];
    if (typeof key === 'number' && Array.isArray(node)) {
      const item = node[key] as { id?: unknown; indicator?: unknown } | undefined;
      // Entries are named by their id; a progress report by the indicator it is about.
      const id = item && typeof item === 'object' ? (item.id ?? item.indicator) : undefined;
      const entry = id !== undefined ? `${label} "${String(id)}"` : `${label} thứ ${key + 1}`;
      return { entry, rest: path.slice(index + 1) };
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return { rest: [...path] };
}

/**
 * Parses a YAML file and validates it against a schema, collecting every
 * problem with its line, entry and field.
 * @example
 * const result = parseAndValidate({ file: 'content/pillars.yaml', text }, pillarsFileSchema, issues, 'trụ cột');
 */
export function parseAndValidate<S extends z.ZodType>(
  source: SourceText,
  schema: S,
  issues: ContentIssue[],
  entryLabel = 'mục',
): ParsedFile<z.output<S>> | undefined {
  if (source.text.trim().length === 0) {
    issues.push({ file: source.file, message: 'tệp trống', fix: 'điền nội dung theo mẫu, hoặc xóa tệp nếu không dùng' });
    return undefined;
  }
  const result = parseYaml(source.file, source.text, (value, path) => describeEntry(value, path, entryLabel));
  if (!result.ok) {
    issues.push(...result.issues);
    return undefined;
  }
  const { value, locate } = result.parsed;
  const checked = schema.safeParse(value, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path as PropertyKey[];
      const { entry, rest } = describeEntry(value, path, entryLabel);
      const position = locate(path);
      issues.push({
        file: source.file,
        line: position?.line,
        column: position?.column,
        entry,
        field: rest.length > 0 ? pathToField(rest) : undefined,
        message: zodIssueToVietnamese(issue, schema),
        fix: zodIssueFix(issue, schema),
      });
    }
    return undefined;
  }
  return { file: source.file, data: checked.data, locate, raw: value };
}
