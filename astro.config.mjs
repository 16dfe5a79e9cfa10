// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentValidation from './src/integrations/content-validation.ts';
import { readSiteUrl } from './src/lib/site-url-fs.ts';

export default defineConfig({
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentValidation(), mdx({ remarkPlugins: [remarkGfm] })],
});
