/**
 * The safety rules for a post's body: a post is content, never code. Walks the
 * syntax tree and reports every import/export, expression, unknown component,
 * forbidden element, event attribute, unsafe URL and remote or missing image.
 */
import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { ContentIssue } from '../content/errors.ts';
import { isPostComponent, POST_COMPONENTS, POST_FORBIDDEN_ELEMENTS, POST_HTML_ELEMENTS } from './components.ts';
import { positionAt, scanHtml } from './html-scan.ts';
import { postMessages, type PostProblem } from './messages.ts';
import { parsePostBody } from './parse-body.ts';
import type { PostFormat } from './schema.ts';
import { checkUrl, LINK_KINDS } from '../text/safe-url.ts';
import { classifyUrl, POST_IMAGE_EXTENSIONS, resolvePostAsset, urlScheme } from './urls.ts';

/** What the checks need to know beyond the text. */
export interface BodyCheckContext {
  /** The file, relative to the project root, for messages. */
  file: string;
  format: PostFormat;
  /** The unit's folder relative to the posts folder, e.g. "phuong-tran-phu". */
  unitFolder: string;
  /** The unit's folder as editors see it, e.g. "content/posts/phuong-tran-phu". */
  folderLabel: string;
  /** Whether a file exists, by path relative to the posts folder. */
  assetExists(path: string): boolean;
  indicatorExists(id: string): boolean;
}

/** Attributes whose value a browser treats as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data', 'cite', 'longdesc', 'ping', 'manifest', 'codebase', 'archive', 'lowsrc', 'dynsrc']);

type Position = { line: number; column: number };
type Report = (problem: PostProblem, position: Position | undefined) => void;

/**
 * Checks a URL used as a link target, as the WHATWG URL parser reads it.
 * Web, mailto and tel addresses, fragments and paths that stay on the site pass.
 * @example
 * checkLinkUrl('javascript:alert(1)')?.message; // 'địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'
 * checkLinkUrl('/\\evil.example/')?.message; // 'địa chỉ "/\\evil.example/" trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "evil.example"'
 * checkLinkUrl('https://dichvucong.gov.vn'); // undefined
 */
export function checkLinkUrl(url: string): PostProblem | undefined {
  const verdict = checkUrl(url, LINK_KINDS);
  if (verdict.ok) return undefined;
  const { problem } = verdict;
  switch (problem.reason) {
    case 'javascript':
      return postMessages.javascriptUrl(url);
    case 'data':
      return postMessages.dataUrl(url, false);
    case 'scheme':
      return postMessages.otherScheme(url, problem.scheme);
    case 'leaves-site':
      return postMessages.leavesSite(url, problem.host);
    case 'missing-slashes':
      return postMessages.malformedWebUrl(url, `thiếu hai dấu // sau "${problem.scheme}:"`);
    case 'credentials':
      return postMessages.credentialsUrl(url, problem.host);
    case 'unparsable':
      return postMessages.malformedWebUrl(url, 'không đọc được (sai dạng)');
    case 'not-allowed':
      return postMessages.otherScheme(url, urlScheme(url) ?? '');
  }
}

/**
 * Checks an image source: it must be a file of an allowed type in the unit's
 * folder, never on another host. Returns every problem found.
 * @example
 * checkImageUrl('https://tracker.example/a.png', context)[0]?.message;
 * // 'ảnh lấy từ máy chủ khác "https://tracker.example/a.png": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc'
 */
export function checkImageUrl(url: string, context: Pick<BodyCheckContext, 'unitFolder' | 'folderLabel' | 'assetExists'>): PostProblem[] {
  const kind = classifyUrl(url);
  if (kind === 'javascript') return [postMessages.javascriptUrl(url)];
  if (kind === 'data') return [postMessages.dataUrl(url, true)];
  if (kind === 'web' || kind === 'protocol-relative') return [postMessages.remoteImage(url, context.folderLabel)];
  if (kind !== 'relative') return [postMessages.imageNotAFile(url)];
  const asset = resolvePostAsset(context.unitFolder, url);
  if (!asset) return [postMessages.imageOutsideFolder(url, context.folderLabel)];
  if (!POST_IMAGE_EXTENSIONS.some((extension) => asset.toLowerCase().endsWith(extension))) return [postMessages.imageFormat(url)];
  if (!context.assetExists(asset)) return [postMessages.imageNotFound(url, context.folderLabel)];
  return [];
}

/** A raw <img> is refused anyway; these rules name the worse problem first. */
function checkRawImageSource(url: string, folderLabel: string): PostProblem | undefined {
  const kind = classifyUrl(url);
  if (kind === 'web' || kind === 'protocol-relative') return postMessages.remoteImage(url, folderLabel);
  if (kind === 'data') return postMessages.dataUrl(url, true);
  return checkLinkUrl(url);
}

/** Raw HTML in a .md post, tokenized as the browser will: attribute values arrive decoded. */
function checkHtml(value: string, start: Position, context: BodyCheckContext, report: Report): void {
  for (const token of scanHtml(value)) {
    const at = positionAt(value, token.offset, start);
    if (token.type === 'comment') report(postMessages.htmlComment(token.kind, token.source), at);
    else if (token.type === 'doctype') report(postMessages.htmlDeclaration(token.source), at);
    else if (token.type === 'unfinished') report(postMessages.unfinishedTag(token.source), at);
    else if (!token.closing) checkElement(token.name, token.attributes, at, context, report);
  }
}

