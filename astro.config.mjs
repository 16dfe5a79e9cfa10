// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentValidation from './src/integrations/content-validation.ts';
import { readSiteUrl } from './src/lib/site-url-fs.ts';

export default defineConfig({
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Markdown and MDX share one pipeline; remark-gfm gives GFM tables in both.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [contentValidation(), mdx()],
});
