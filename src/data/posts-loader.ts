import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPortalModel } from '../lib/portal/model-fs.ts';
import { parsePostPath } from '../lib/posts/path.ts';

/**
 * The posts collection's loader: Astro's glob loader over content/posts/, with
 * every draft excluded by name, so a draft never enters the content store and
 * can never reach dist/. Entry ids are the posts' URL slugs (unique, validated).
 *
 * Content was validated before this runs (the content-validation integration
 * at astro:config:setup), so nothing unsafe is ever compiled.
 */
export function postsLoader(contentDir: string): Loader {
  const postsDir = join(contentDir, 'posts');
  if (!existsSync(postsDir)) {
    return { name: 'portal-posts-none', load: async ({ store }) => store.clear() };
  }
  const drafts = (loadPortalModel(contentDir).posts ?? []).filter((post) => post.draft).map((post) => `!${post.path}`);
  return glob({
    pattern: ['*/*.{md,mdx}', ...drafts],
    base: postsDir,
    generateId: ({ entry }) => {
      const path = parsePostPath(entry);
      if (!path.ok) throw new Error(`${entry}: ${path.problem.message}`);
      return path.value.slug;
    },
  });
}
