import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ContentIssue } from './errors.ts';

export interface SourcePosition {
  line: number;
  column: number;
}

/** A parsed YAML file that can say where any value came from. */
export interface ParsedYaml {
  file: string;
  value: unknown;
  /** The position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[]): SourcePosition | undefined;
}

/** Result of parsing: either the data, or the syntax problems with their positions. */
export type YamlParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; issues: ContentIssue[] };

function explainYamlError(code: string, message: string): { message: string; fix?: string } {
  if (/tab/i.test(message)) {
    return {
      message: 'dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách',
      fix: 'thay mỗi Tab ở đầu dòng bằng 2 dấu cách',
    };
  }
  if (code === 'DUPLICATE_KEY') {
    return { message: 'một trường được viết hai lần trong cùng một mục', fix: 'xóa một trong hai dòng trùng' };
  }
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || /indent/i.test(message)) {
    return {
      message: `thụt lề hoặc dấu câu không đúng cú pháp YAML (${message.split('\n')[0]})`,
      fix: 'các trường của cùng một mục phải thẳng cột; giá trị có dấu ":" cần đặt trong dấu nháy kép',
    };
  }
  return {
    message: `sai cú pháp YAML (${message.split('\n')[0]})`,
    fix: 'kiểm tra dấu nháy, dấu ":" và thụt lề ở dòng này; giá trị có dấu ":" hoặc "#" cần đặt trong dấu nháy kép',
  };
}

function nodeOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return range[0];
  }
  return undefined;
}

/**
 * Parses YAML text, keeping line numbers for later error messages.
 * @example
 * const result = parseYaml('content/units.yaml', 'units:\n  - id: a\n');
 * if (result.ok) result.parsed.locate(['units', 0, 'id']); // { line: 2, column: 5 }
 */
export function parseYaml(file: string, text: string): YamlParseResult {
  const tabLine = text.split('\n').findIndex((line) => /^ *\t/.test(line));
  if (tabLine !== -1) {
    return { ok: false, issues: [{ file, line: tabLine + 1, column: 1, ...explainYamlError('TAB', 'tab') }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Later syntax errors are almost always echoes of the first; one clear message is better.
    const [error] = doc.errors as [YAMLError];
    const position = lineCounter.linePos(error.pos[0]);
    return { ok: false, issues: [{ file, line: position.line, column: position.col, ...explainYamlError(error.code, error.message) }] };
  }
  return {
    ok: true,
    parsed: {
      file,
      value: doc.toJS({ maxAliasCount: 100 }),
      locate(path) {
        const offset = nodeOffset(doc, path);
        if (offset === undefined) return undefined;
        const position = lineCounter.linePos(offset);
        return { line: position.line, column: position.col };
      },
    },
  };
}
