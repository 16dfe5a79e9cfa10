import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { parseOgImagesOptions, resolveOgImagesOptions, type OgImagesOptions, type ResolvedOgImagesOptions } from './options.ts';
import { generateOgImages } from './runner.ts';

/**
 * Social images (1200×630 PNG) for every built page, at the address each
 * page's og:image announces; see docs/adr/0007-social-images-after-build.md.
 */
export default function ogImages(options?: OgImagesOptions): AstroIntegration {
  const parsed = parseOgImagesOptions(options);
  let resolved: ResolvedOgImagesOptions | undefined;
  return {
    name: 'dti-portal:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        resolved = resolveOgImagesOptions(parsed, fileURLToPath(config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!resolved) throw new Error('ogImages: astro:config:done chưa chạy.');
        try {
          await generateOgImages({ ...resolved, distDir: fileURLToPath(dir), logger });
        } catch (error) {
          throw new Error(`Không tạo được ảnh chia sẻ: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
