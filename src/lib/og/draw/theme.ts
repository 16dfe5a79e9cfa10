/**
 * Colours, sizes and fonts of the social images, matching the portal's
 * stylesheet (deep red accent, deep blue links, yellow notices).
 */
import type { EffectiveStatus } from '../../content/schemas/taxonomies.ts';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../model.ts';

/** Horizontal and vertical padding inside the image. */
export const OG_PADDING = 56;
export const OG_PADDING_Y = 36;
/** The width inside the padding, where all text lives. */
export const OG_CONTENT_WIDTH = OG_IMAGE_WIDTH - 2 * OG_PADDING;
/** The band across the top, in the portal's accent colour. */
export const OG_TOP_BAND = 14;
/** The box all content must stay inside. */
export const OG_SAFE_BOX = { left: OG_PADDING, top: OG_TOP_BAND + OG_PADDING_Y, right: OG_IMAGE_WIDTH - OG_PADDING, bottom: OG_IMAGE_HEIGHT - OG_PADDING_Y } as const;

export const colors = {
  text: '#1a1a1a',
  muted: '#4a4a4a',
  background: '#ffffff',
  surface: '#f4f5f7',
  border: '#c9ccd1',
  accent: '#9b1c1f',
  link: '#0b4a85',
  track: '#e3e5e8',
  noticeBackground: '#fff4cc',
  noticeBorder: '#8a6d00',
} as const;

/** Each status's colour; white text on each has a contrast of at least 4.5:1. */
export const statusColors: Record<EffectiveStatus, string> = {
  done: '#1d6b35',
  'on-track': '#0b4a85',
  'within-deadline': '#0b4a85',
  'no-deadline': '#4a4a4a',
  'due-soon': '#7a4f00',
  behind: '#8a3b00',
  'below-cadence': '#8a3b00',
  overdue: '#9b1c1f',
  'not-reported': '#4a4a4a',
  'not-applicable': '#5f6368',
};

/** A completion bar's colour: green when complete, blue otherwise. */
export const completionColor = (percent: number | undefined) => (percent !== undefined && percent >= 100 ? statusColors.done : colors.link);

/**
 * The font files, one family per Fontsource subset: satori picks a font per
 * family, not per unicode-range, so a single family name would lose the
 * Vietnamese letters (ư, ơ, đ, ệ…) that only the "vietnamese" subset holds.
 */
export const OG_FONT_SUBSETS = ['vietnamese', 'latin-ext', 'latin'] as const;
export const OG_FONT_WEIGHTS = [400, 700] as const;
export type OgFontSubset = (typeof OG_FONT_SUBSETS)[number];
export type OgFontWeight = (typeof OG_FONT_WEIGHTS)[number];

/** The family name each subset is registered under. */
export const ogFontFamily = (subset: OgFontSubset) => `Be Vietnam Pro ${subset}`;

/** The CSS font-family list: the Vietnamese subset first. */
export const OG_FONT_STACK = OG_FONT_SUBSETS.map((subset) => `'${ogFontFamily(subset)}'`).join(', ');
