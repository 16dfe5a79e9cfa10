import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentValidationError } from '../lib/content/errors.ts';
import { getContentDir } from '../lib/content/content-dir-fs.ts';
import { loadPortalContentFromDir } from '../lib/content/load-fs.ts';

/**
 * Validates all content before Astro renders anything, so a build never
 * succeeds with data missing. (Astro's own file() loader only logs bad YAML.)
 */
export default function contentValidation(): AstroIntegration {
  return {
    name: 'dti-portal:content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = getContentDir(root);
        const started = performance.now();
        try {
          const content = loadPortalContentFromDir(contentDir, root);
          logger.info(
            `Nội dung hợp lệ: ${content.indicators.length} chỉ số, ${content.pillars.length} trụ cột, ${content.units.length} đơn vị (${Math.round(performance.now() - started)} ms).`,
          );
        } catch (error) {
          if (error instanceof ContentValidationError) {
            logger.error(error.message);
            throw new Error(`Nội dung không hợp lệ (${error.issues.length} lỗi); xem chi tiết ở trên.`, { cause: error });
          }
          throw error;
        }
      },
    },
  };
}
