import type { AstroIntegration } from 'astro';
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
  return {
    name: 'dti-portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const handoff = process.env[SEARCH_INDEX_HANDOFF_ENV];
        if (handoff) {
          writeSearchIndexHandoff(handoff, { dir: fileURLToPath(dir), options });
          logger.info('Chỉ mục tìm kiếm sẽ được lập sau khi Astro kết thúc, trong tiến trình của npm run build.');
          return;
        }
        await runPagefind({ dir: fileURLToPath(dir), logger, options });
      },
    },
  };
}
