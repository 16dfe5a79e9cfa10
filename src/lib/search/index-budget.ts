/**
 * How much of a news post the search index reads. Pagefind keeps, for every
 * word, the position of each of its occurrences on each page, in one chunk
 * per word range. "chuyển", "đổi" and "số" are on nearly every post, so at
 * 10,000 pages their chunks alone were 375 KiB of the 554 KiB a search for
 * "chuyển đổi số" fetched (BENCHMARKS.md, "Search"). A post is found by its
 * title, its summary and its first paragraphs; the rest of a long post adds
 * positions of the same common words much more than it adds words found
 * nowhere else. So only the first POST_INDEX_WORDS words of a post's
 * body are indexed (ADR 8), with its title, summary and related indicators: the
 * element in which the budget runs out is kept whole, every element after it
 * gets `data-pagefind-ignore`.
 *
 * Only the copy Pagefind reads is changed (index-html.ts); readers get the
 * whole post. Other page types (indicators, units, the plan) are indexed whole.
 */

/** Words of a post's body (`.post-body`, after its title and summary) that the index reads. */
export const POST_INDEX_WORDS = 100;

/** The start tag of a post's body: `<div class="prose post-body">` (src/pages/chuyen-doi-so/[slug].astro). */
const POST_BODY_START = /<[a-z][a-z0-9-]*\b[^<>]*\sclass="(?:[^"]*\s)?post-body(?:\s[^"]*)?"[^<>]*>/i;
/** `<meta … data-pagefind-filter="type[content]" … content="post">`, in either attribute order. */
const POST_TYPE = /<meta\b(?=[^<>]*\sdata-pagefind-filter="type\[content\]")(?=[^<>]*\scontent="post")[^<>]*>/i;
/** A comment, a tag, or the text up to the next tag. */
const TOKEN = /<!--[\s\S]*?-->|<[^<>]*>|[^<]+/g;
const START_TAG = /^<([a-z][a-z0-9-]*)\b/i;
const END_TAG = /^<\/([a-z][a-z0-9-]*)/i;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const WORD = /[\p{L}\p{N}]+/gu;

/** Whether the page is a news post, from its search metadata (page-meta.ts). */
export function isPostPage(html: string): boolean {
  return POST_TYPE.test(html);
}

/**
 * Marks with `data-pagefind-ignore` every element of a post's body that
 * starts after its first `maxWords` words. The element in which the budget
 * runs out is kept whole; what follows the body (the related indicators) is
 * kept. A page without a post body, or a body shorter than the budget, comes
 * back unchanged.
 *
 * @throws {RangeError} When `maxWords` is not a positive integer.
 * @example
 * limitPostBodyWords('<h1>Tập huấn</h1><div class="post-body"><p>Một hai ba</p><p>bốn</p></div><ul><li>Chỉ số 1.4</li></ul>', 3);
 * // '<h1>Tập huấn</h1><div class="post-body"><p>Một hai ba</p><p data-pagefind-ignore>bốn</p></div><ul><li>Chỉ số 1.4</li></ul>'
 */
export function limitPostBodyWords(html: string, maxWords: number): string {
  if (!Number.isInteger(maxWords) || maxWords < 1) throw new RangeError(`limitPostBodyWords: số từ phải là số nguyên dương, nhưng nhận được ${maxWords}.`);
  const body = POST_BODY_START.exec(html);
  if (!body) return html;
  const start = body.index + body[0].length;
  let words = 0;
  let depth = 1;
  let end = html.length;
  let cut = false;
  const tokens = new RegExp(TOKEN.source, 'g');
  tokens.lastIndex = start;
  const out: string[] = [];
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    const token = match[0];
    if (token.startsWith('</')) {
      if (END_TAG.test(token)) depth -= 1;
      out.push(token);
      if (depth === 0) {
        end = tokens.lastIndex;
        break;
      }
      continue;
    }
    if (token.startsWith('<!--') || !token.startsWith('<')) {
      if (!token.startsWith('<')) words += token.match(WORD)?.length ?? 0;
      out.push(token);
      continue;
    }
    const name = START_TAG.exec(token)?.[1]?.toLowerCase();
    if (!name || VOID_ELEMENTS.has(name) || token.endsWith('/>')) {
      out.push(token);
      continue;
    }
    depth += 1;
    if (words >= maxWords && !/\sdata-pagefind-ignore\b/i.test(token)) {
      out.push(token.replace(START_TAG, (tag) => `${tag} data-pagefind-ignore`));
      cut = true;
    } else out.push(token);
  }
  return cut ? html.slice(0, start) + out.join('') + html.slice(end) : html;
}

/**
 * The copy of a page the index reads: a post's body cut to the budget, any other page whole.
 * @example indexedPortion(postHtml); // the post with its paragraphs after the body's first 100 words ignored
 */
export function indexedPortion(html: string, maxWords: number = POST_INDEX_WORDS): string {
  return isPostPage(html) ? limitPostBodyWords(html, maxWords) : html;
}
