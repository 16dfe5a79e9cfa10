/**
 * A small, deliberately suspicious scanner for the raw HTML that Markdown lets
 * through. It finds every tag start, even an unclosed one ("<script" at the end
 * of a line), because a browser would start parsing a tag there too.
 */

/** An attribute as written, with its value decoded as a browser would. */
export interface HtmlAttribute {
  name: string;
  value: string;
}

/** One thing found in raw HTML, with its offset in the scanned text. */
export type HtmlToken =
  | { type: 'tag'; offset: number; name: string; closing: boolean; attributes: HtmlAttribute[] }
  | { type: 'comment'; offset: number }
  | { type: 'declaration'; offset: number; text: string }; // <!DOCTYPE>, <![CDATA[, <?php

const TAG_START = /<(\/?)([a-zA-Z][^\s/>\u0000]*)/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=\u0000]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/y;

/**
 * Scans raw HTML for tags, comments and declarations.
 * @example
 * scanHtml('<abbr title="Chuyển đổi số">CĐS</abbr>');
 * // [{ type: 'tag', offset: 0, name: 'abbr', closing: false, attributes: [{ name: 'title', value: 'Chuyển đổi số' }] },
 * //  { type: 'tag', offset: 31, name: 'abbr', closing: true, attributes: [] }]
 */
export function scanHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let index = html.indexOf('<');
  while (index !== -1 && index < html.length) {
    if (html.startsWith('<!--', index)) {
      tokens.push({ type: 'comment', offset: index });
      const end = html.indexOf('-->', index + 4);
      index = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    if (html[index + 1] === '!' || html[index + 1] === '?') {
      const end = html.indexOf('>', index);
      tokens.push({ type: 'declaration', offset: index, text: html.slice(index, end === -1 ? undefined : end + 1) });
      index = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    TAG_START.lastIndex = index;
    const start = TAG_START.exec(html);
    if (!start) {
      index = html.indexOf('<', index + 1);
      continue;
    }
    const attributes: HtmlAttribute[] = [];
    let cursor = TAG_START.lastIndex;
    for (;;) {
      const rest = /^[\s/]*/.exec(html.slice(cursor))?.[0].length ?? 0;
      if (cursor + rest >= html.length || html[cursor + rest] === '>') {
        cursor += rest + 1;
        break;
      }
      ATTRIBUTE.lastIndex = cursor;
      const attribute = ATTRIBUTE.exec(html);
      if (!attribute || ATTRIBUTE.lastIndex === cursor) {
        cursor += 1;
        continue;
      }
      const [, name = '', doubleQuoted, singleQuoted, bare] = attribute;
      attributes.push({ name: name.toLowerCase(), value: doubleQuoted ?? singleQuoted ?? bare ?? '' });
      cursor = ATTRIBUTE.lastIndex;
    }
    tokens.push({
      type: 'tag',
      offset: index,
      name: (start[2] ?? '').toLowerCase(),
      closing: start[1] === '/',
      attributes,
    });
    index = html.indexOf('<', cursor);
  }
  return tokens;
}

/**
 * The 1-based line and column of an offset in a text that starts at a known position.
 * @example
 * positionAt('a\nb\n<script>', 4, { line: 5, column: 3 }); // { line: 7, column: 1 }
 * positionAt('x <b>', 2, { line: 5, column: 3 }); // { line: 5, column: 5 }
 */
export function positionAt(text: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + offset };
  return { line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}
