/**
 * Text preparation for social images: one normal form, one kind of space,
 * and a length bound that never splits a letter from its tone mark.
 */

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * NFC-normalises text and collapses runs of white space (including line
 * breaks and no-break spaces) to one space, so the image's line breaking
 * sees exactly what a reader sees.
 * @example
 * ogText('Chuye\u0302\u0309n  đổi\nsố'); // 'Chuyển đổi số' (NFC)
 */
export function ogText(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`ogText: cần một chuỗi, nhưng nhận được ${typeof text}.`);
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Cuts text to at most `maxGraphemes` user-perceived characters, on a
 * grapheme boundary (a base letter keeps all its marks), ending in "…" when
 * cut. The drawing clamps lines itself; this only bounds the work of laying
 * out text far longer than any box, such as a 10,000-character title.
 * @example
 * limitGraphemes('Tiếng Việt', 4); // 'Tiế…'
 * limitGraphemes('Ngắn', 10); // 'Ngắn'
 */
export function limitGraphemes(text: string, maxGraphemes: number): string {
  if (!Number.isInteger(maxGraphemes) || maxGraphemes < 1) {
    throw new TypeError(`limitGraphemes: cần số nguyên dương, nhưng nhận được ${String(maxGraphemes)}.`);
  }
  // Fast path: a string no longer in code units than the limit cannot have more graphemes.
  if (text.length <= maxGraphemes) return text;
  let count = 0;
  let cut = 0;
  for (const { index } of segmenter.segment(text)) {
    if (count === maxGraphemes - 1) cut = index;
    if (count === maxGraphemes) return `${text.slice(0, cut).trimEnd()}…`;
    count += 1;
  }
  return text;
}

/**
 * The most characters that can show in `lines` lines of a box `width` pixels
 * wide at `fontSize`, with a generous margin: narrow letters such as "i"
 * are about a quarter of the font size wide.
 * @example
 * maxVisibleGraphemes({ width: 1000, fontSize: 50, lines: 3 }); // 240
 */
export function maxVisibleGraphemes(box: { width: number; fontSize: number; lines: number }): number {
  return Math.ceil((box.width / (box.fontSize * 0.25)) * box.lines);
}
