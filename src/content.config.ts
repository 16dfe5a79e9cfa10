import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { z } from 'zod';
import { getContentDir } from './lib/content/content-dir-fs.ts';
import { planSchema } from './lib/content/schemas/plan.ts';
import { postsLoader } from './data/posts-loader.ts';
import { postCoverSchema, postFrontmatterSchema } from './lib/posts/schema.ts';

const contentDir = getContentDir();

/**
 * Only what Astro must compile is a collection: the plan's MDX and the news
 * posts (whose covers need Astro's image()). Everything else is read from the
 * portal model (src/lib/portal/), validated once per build by our own loader.
 */
export const collections = {
  plan: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: join(contentDir, 'plan') }),
    schema: planSchema,
  }),
  /** News posts (indicator 1.4); drafts are never loaded. The cover becomes an optimised local image. */
  posts: defineCollection({
    loader: postsLoader(contentDir),
    // A bare file name ("anh.jpg", as the /quan-tri/ editor writes it) is beside the post, like "./anh.jpg".
    schema: ({ image }) =>
      postFrontmatterSchema.extend({ cover: postCoverSchema.extend({ src: z.preprocess((src) => (typeof src === 'string' && !/^\.{1,2}\//.test(src) ? `./${src}` : src), image()) }).optional() }),
  }),
};
