import { Composer, isMap, isPair, isScalar, isSeq, LineCounter, Parser, type CST, type Document, type YAMLError } from 'yaml';
import { pathToField, type ContentIssue } from './errors.ts';
import {
  describeForbiddenCharacter,
  findForbiddenCharacters,
  findHtmlMarkup,
  FORBIDDEN_CHARACTER_FIX,
  HTML_MARKUP_FIX,
  quoteMarkup,
} from '../text/plain-text.ts';

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

/** Names the entry and field a value path points to (parse-file's describeEntry), for text messages. */
export type DescribePath = (value: unknown, path: readonly PropertyKey[]) => { entry?: string; rest: readonly PropertyKey[] };

/**
 * Deepest nesting of lists and groups a content file may have. The shipped
 * content needs 5 (a progress report's history entry's evidence); 32 leaves
 * room and stops 10,000-level `[[[…]]]` long before recursive code overflows.
 */
export const YAML_MAX_DEPTH = 32;

/**
 * The only explicit tags allowed: the YAML core schema's. `!!js/function`,
 * `!!js/regexp`, `!!binary`, `!custom`… are refused: content is data, and a
 * tag another parser (Astro's) knows could make it something else.
 */
const CORE_TAGS = new Set(['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);

/** At most this many text problems per file: a pasted megabyte must not make a megabyte of messages. */
const MAX_TEXT_ISSUES = 3;

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

/** A construct of the token stream that content may not use, found before anything is composed. */
interface StructureProblem {
  offset: number;
  message: string;
  fix: string;
}

const ANCHOR_FIX = 'viết đầy đủ giá trị ở từng chỗ cần dùng, bỏ "&tên" và "*tên"; nội dung của cổng không cần neo hay bí danh';

function structureProblem(token: { type?: string; source?: string; offset?: number }): StructureProblem | undefined {
  const offset = token.offset ?? 0;
  const source = (token.source ?? '').trim();
  switch (token.type) {
    case 'anchor':
      // Aliases are how a few lines expand to gigabytes (billion laughs); content needs neither.
      return { offset, message: `có neo YAML "${source}": nội dung không được dùng neo (&) và bí danh (*) để lặp lại dữ liệu`, fix: ANCHOR_FIX };
    case 'alias':
      return { offset, message: `có bí danh YAML "${source}": nội dung không được dùng neo (&) và bí danh (*) để lặp lại dữ liệu`, fix: ANCHOR_FIX };
    case 'tag':
      if (CORE_TAGS.has(source)) return undefined;
      return {
        offset,
        message: `có thẻ kiểu YAML "${source.slice(0, 40)}": nội dung chỉ là dữ liệu (chữ, số, ngày, danh sách), không được gắn kiểu riêng`,
        fix: `xóa "${source.slice(0, 40)}" và viết giá trị như chữ thường, ví dụ title: "Tên bài"; giá trị có dấu ":" hoặc "#" thì đặt trong dấu nháy kép`,
      };
    case 'directive':
    case 'directive-line':
      return { offset, message: `có chỉ thị YAML "${source.slice(0, 40)}": tệp nội dung không dùng chỉ thị %`, fix: 'xóa dòng bắt đầu bằng dấu %' };
    default:
      return undefined;
  }
}

/**
 * Walks the token stream (without recursion, so no depth can overflow the
 * stack) and returns what content may not use: nesting deeper than
 * YAML_MAX_DEPTH, anchors, aliases, tags outside the core schema, directives.
 */
function findStructureProblems(tokens: readonly CST.Token[]): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const stack: { node: unknown; depth: number }[] = tokens.map((node) => ({ node, depth: 0 }));
  while (stack.length > 0 && problems.length < 100) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const token = node as { type?: string; offset?: number; source?: string } & Record<string, unknown>;
    const problem = structureProblem(token);
    if (problem) problems.push(problem);
    const isCollection = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const childDepth = isCollection ? depth + 1 : depth;
    if (childDepth > YAML_MAX_DEPTH) {
      problems.push({
        offset: token.offset ?? 0,
        message: `dữ liệu lồng nhau quá ${YAML_MAX_DEPTH} tầng (danh sách trong danh sách, nhóm trong nhóm…)`,
        fix: 'nội dung của cổng chỉ cần vài tầng; kiểm tra các dấu [ ] { } và thụt lề từ dòng này, xóa các tầng thừa',
      });
      continue;
    }
    for (const key of ['start', 'props', 'key', 'sep', 'value', 'items', 'end']) {
      const child = token[key];
      if (Array.isArray(child)) for (const item of child) stack.push({ node: item, depth: childDepth });
      else if (child && typeof child === 'object') stack.push({ node: child, depth: childDepth });
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/**
 * Checks every string value against the plain-text rules: no character
 * written as an escape that could not be typed raw, no HTML markup.
 * The raw text was scanned before parsing, so a refused character found
 * here came from an escape ("\0", "\x0B", "\u202E"); the message points at its value.
 */
function checkStringValues(doc: Document, text: string, position: (offset: number) => SourcePosition, where: (path: PropertyKey[]) => Pick<ContentIssue, 'entry' | 'field'>, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0 && issues.length < MAX_TEXT_ISSUES) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (let index = node.items.length - 1; index >= 0; index -= 1) {
        const pair = node.items[index];
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        stack.push({ node: pair.value, path: [...path, typeof key === 'string' || typeof key === 'number' ? key : String(key)] });
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index -= 1) stack.push({ node: node.items[index], path: [...path, index] });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const value = node.value;
      const start = node.range[0];
      const at = position(start);
      const escaped = findForbiddenCharacters(value, 1).found[0];
      if (escaped) {
        issues.push({
          file,
          ...at,
          ...where(path),
          message: `giá trị (bắt đầu ở cột ${at.column}) có ${describeForbiddenCharacter(escaped.codePoint, escaped.kind)}, viết bằng mã thoát như "\\0", "\\x0B" hay "\\u202E" trong dấu nháy kép`,
          fix: 'xóa mã thoát đó (dạng \\0, \\x01, \\u202E) khỏi giá trị, chỉ giữ chữ, ví dụ title: "Phường Trần Phú hỗ trợ người dân"',
        });
        continue;
      }
      const markup = findHtmlMarkup(value);
      if (markup !== -1) {
        const source = text.slice(start, node.range[1]);
        const inSource = findHtmlMarkup(source);
        issues.push({
          file,
          ...(inSource === -1 ? at : position(start + inSource)),
          ...where(path),
          message: `có thẻ HTML "${quoteMarkup(value, markup)}": trường này là chữ thuần (hiện trên trang, trong RSS và ảnh chia sẻ), không được chứa thẻ HTML`,
          fix: HTML_MARKUP_FIX,
        });
      }
    }
  }
  return issues;
}

