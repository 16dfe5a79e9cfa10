/**
 * The image model of every rendered page, recorded by the layout (SocialMeta)
 * from the page's own view model and read by the image step after the build:
 * the picture is drawn from the very object the page showed, never recomputed.
 * Pages and the image step run in one process but different module graphs,
 * hence globalThis.
 */
import type { OgImageModel } from './model.ts';

const RECORDS = Symbol.for('dti-portal.og-image-records');
const records = ((globalThis as Record<symbol, unknown>)[RECORDS] ??= new Map()) as Map<string, OgImageModel>;

/**
 * Records the image of the page at `pagePath` (root-relative, decoded, as og:url's path).
 * @example recordOgImage('/chi-so/1-4/', view.layout.image);
 */
export function recordOgImage(pagePath: string, model: OgImageModel): void {
  records.set(pagePath, model);
}

/** The recorded image models, by page path. */
export function recordedOgImages(): ReadonlyMap<string, OgImageModel> {
  return records;
}

/** Forgets every record (tests; a dev server's next build). */
export function clearOgImageRecords(): void {
  records.clear();
}
