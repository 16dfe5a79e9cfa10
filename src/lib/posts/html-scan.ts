/**
 * Tokenizes the raw HTML that Markdown lets through with parse5, the HTML5
 * tokenizer of the WHATWG specification (the one Astro's rehype-raw uses to
 * render it), so validation sees exactly the tags, attributes and comments a
 * browser would: `<!-->` and `--!>` end a comment, `</ x>` and `<?xml` are
 * bogus comments, and character references in attributes are decoded as the
 * browser decodes them. parse5-sax-parser adds what tree construction would
 * change in the tokenizer (raw text after `<style>`, foreign content after `<svg>`).
 */
import { TokenizerMode } from 'parse5';
import { SAXParser } from 'parse5-sax-parser';

/** An attribute as the tokenizer reads it: name lower-cased, value decoded. */
export interface HtmlAttribute {
  name: string;
  value: string;
}

/** How a comment token was opened; browsers make comments of all of these. */
export type HtmlCommentKind =
  | 'comment' // <!-- … -->, <!-->, <!--->, conditional comments
  | 'cdata' // <![CDATA[ … ]]> outside SVG/MathML
  | 'processing-instruction' // <?xml … ?>, <?php … ?>
  | 'bogus-end-tag' // </ x>, </3>
  | 'declaration'; // <!x>, <!ELEMENT …>

/** One token of raw HTML, with its offset in the tokenized text. */
export type HtmlToken =
  | { type: 'tag'; offset: number; name: string; closing: boolean; attributes: HtmlAttribute[] }
  | { type: 'comment'; offset: number; kind: HtmlCommentKind; source: string }
  | { type: 'doctype'; offset: number; source: string }
  /** A tag or comment still open where the text ends: the next piece of HTML would continue it. */
  | { type: 'unfinished'; offset: number; source: string };

/** Tokenizer states in which the text may end: between tokens (after <style>, <textarea>… the text is raw). */
const STATES_BETWEEN_TOKENS: ReadonlySet<number> = new Set([TokenizerMode.DATA, TokenizerMode.RCDATA, TokenizerMode.RAWTEXT, TokenizerMode.SCRIPT_DATA, TokenizerMode.PLAINTEXT]);

/** parse5 token locations, as the tokenizer reports them. */
interface TokenLocation {
  startOffset: number;
  endOffset: number;
}
interface TokenHandler {
  onStartTag(token: { tagName: string; attrs: { name: string; value: string; prefix?: string }[]; location: TokenLocation | null }): void;
  onEndTag(token: { tagName: string; location: TokenLocation | null }): void;
  onComment(token: { location: TokenLocation | null }): void;
  onDoctype(token: { location: TokenLocation | null }): void;
  onCharacter(token: { location: TokenLocation | null }): void;
  onWhitespaceCharacter(token: { location: TokenLocation | null }): void;
  onNullCharacter(token: { location: TokenLocation | null }): void;
  onEof(): void;
}
type FeedbackSimulator = new (options: { sourceCodeLocationInfo: boolean }, handler: TokenHandler) => { tokenizer: { write(html: string, last: boolean): void; state: number } };

/**
 * parse5-sax-parser's ParserFeedbackSimulator: parse5's tokenizer plus the state changes tree construction makes
 * (raw text after <style>, foreign content after <svg>). SAXParser wraps it in a stream, whose construction costs
 * 60 µs per call, too slow for a post with thousands of inline tags, so the simulator is taken from one parser and
 * driven directly. test/unit/posts-safety.test.ts pins its behaviour (raw text, CDATA in <svg>).
 */
const Simulator = (new SAXParser() as unknown as { parserFeedbackSimulator: { constructor: FeedbackSimulator } }).parserFeedbackSimulator.constructor;

function commentKind(source: string): HtmlCommentKind {
  if (source.startsWith('<!--')) return 'comment';
  if (source.startsWith('<![CDATA[')) return 'cdata';
  if (source.startsWith('<?')) return 'processing-instruction';
  if (source.startsWith('</')) return 'bogus-end-tag';
  return 'declaration';
}

/**
 * Tokenizes raw HTML as a browser does, in document order.
 * @example
 * scanHtml('<abbr title="Chuyển đổi số">CĐS</abbr>');
 * // [{ type: 'tag', offset: 0, name: 'abbr', closing: false, attributes: [{ name: 'title', value: 'Chuyển đổi số' }] },
 * //  { type: 'tag', offset: 31, name: 'abbr', closing: true, attributes: [] }]
 * scanHtml('<!--> <meta http-equiv="refresh">').map((token) => token.type); // ['comment', 'tag']
 */
export function scanHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let lastEnd = 0;
  const offsetOf = (location: TokenLocation | null | undefined) => {
    lastEnd = Math.max(lastEnd, location?.endOffset ?? 0);
    return location?.startOffset ?? 0;
  };
  const sourceOf = (location: TokenLocation | null) => html.slice(location?.startOffset ?? 0, location?.endOffset ?? html.length);
  const characters = (token: { location: TokenLocation | null }) => void offsetOf(token.location);
  const simulator = new Simulator(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (tag) =>
        tokens.push({ type: 'tag', offset: offsetOf(tag.location), name: tag.tagName, closing: false, attributes: tag.attrs.map(({ name, value, prefix }) => ({ name: prefix ? `${prefix}:${name}` : name, value })) }),
      onEndTag: (tag) => tokens.push({ type: 'tag', offset: offsetOf(tag.location), name: tag.tagName, closing: true, attributes: [] }),
      onComment: (comment) => {
        const source = sourceOf(comment.location);
        tokens.push({ type: 'comment', offset: offsetOf(comment.location), kind: commentKind(source), source });
      },
      onDoctype: (doctype) => tokens.push({ type: 'doctype', offset: offsetOf(doctype.location), source: sourceOf(doctype.location) }),
      onCharacter: characters,
      onWhitespaceCharacter: characters,
      onNullCharacter: characters,
      onEof: () => {},
    },
  );
  simulator.tokenizer.write(html, true);
  if (!STATES_BETWEEN_TOKENS.has(simulator.tokenizer.state)) {
    // The open token starts at the first '<' that can start one after the last complete token.
    // (A comment or doctype cut off by the end is emitted anyway, and refused as such.)
    const found = html.slice(lastEnd).search(/<[a-z/!?]/i);
    const start = lastEnd + found;
    if (found !== -1 && !tokens.some((token) => token.offset === start)) tokens.push({ type: 'unfinished', offset: start, source: html.slice(start) });
  }
  return tokens.sort((a, b) => a.offset - b.offset);
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