/**
 * Parses YAML text, keeping line numbers for later error messages, within
 * limits that make any file cheap to parse (ADR 6, issue 12): no anchors or
 * aliases, no tags beyond the core schema, at most YAML_MAX_DEPTH levels,
 * and plain text only (no control or bidi characters, no HTML markup).
 * @example
 * const result = parseYaml('content/units.yaml', 'units:\n  - id: a\n');
 * if (result.ok) result.parsed.locate(['units', 0, 'id']); // { line: 2, column: 5 }
 */
export function parseYaml(file: string, text: string, describe?: DescribePath): YamlParseResult {
  const tabLine = text.split('\n').findIndex((line) => /^ *\t/.test(line));
  if (tabLine !== -1) {
    return { ok: false, issues: [{ file, line: tabLine + 1, column: 1, ...explainYamlError('TAB', 'tab') }] };
  }
  const characters = findForbiddenCharacters(text, MAX_TEXT_ISSUES);
  if (characters.total > 0) {
    const more = characters.total - characters.found.length;
    return {
      ok: false,
      issues: characters.found.map((found, index) => ({
        file,
        line: found.line,
        column: found.column,
        message: `có ${describeForbiddenCharacter(found.codePoint, found.kind)} ở cột ${found.column}${index === characters.found.length - 1 && more > 0 ? ` (và ${more} ký tự như vậy nữa trong tệp)` : ''}`,
        fix: FORBIDDEN_CHARACTER_FIX,
      })),
    };
  }
  const lineCounter = new LineCounter();
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  try {
    const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
    const structure = findStructureProblems(tokens);
    // One message: the first such construct; the rest of a bomb or a deep nest says nothing new.
    if (structure.length > 0) {
      return { ok: false, issues: structure.slice(0, 1).map((problem) => ({ file, ...position(problem.offset), message: problem.message, fix: problem.fix })) };
    }
    const composer = new Composer({ uniqueKeys: true });
    const documents = Array.from(composer.compose(tokens, true, text.length));
    const [doc] = documents as [Document, ...Document[]];
    const errors: YAMLError[] = [...doc.errors];
    if (documents.length > 1) {
      const second = documents[1]!;
      errors.push({ code: 'MULTIPLE_DOCS', pos: [second.range[0], second.range[1]], message: 'Source contains multiple documents (a line "---" in the middle of the file)' } as YAMLError);
    }
    if (errors.length > 0) {
      // Later syntax errors are almost always echoes of the first; one clear message is better.
      const [error] = errors as [YAMLError];
      return { ok: false, issues: [{ file, ...position(error.pos[0]), ...explainYamlError(error.code, error.message) }] };
    }
    // Aliases were refused above; maxAliasCount 0 refuses any that got through as a second wall.
    const value: unknown = doc.toJS({ maxAliasCount: 0 });
    const where = (path: PropertyKey[]) => {
      if (!describe) return { field: path.length > 0 ? pathToField(path) : undefined };
      const { entry, rest } = describe(value, path);
      return { entry, field: rest.length > 0 ? pathToField(rest) : undefined };
    };
    const textIssues = checkStringValues(doc, text, position, where, file);
    if (textIssues.length > 0) return { ok: false, issues: textIssues };
    return {
      ok: true,
      parsed: {
        file,
        value,
        locate(path) {
          const offset = nodeOffset(doc, path);
          return offset === undefined ? undefined : position(offset);
        },
      },
    };
  } catch (error) {
    // The limits above should make this unreachable; if a parser still gives up, say so plainly, never with a stack.
    if (!(error instanceof RangeError || error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      issues: [{ file, message: `tệp YAML quá phức tạp để đọc (${error.message.slice(0, 80)})`, fix: 'viết dữ liệu phẳng hơn: không neo/bí danh (&, *), không lồng danh sách quá vài tầng' }],
    };
  }
}
