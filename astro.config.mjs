// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { join } from 'node:path';
import cmsEditor from './src/integrations/cms/index.ts';
import contentValidation from './src/integrations/content-validation.ts';
import ogImages from './src/integrations/og-images/index.ts';
import pagefindSearch from './src/integrations/pagefind/index.ts';
import { getContentDir } from './src/lib/content/content-dir-fs.ts';
import { readSiteUrl } from './src/lib/site-url-fs.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/security/csp.ts';

// A fixture or another city's content (PORTAL_CONTENT_DIR) gets its own cache,
// so content stores of different sites never mix.
const contentDirOverride = process.env.PORTAL_CONTENT_DIR;

export default defineConfig({
  site: readSiteUrl(),
  ...(contentDirOverride ? { cacheDir: join(getContentDir(), '..', '.cache', 'astro') } : {}),
  trailingSlash: 'always',
  // build.concurrency stays 1 (the default): above 1 Astro's incremental build is off (docs/adr/0015-incremental-builds.md).
  build: { format: 'directory' },
  // Pages whose cacheKey (src/lib/cache-keys/: the hash of what the page shows) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  // Markdown and MDX share one pipeline; remark-gfm gives GFM tables in both.
  // No Shiki: its inline styles break the content security policy, and news posts need no code highlighting.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  // A content security policy on every page (ADR 9): Astro hashes its own styles and scripts; the search page adds 'wasm-unsafe-eval' for Pagefind.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] } } },
  // contentValidation comes first: invalid content (a hostile post included) fails the build before anything renders.
  integrations: [contentValidation(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), ogImages(), pagefindSearch(), cmsEditor()],
});
