/**
 * "Text is text" (issue 12, point 4): the characters and markup that may not
 * appear in content. Plain-text fields (titles, summaries, authors, names…)
 * reach pages, feeds and social images; an invisible control character or a
 * bidi override can make them lie about what they say, and an HTML tag would
 * be decoded and rendered by feed readers.
 */

/** Why a character is refused. */
export type ForbiddenKind = 'control' | 'bidi' | 'surrogate' | 'noncharacter';

/** A refused character and where it is in the text. */
export interface ForbiddenCharacter {
  /** UTF-16 offset in the text. */
  index: number;
  /** 1-based line and column (UTF-16 units, as the YAML parser counts them). */
  line: number;
  column: number;
  codePoint: number;
  kind: ForbiddenKind;
}

const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/**
 * Why a code point is refused, or undefined when it is allowed. Tab and line
 * feed are text; carriage return only as part of CRLF (the caller passes the next code unit).
 * @example
 * classifyCharacter(0x202e); // 'bidi'
 * classifyCharacter('ộ'.codePointAt(0)!); // undefined
 */
export function classifyCharacter(codePoint: number, next?: number): ForbiddenKind | undefined {
  if (codePoint === 0x09 || codePoint === 0x0a) return undefined;
  if (codePoint === 0x0d) return next === 0x0a ? undefined : 'control';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  if (BIDI_NAMES[codePoint] !== undefined) return 'bidi';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'surrogate';
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'noncharacter';
  return undefined;
}

/** `U+202E`: the notation Unicode charts use. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Names a refused character in Vietnamese, with its code point.
 * @example
 * describeForbiddenCharacter(0x202e, 'bidi'); // 'ký tự điều khiển hướng chữ U+202E (RIGHT-TO-LEFT OVERRIDE)'
 * describeForbiddenCharacter(0, 'control'); // 'ký tự điều khiển U+0000'
 */
export function describeForbiddenCharacter(codePoint: number, kind: ForbiddenKind): string {
  const code = formatCodePoint(codePoint);
  switch (kind) {
    case 'bidi':
      return `ký tự điều khiển hướng chữ ${code} (${BIDI_NAMES[codePoint] ?? 'bidi'})`;
    case 'surrogate':
      return `nửa cặp mã UTF-16 đứng lẻ ${code} (không phải một ký tự)`;
    case 'noncharacter':
      return `mã ${code} (Unicode dành riêng, không phải ký tự)`;
    default:
      return `ký tự điều khiển ${code}`;
  }
}

/**
 * Every refused character in `text`, at most `limit` of them (a 1 MB paste of
 * control characters must not make a million messages), with the total count.
 * @example
 * findForbiddenCharacters('Phường\u202E Trần Phú').found[0]; // { index: 6, line: 1, column: 7, codePoint: 0x202e, kind: 'bidi' }
 */
export function findForbiddenCharacters(text: string, limit = 3): { found: ForbiddenCharacter[]; total: number } {
  const found: ForbiddenCharacter[] = [];
  let total = 0;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit === 0x0a) {
      line += 1;
      lineStart = index + 1;
      continue;
    }
    // Fast path: printable ASCII and most letters are never refused.
    if (unit >= 0x20 && unit < 0x7f) continue;
    let codePoint = unit;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    }
    const kind = classifyCharacter(codePoint, text.charCodeAt(index + 1));
    if (kind) {
      total += 1;
      if (found.length < limit) found.push({ index, line, column: index - lineStart + 1, codePoint, kind });
    }
    if (codePoint > 0xffff) index += 1;
  }
  return { found, total };
}

/** An HTML tag's start: `<` then a letter, `/`, `!` or `?` (what an HTML tokenizer opens a tag or comment on). */
const HTML_TAG_START = /<[A-Za-z/!?]/;

/**
 * Where the first thing an HTML parser would read as markup starts, or -1.
 * "< 50%", "<3" and "≥10%" are text.
 * @example
 * findHtmlMarkup('Họp <b>đầy đủ</b>'); // 4
 * findHtmlMarkup('Tỷ lệ < 50%'); // -1
 */
export function findHtmlMarkup(text: string): number {
  return text.search(HTML_TAG_START);
}

/**
 * The markup found, shortened to quote it in a message.
 * @example quoteMarkup('a <img src=x onerror=alert(1)> b', 2); // '<img src=x onerror=alert…'
 */
export function quoteMarkup(text: string, index: number, max = 24): string {
  const end = text.indexOf('>', index);
  const tag = end === -1 ? text.slice(index) : text.slice(index, end + 1);
  const flat = tag.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What to tell an editor about a refused character. */
export const FORBIDDEN_CHARACTER_FIX =
  'xóa ký tự này (thường không thấy trên màn hình, hay lẫn vào khi dán từ trang web hoặc tệp PDF): gõ lại đoạn chữ quanh vị trí đó, hoặc dán qua một trình soạn thảo văn bản thuần';

/** What to tell an editor about markup in a plain-text field. */
export const HTML_MARKUP_FIX =
  'xóa thẻ HTML, chỉ giữ chữ, ví dụ title: "Phường Trần Phú họp đầy đủ"; muốn viết dấu "<" như chữ thì để một dấu cách sau nó, ví dụ "< 50%"';
