import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { getContentDir } from '../../lib/content/content-dir-fs.ts';
import { CMS_PATH } from '../../lib/cms/config.ts';
import { cmsEditorFile, listPublicFiles, writeCmsEditor } from '../../lib/cms/write-fs.ts';
import { loadPortalModel } from '../../lib/portal/model-fs.ts';

/**
 * The browser editor at /quan-tri/ (docs/adr/0014-browser-editor.md), written
 * after Astro's pages: it is not an Astro page, so it carries its own content
 * security policy, stays out of the sitemap and the search index, and the
 * site's pages keep theirs.
 */
export default function cmsEditor(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dti-portal:cms-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // `npm run dev` serves the same files, made from the current content, for use with `npx decap-server`.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(CMS_PATH)) return next();
          let file: ReturnType<typeof cmsEditorFile>;
          try {
            const model = loadPortalModel(getContentDir(root), root);
            file = model.site.repository ? cmsEditorFile(path.slice(CMS_PATH.length), model, { publicFiles: listPublicFiles(root) }) : undefined;
          } catch {
            return next(); // invalid content: the content-validation integration has logged it
          }
          if (!file) return next();
          response.setHeader('content-type', file.type);
          response.end(file.body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        // The model is already loaded (and cached) by the content-validation integration.
        const model = loadPortalModel(getContentDir(root), root);
        if (!model.site.repository) {
          logger.warn('site.yaml không có mục repository: bỏ qua trình soạn thảo /quan-tri/.');
          return;
        }
        const files = writeCmsEditor(fileURLToPath(dir), model, { publicFiles: listPublicFiles(root) });
        logger.info(`Trình soạn thảo /quan-tri/: ${files.length} tệp (cấu hình sinh từ content/).`);
      },
    },
  };
}
