import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadPageRecords, savePageRecords } from '../../lib/og/records-fs.ts';
import type { OgImageModel } from '../../lib/og/model.ts';
import { parseOgImagesOptions, resolveOgImagesOptions, type OgImagesOptions, type ResolvedOgImagesOptions } from './options.ts';
import { generateOgImages } from './runner.ts';

/** Where Astro's incremental build keeps its manifest (astro/dist/core/build/incremental.js). */
const ASTRO_INCREMENTAL_MANIFEST = 'incremental-build.json';

/**
 * Social images (1200×630 PNG) for every built page, at the address each
 * page's og:image announces; see docs/adr/0007-social-images-after-build.md.
 */
export default function ogImages(options?: OgImagesOptions): AstroIntegration {
  const parsed = parseOgImagesOptions(options);
  let resolved: ResolvedOgImagesOptions | undefined;
  let astroManifest: string | undefined;
  let previousRecords: Map<string, OgImageModel> = new Map();
  return {
    name: 'dti-portal:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        resolved = resolveOgImagesOptions(parsed, fileURLToPath(config.cacheDir));
        astroManifest = config.experimental.incrementalBuild ? fileURLToPath(new URL(ASTRO_INCREMENTAL_MANIFEST, config.cacheDir)) : undefined;
      },
      // Before Astro reads its manifest: pages it will copy rather than render need last build's image models.
      'astro:build:start': ({ logger }) => {
        if (!resolved || !astroManifest) return;
        const loaded = loadPageRecords(resolved.cacheDir, astroManifest);
        previousRecords = loaded.records;
        if (loaded.reset) logger.info('Bộ nhớ đệm trang không khớp với mô hình ảnh đã lưu: dựng lại mọi trang lần này.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!resolved) throw new Error('ogImages: astro:config:done chưa chạy.');
        try {
          const report = await generateOgImages({ ...resolved, distDir: fileURLToPath(dir), logger, previousRecords });
          if (astroManifest) savePageRecords(resolved.cacheDir, astroManifest, report.records);
        } catch (error) {
          throw new Error(`Không tạo được ảnh chia sẻ: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
