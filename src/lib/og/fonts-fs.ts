/**
 * Reads the image fonts from the @fontsource/be-vietnam-pro package: one
 * WOFF file per subset and weight, each subset under its own family name
 * (see draw/theme.ts). WOFF, not WOFF2, which satori's older releases could
 * not read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OG_FONT_SUBSETS, OG_FONT_WEIGHTS, ogFontFamily } from './draw/theme.ts';
import type { OgFont } from './render.ts';

const require = createRequire(import.meta.url);

/** The fonts and a hash of their bytes, for the cache key. */
export interface OgFontSet {
  fonts: OgFont[];
  hash: string;
}

let cached: OgFontSet | undefined;

/**
 * Loads the fonts once per process.
 * @example
 * const { fonts, hash } = loadOgFonts();
 */
export function loadOgFonts(): OgFontSet {
  if (cached) return cached;
  const hash = createHash('sha256');
  const fonts: OgFont[] = [];
  for (const subset of OG_FONT_SUBSETS) {
    for (const weight of OG_FONT_WEIGHTS) {
      const file = require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`);
      const data = readFileSync(file);
      hash.update(`${subset}-${weight}:`).update(data);
      fonts.push({ name: ogFontFamily(subset), data, weight, style: 'normal' });
    }
  }
  cached = { fonts, hash: hash.digest('hex') };
  return cached;
}
