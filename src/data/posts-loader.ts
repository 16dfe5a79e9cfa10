import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPortalModel } from '../lib/portal/model-fs.ts';
import { parsePostPath } from '../lib/posts/path.ts';

/**
 * The posts collection's loader: Astro's glob loader over content/posts/, with
 * every draft, and every post dated after `asOf` (issue 15: nothing dated later is shown), excluded
 * by name, so it never enters the content store and can never reach dist/. Entry ids are the posts' URL slugs (unique, validated).
 *
 * Content was validated before this runs (the content-validation integration
 * at astro:config:setup), so nothing unsafe is ever compiled.
 */
export function postsLoader(contentDir: string): Loader {
  const postsDir = join(contentDir, 'posts');
  if (!existsSync(postsDir)) {
    return { name: 'portal-posts-none', load: async ({ store }) => store.clear() };
  }
  const model = loadPortalModel(contentDir);
  const hidden = (model.posts ?? []).filter((post) => post.draft || post.date > model.site.asOf).map((post) => `!${post.path}`);
  return glob({
    pattern: ['*/*.{md,mdx}', ...hidden],
    base: postsDir,
    generateId: ({ entry }) => {
      const path = parsePostPath(entry);
      if (!path.ok) throw new Error(`${entry}: ${path.problem.message}`);
      return path.value.slug;
    },
  });
}
