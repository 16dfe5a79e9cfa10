/**
 * Options of the social-image integration, validated up front: a wrong
 * option fails the build with a message, never a warning.
 */
import { z } from 'zod';
import { join } from 'node:path';

export const ogImagesOptionsSchema = z
  .object({
    /** Where rendered images are kept between builds. Default: `og/` in Astro's cacheDir, so a fixture site (own cacheDir) has its own. */
    cacheDir: z.string().min(1).optional(),
    /** Images rendered at the same time: satori lays out one while sharp encodes another. */
    concurrency: z.int().min(1).max(16).default(2),
    /** Remove cached images that this build did not use, so the cache never outgrows the site. */
    prune: z.boolean().default(true),
  })
  .strict();

export type OgImagesOptions = z.input<typeof ogImagesOptionsSchema>;
export type ResolvedOgImagesOptions = Omit<z.output<typeof ogImagesOptionsSchema>, 'cacheDir'> & { cacheDir: string };

export type ParsedOgImagesOptions = z.output<typeof ogImagesOptionsSchema>;

/**
 * Validates the options when the config is read, so a mistake stops the build at once.
 * @example
 * parseOgImagesOptions({ concurrency: 0 }); // throws TypeError: Tùy chọn của ogImages() không hợp lệ: concurrency: …
 */
export function parseOgImagesOptions(options: OgImagesOptions | undefined): ParsedOgImagesOptions {
  const parsed = ogImagesOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`).join('; ');
    throw new TypeError(`Tùy chọn của ogImages() không hợp lệ: ${problems}. Ví dụ đúng: ogImages({ concurrency: 2 }).`);
  }
  return parsed.data;
}

/**
 * Fills in the defaults that depend on the Astro config.
 * @example
 * resolveOgImagesOptions(parseOgImagesOptions({}), '/work/main/node_modules/.astro');
 * // { cacheDir: '/work/main/node_modules/.astro/og', concurrency: 2, prune: true }
 */
export function resolveOgImagesOptions(options: ParsedOgImagesOptions, astroCacheDir: string): ResolvedOgImagesOptions {
  return { ...options, cacheDir: options.cacheDir ?? join(astroCacheDir, 'og') };
}
