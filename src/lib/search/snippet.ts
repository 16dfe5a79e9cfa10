/**
 * The snippet under a search result, cut where Vietnamese reads as whole.
 *
 * Pagefind cuts its excerpt at a fixed count of space-separated tokens around
 * the densest run of matches. A Vietnamese token is a syllable, not a word:
 * "tập huấn", "chuyển đổi" are one word each, so a cut at any token can leave
 * "huấn chuyển đổi số…", half of a word. Without a dictionary the only places
 * known to fall between words are the ends of sentences and clauses, so the
 * snippet is widened or narrowed (by a few syllables at most) to start after
 * and end on a punctuation mark (. ! ? : ; , …) or at the start or end of the
 * text, and says "…" only where it still had to cut mid-clause.
 *
 * Pure: works on the fragment's text and match positions that Pagefind
 * returns (`content`, `locations`), spelled as the index spells them.
 */
import type { ExcerptSegment } from './result.ts';
import { decodeIndexText } from './index-text.ts';

/** How Pagefind splits a fragment into words, so that its `locations` index the same words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
/** A token that ends a sentence or a clause: the next token starts a new word. */
const CLAUSE_END = /[.!?:;,…)\]»”"]$/u;
/** Marks a cut that falls inside a clause. */
export const ELLIPSIS = '…';

export interface SnippetOptions {
  /** Tokens in the window before it is moved to clause boundaries; Pagefind's `excerptLength`. */
  length: number;
  /** How many tokens each end may move to reach a clause boundary. */
  slack?: number;
}

/** Where the densest run of matches starts: the window of `length` tokens with the most matches, the middle one of a tie (as Pagefind does). */
function densestWindow(count: number, matches: ReadonlySet<number>, length: number): number {
  if (count <= length || matches.size === 0) return 0;
  let best = -1;
  let bestStarts: number[] = [];
  let sum = 0;
  for (let index = 0; index < length; index += 1) if (matches.has(index)) sum += 1;
  for (let start = 0; start + length <= count; start += 1) {
    if (start > 0) sum += (matches.has(start + length - 1) ? 1 : 0) - (matches.has(start - 1) ? 1 : 0);
    if (sum > best) {
      best = sum;
      bestStarts = [start];
    } else if (sum === best && bestStarts[bestStarts.length - 1] === start - 1) {
      bestStarts.push(start);
    }
  }
  return bestStarts[Math.floor(bestStarts.length / 2)] ?? 0;
}

const endsClause = (words: readonly string[], index: number) => index < 0 || CLAUSE_END.test(words[index] ?? '');

/**
 * Moves the start to just after the nearest clause end, back or forward (back
 * on a tie), never past the first match. Returns [start, onBoundary].
 */
function snapStart(words: readonly string[], start: number, firstMatch: number, slack: number): [number, boolean] {
  for (let distance = 0; distance <= slack; distance += 1) {
    if (start - distance >= 0 && endsClause(words, start - distance - 1)) return [start - distance, true];
    if (distance > 0 && start + distance <= firstMatch && endsClause(words, start + distance - 1)) return [start + distance, true];
  }
  return [start, false];
}

/**
 * Moves the end (exclusive) to just after the nearest clause end, forward or
 * back (forward on a tie), never before the last match. Returns [end, onBoundary].
 */
function snapEnd(words: readonly string[], end: number, lastMatch: number, slack: number): [number, boolean] {
  const count = words.length;
  for (let distance = 0; distance <= slack; distance += 1) {
    const ahead = end + distance;
    if (ahead <= count && (ahead === count || endsClause(words, ahead - 1))) return [ahead, true];
    const back = end - distance;
    if (distance > 0 && back > lastMatch && endsClause(words, back - 1)) return [back, true];
  }
  return [end, false];
}

/**
 * The snippet of a result: the text around its matches, starting and ending
 * at clause boundaries where one is near, the matched tokens marked, decoded
 * from the index spelling (đ, "1.4"). Never HTML: plain text runs.
 *
 * @example
 * buildSnippet('Năm 2024, phường tổ chức tập huấn chuyển đổi số cho cán bộ. Sau đó…', [7, 8], { length: 6 });
 * // [{ text: 'phường tổ chức tập huấn ', mark: false }, { text: 'chuyển đổi', mark: true }, { text: ' số cho cán bộ.', mark: false }]
 */
export function buildSnippet(content: string, locations: readonly number[], { length, slack = 6 }: SnippetOptions): ExcerptSegment[] {
  // Split as Pagefind splits (empty tokens kept where the text starts or ends with a space), so its locations index these tokens.
  const words = content.split(WORD_SEPARATORS);
  if (!/\S/.test(content)) return [];
  const matches = new Set(locations.filter((location) => Number.isInteger(location) && location >= 0 && location < words.length));
  const window = densestWindow(words.length, matches, length);
  const windowEnd = Math.min(words.length, window + length);
  const inWindow = [...matches].filter((location) => location >= window && location < windowEnd);
  const [start, startsClean] = snapStart(words, window, inWindow.length ? Math.min(...inWindow) : windowEnd - 1, slack);
  const [end, endsClean] = snapEnd(words, windowEnd, inWindow.length ? Math.max(...inWindow) : start, slack);

  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    const previous = segments[segments.length - 1];
    if (previous && previous.mark === mark) previous.text += text;
    else segments.push({ text, mark });
  };
  const hasText = (from: number, to: number) => words.slice(from, to).some((word) => word.length > 0);
  if (hasText(0, start) && !startsClean) push(`${ELLIPSIS} `, false);
  let previousShown = -1;
  for (let index = start; index < end; index += 1) {
    const word = words[index] ?? '';
    if (word.length === 0) continue;
    const mark = matches.has(index);
    if (previousShown >= 0) push(' ', mark && matches.has(previousShown));
    push(decodeIndexText(word), mark);
    previousShown = index;
  }
  if (hasText(end, words.length) && !endsClean) push(` ${ELLIPSIS}`, false);
  return segments;
}
