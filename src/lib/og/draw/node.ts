import { limitGraphemes, maxVisibleGraphemes } from '../text.ts';
import { OG_CONTENT_WIDTH } from './theme.ts';

/**
 * A minimal element tree in the shape satori reads (type, props.style,
 * props.children), so drawing needs neither React nor JSX.
 */

/** CSS properties in satori's camelCase form. */
export type OgStyle = Record<string, string | number>;

export interface OgNode {
  type: string;
  props: { style?: OgStyle; children?: OgChild | OgChild[] };
}

export type OgChild = OgNode | string;

/**
 * Builds a `div`. Satori needs `display: flex` on any box with more than one
 * child, so every box is a flex box unless the style says otherwise.
 * @example
 * box({ flexDirection: 'column' }, 'Chỉ số 1.4', box({ height: 8 }));
 */
export function box(style: OgStyle, ...children: (OgChild | false | undefined)[]): OgNode {
  const kept = children.filter((child): child is OgChild => child !== false && child !== undefined);
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kept } };
}

/**
 * A block of text clamped to `lines` lines, ending in "…" when cut; satori
 * measures the glyphs, so the ellipsis always fits and no glyph is cut. The
 * clamp applies only to a box whose only child is the text, so it is kept
 * that way here. Text far longer than the box could ever show is shortened
 * first (on a grapheme boundary), only to bound the layout work.
 * @example
 * text('Tiêu đề rất dài…', { fontSize: 52, fontWeight: 700 }, 3);
 */
export function text(content: string, style: OgStyle & { fontSize: number }, lines = 1, width = OG_CONTENT_WIDTH): OgNode {
  const bounded = limitGraphemes(content, maxVisibleGraphemes({ width, fontSize: style.fontSize, lines }));
  return {
    type: 'div',
    props: {
      style: { display: 'block', lineClamp: lines, textOverflow: 'ellipsis', overflowWrap: 'anywhere', ...style },
      children: bounded,
    },
  };
}
