import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolvePagefindOptions, type PagefindOptions } from './options.ts';
import { runPagefind } from './runner.ts';

/** Builds the Pagefind search index after every `astro build` (docs/adr/0008-search-vietnamese-pagefind.md). */
export default function pagefindSearch(userOptions?: PagefindOptions): AstroIntegration {
  const options = resolvePagefindOptions(userOptions);
  return {
    name: 'dti-portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await runPagefind({ dir: fileURLToPath(dir), logger, options });
      },
    },
  };
}
