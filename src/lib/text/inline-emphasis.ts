/**
 * The one inline markup that content titles and timeframes carry: `*emphasis*`,
 * which marks the seed's `<i>…</i>`. Everything else in the text is literal.
 */
import { assertString } from './assert.ts';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `*x*` where x neither starts nor ends with a space and holds no `*` or line
 * break; `**x**` (bold in Markdown) is left alone.
 */
const EMPHASIS = /(?<!\*)\*(?![\s*])([^*\n]*?[^*\s])\*(?!\*)/g;


/**
 * Escapes the five HTML-significant characters, so the text can be placed in
 * element content or a quoted attribute.
 *
 * @throws {TypeError} When `text` is not a string.
 * @example
 * escapeHtml('Phòng VH&TT <i>'); // 'Phòng VH&amp;TT &lt;i&gt;'
 */
export function escapeHtml(text: string): string {
  assertString(text, 'escapeHtml');
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Turns text with `*emphasis*` into safe HTML: the text is escaped first, then
 * only `*x*` becomes `<em>x</em>`. A lone or spaced asterisk ("2 * 3") stays
 * as it is. The result is NFC-normalised.
 *
 * @throws {TypeError} When `text` is not a string.
 * @example
 * inlineEmphasisToHtml('*Cả năm*'); // '<em>Cả năm</em>'
 * inlineEmphasisToHtml('CDS (*hoàn thiện*).'); // 'CDS (<em>hoàn thiện</em>).'
 * inlineEmphasisToHtml('<b>*x*</b>'); // '&lt;b&gt;<em>x</em>&lt;/b&gt;'
 */
export function inlineEmphasisToHtml(text: string): string {
  assertString(text, 'inlineEmphasisToHtml');
  return escapeHtml(text.normalize('NFC')).replace(EMPHASIS, '<em>$1</em>');
}

/**
 * Removes the `*…*` markers, for places that take plain text only: the
 * document title, meta descriptions, `aria-label`. Not escaped.
 *
 * @throws {TypeError} When `text` is not a string.
 * @example
 * inlineEmphasisToText('*Kinh phí giám sát ATTT*'); // 'Kinh phí giám sát ATTT'
 */
export function inlineEmphasisToText(text: string): string {
  assertString(text, 'inlineEmphasisToText');
  return text.normalize('NFC').replace(EMPHASIS, '$1');
}
