import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentValidationError } from '../lib/content/errors.ts';
import { getContentDir } from '../lib/content/content-dir-fs.ts';
import { leftOutLine } from '../lib/timeline/cut-off.ts';
import { auditLogLines } from '../lib/audit/trail.ts';
import { invalidatePortalModel, loadPortalModel, portalModelConstructions } from '../lib/portal/model-fs.ts';

/** Logged once a build ends; test/build/model-once.test.ts reads it from a real build's output. */
export const MODEL_CONSTRUCTIONS_LOG = 'Mô hình cổng được dựng';

/**
 * Validates all content and builds the portal model before Astro renders
 * anything, so a build never succeeds with data missing; every page, image,
 * feed and open-data file then reads that one model (src/lib/portal/model-fs.ts).
 * The dev server validates again, and rebuilds the model, when a content file changes.
 */
export default function contentValidation(): AstroIntegration {
  let root = process.cwd();
  const load = (logger: { info(message: string): void; warn(message: string): void; error(message: string): void }) => {
    const contentDir = getContentDir(root);
    const started = performance.now();
    try {
      const model = loadPortalModel(contentDir, root);
      logger.info(
        `Nội dung hợp lệ: ${model.indicators.length} chỉ số, ${model.pillars.length} trụ cột, ${model.units.length} đơn vị (${Math.round(performance.now() - started)} ms).`,
      );
      logger.info(leftOutLine(model.leftOut, model.site.asOf));
      // Once per build: why there is no audit trail, or each rewritten report history.
      const audit = auditLogLines(model.audit);
      audit.info.forEach((line) => logger.info(line));
      audit.warn.forEach((line) => logger.warn(line));
    } catch (error) {
      if (error instanceof ContentValidationError) {
        logger.error(error.message);
        throw new Error(`Nội dung không hợp lệ (${error.issues.length} lỗi); xem chi tiết ở trên.`, { cause: error });
      }
      throw error;
    }
  };
  return {
    name: 'dti-portal:content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        load(logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = getContentDir(root);
        const onChange = (path: string) => {
          if (!path.startsWith(contentDir)) return;
          invalidatePortalModel(contentDir);
          try {
            load(logger);
          } catch {
            return; // already logged; the pages show Astro's error until the content is fixed
          }
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.add(contentDir);
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`${MODEL_CONSTRUCTIONS_LOG} ${portalModelConstructions()} lần trong bản dựng này.`);
      },
    },
  };
}
