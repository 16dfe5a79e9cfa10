/**
 * The baseline of the build benchmark: a bare Astro 7 project that renders
 * the same news posts, as Markdown, with nothing else (no validation, no
 * portal pages, no social images, no search index, no MDX, no image
 * optimisation). The portal's build time over this one is its overhead.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Caches stay in the project: node_modules is the portal's (a symlink), and Astro's default
// cacheDir (node_modules/.astro) would clear the portal's own content store.
const CONFIG = `// Bare Astro: the same URL style as the portal, nothing else.
export default {
  site: 'https://example.vn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
};
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: './posts' }) }) };
`;

const POST_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><title>{post.data.title}</title></head>
<body><main><h1>{post.data.title}</h1><Content /></main></body></html>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><title>Tin</title></head>
<body><main><h1>Tin</h1><ul>{posts.map((post) => <li><a href={\`/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></main></body></html>
`;

/**
 * Writes the baseline project to `dir`, with the posts of `postsDir` (MDX
 * posts copied as .md: their few components then render as plain HTML tags).
 * The project uses the portal's node_modules through a symlink, with caches of its own.
 */
export function writeBaselineProject(dir: string, postsDir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src', 'pages', '[...slug].astro'), POST_PAGE);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), INDEX_PAGE);
  for (const folder of readdirSync(postsDir)) {
    mkdirSync(join(dir, 'posts', folder), { recursive: true });
    for (const name of readdirSync(join(postsDir, folder))) {
      // Images too: a post's Markdown image is optimised by bare Astro as well.
      cpSync(join(postsDir, folder, name), join(dir, 'posts', folder, name.replace(/\.mdx$/, '.md')));
    }
  }
}