/** Shared by raw HTML in .md and lower-case JSX elements in .mdx. */
function checkElement(name: string, attributes: { name: string; value: string | undefined }[], at: Position, context: BodyCheckContext, report: Report): void {
  if (POST_FORBIDDEN_ELEMENTS.includes(name)) {
    report(postMessages.forbiddenElement(name), at);
    return;
  }
  let specific = false;
  for (const attribute of attributes) {
    const attributeName = attribute.name.toLowerCase();
    if (attributeName.startsWith('on')) {
      report(postMessages.eventAttribute(name, attribute.name), at);
      specific = true;
    } else if (attribute.value !== undefined && URL_ATTRIBUTES.has(attributeName)) {
      const urls = attributeName === 'srcset' ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attribute.value];
      for (const url of urls) {
        const problem = name === 'img' && attributeName.endsWith('src') ? checkRawImageSource(url, context.folderLabel) : checkLinkUrl(url);
        if (problem) {
          report(problem, at);
          specific = true;
        }
      }
    }
  }
  const allowedAttributes = POST_HTML_ELEMENTS[name];
  if (!allowedAttributes) {
    if (!specific) report(postMessages.htmlElement(name), at);
    return;
  }
  for (const attribute of attributes) {
    const attributeName = attribute.name.toLowerCase();
    if (!attributeName.startsWith('on') && !allowedAttributes.includes(attributeName)) report(postMessages.htmlAttribute(name, attributeName), at);
  }
}

function checkComponent(
  name: string,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  hasChildren: boolean,
  at: Position,
  context: BodyCheckContext,
  report: Report,
): void {
  if (!isPostComponent(name)) {
    report(postMessages.unknownComponent(name), at);
    return;
  }
  const spec = POST_COMPONENTS[name];
  const props: Readonly<Record<string, readonly string[] | undefined>> = spec.props;
  const given = new Set<string>();
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(postMessages.expression(attribute.value, `thuộc tính của <${name}>`), at);
      continue;
    }
    given.add(attribute.name);
    if (attribute.name.toLowerCase().startsWith('on')) {
      report(postMessages.eventAttribute(name, attribute.name), at);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(postMessages.expression(attribute.value.value, `thuộc tính "${attribute.name}" của <${name}>`), at);
      continue;
    }
    if (!Object.hasOwn(props, attribute.name)) {
      report(postMessages.componentProp(name, attribute.name), at);
      continue;
    }
    const allowed = props[attribute.name];
    const value = attribute.value ?? undefined;
    if (value === undefined || value.trim() === '' || (allowed && !allowed.includes(value))) {
      report(postMessages.componentPropValue(name, attribute.name, value, allowed), at);
      continue;
    }
    if (name === 'IndicatorLink' && attribute.name === 'id' && !context.indicatorExists(value)) {
      report(postMessages.unknownIndicator(value), at);
    }
  }
  for (const required of spec.required) {
    if (!given.has(required)) report(postMessages.componentPropMissing(name, required), at);
  }
  if (hasChildren && !spec.children) report(postMessages.componentChildren(name), at);
}

function positionOf(node: Nodes): Position | undefined {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * Checks a post's text against every safety rule. The text must have its
 * frontmatter blanked out (see splitPostFrontmatter) so lines match the file.
 * @example
 * checkPostBody('\n\n\n<script>alert(1)</script>', context)[0];
 * // { file, line: 4, column: 1, message: 'có thẻ <script>: bài viết không được chứa mã chạy trên trang', fix: 'xóa thẻ này cùng nội dung bên trong' }
 */
export function checkPostBody(text: string, context: BodyCheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (problem, at) => issues.push({ file: context.file, line: at?.line, column: at?.column, ...problem });
  const parsed = parsePostBody(text, context.format);
  if (!parsed.ok) {
    report(postMessages.mdxSyntax(parsed.error.reason), parsed.error.line ? { line: parsed.error.line, column: parsed.error.column ?? 1 } : undefined);
    return issues;
  }
  const tree: Root = parsed.tree;
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
  });
  walk(tree, (node) => {
    const at = positionOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        report(postMessages.esm(node.value), at);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(postMessages.expression(node.value), at);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name === '' || /^[A-Z]|[.:]/.test(name)) {
          checkComponent(name || '>', node.attributes, node.children.length > 0, at ?? { line: 1, column: 1 }, context, report);
        } else {
          const attributes = node.attributes.map((attribute) =>
            attribute.type === 'mdxJsxExpressionAttribute'
              ? { name: '{…}', value: undefined }
              : { name: attribute.name, value: typeof attribute.value === 'string' ? attribute.value : undefined },
          );
          const expressions = node.attributes.filter((attribute) => attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object'));
          for (const attribute of expressions) {
            if (attribute.type === 'mdxJsxAttribute' && attribute.name.toLowerCase().startsWith('on')) continue;
            const code = attribute.type === 'mdxJsxExpressionAttribute' ? attribute.value : typeof attribute.value === 'object' && attribute.value ? attribute.value.value : '';
            report(postMessages.expression(code, `thuộc tính của <${name}>`), at);
          }
          checkElement(name.toLowerCase(), attributes.filter((attribute) => attribute.name !== '{…}'), at ?? { line: 1, column: 1 }, context, report);
        }
        break;
      }
      case 'html':
        if (at) checkHtml(node.value, at, context, report);
        break;
      case 'link':
      case 'definition': {
        const problem = checkLinkUrl(node.url);
        if (problem) report(problem, at);
        break;
      }
      case 'image':
        for (const problem of checkImageUrl(node.url, context)) report(problem, at);
        if (!node.alt?.trim()) report(postMessages.imageAlt(node.url), at);
        break;
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition) for (const problem of checkImageUrl(definition.url, context)) report(problem, at);
        if (!node.alt?.trim()) report(postMessages.imageAlt(definition?.url ?? node.identifier), at);
        break;
      }
      default:
        break;
    }
  });
  return issues;
}
