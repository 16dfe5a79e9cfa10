import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_INDEX_HANDOFF_ENV, writeSearchIndexHandoff } from './deferred.ts';
import { resolvePagefindOptions, type PagefindOptions } from './options.ts';
import { runPagefind } from './runner.ts';

/**
 * Builds the Pagefind search index after every `astro build`
 * (docs/adr/0008-search-vietnamese-pagefind.md). Under `npm run build` it
 * hands the work to scripts/build.ts instead, which indexes once Astro's
 * process has ended and freed its memory (docs/adr/0012-search-index-after-astro.md).
 */
export default function pagefindSearch(userOptions?: PagefindOptions): AstroIntegration {
  const options = resolvePagefindOptions(userOptions);
  let cacheDir: string | undefined;
  return {
    name: 'dti-portal:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cacheDir: a fixture site (own cacheDir) keeps its own bundles; a cold build starts empty.
        cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const handoff = process.env[SEARCH_INDEX_HANDOFF_ENV];
        if (handoff) {
          writeSearchIndexHandoff(handoff, { dir: fileURLToPath(dir), options, cacheDir });
          logger.info('Chỉ mục tìm kiếm sẽ được lập sau khi Astro kết thúc, trong tiến trình của npm run build.');
          return;
        }
        await runPagefind({ dir: fileURLToPath(dir), logger, options, cacheDir });
      },
    },
  };
}
