/**
 * Draws a model to PNG: satori lays out the element tree and writes SVG with
 * the glyphs as paths; sharp (librsvg) rasterises it, about twice as fast as
 * resvg here. No file system: fonts come in as bytes.
 */
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type OgImageModel } from './model.ts';
import { drawOgImage } from './draw/templates.ts';
import type { OgNode } from './draw/node.ts';

/** A font as satori takes it. */
export type OgFont = SatoriOptions['fonts'][number];

/**
 * PNG settings: zlib level 4 without adaptive filtering encodes a 1200×630
 * card in about half the time of sharp's default, for files about 10% larger
 * (50–70 KB, far below Facebook's 8 MB). Part of the cache key.
 */
export const OG_PNG_OPTIONS = { compressionLevel: 4, adaptiveFiltering: false } as const;

/** A laid-out box, as satori reports it. */
export interface OgLaidOutNode {
  type: string;
  left: number;
  top: number;
  width: number;
  height: number;
  textContent?: string;
}

/**
 * The SVG of a model's image. `onNode` receives every laid-out box, which
 * tests use to check that text stays inside the image.
 */
export function renderOgSvg(model: OgImageModel, fonts: readonly OgFont[], onNode?: (node: OgLaidOutNode) => void): Promise<string> {
  const element = drawOgImage(model) satisfies OgNode;
  return satori(element as unknown as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: [...fonts],
    ...(onNode ? { onNodeDetected: onNode } : {}),
  });
}

/** Rasterises an image's SVG to PNG. */
export function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(OG_PNG_OPTIONS).toBuffer();
}

/**
 * The PNG of a model's image, 1200×630.
 * @example
 * const png = await renderOgPng(model, await loadOgFonts());
 */
export async function renderOgPng(model: OgImageModel, fonts: readonly OgFont[]): Promise<Buffer> {
  return svgToPng(await renderOgSvg(model, fonts));
}

/** The renderer's library versions, part of every cache key. */
export function rendererVersions(): Record<string, string> {
  return { sharp: sharp.versions.sharp ?? 'unknown', vips: sharp.versions.vips };
}
