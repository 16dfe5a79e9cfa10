import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { getContentDir } from './lib/content/content-dir-fs.ts';
import { loadPortalContentFromDir } from './lib/content/load-fs.ts';
import type { PortalContent } from './lib/content/load.ts';
import { indicatorSchema } from './lib/content/schemas/indicator.ts';
import { legalDocumentSchema } from './lib/content/schemas/legal-document.ts';
import { relatedLinkSchema } from './lib/content/schemas/related-link.ts';
import { pillarSchema } from './lib/content/schemas/pillar.ts';
import { planSchema } from './lib/content/schemas/plan.ts';
import { progressFileSchema } from './lib/content/schemas/progress.ts';
import { siteSchema } from './lib/content/schemas/site.ts';
import { unitGroupSchema, unitSchema } from './lib/content/schemas/unit.ts';
import { postsLoader } from './data/posts-loader.ts';
import { postCoverSchema, postFrontmatterSchema } from './lib/posts/schema.ts';

const contentDir = getContentDir();

// The collections below all read the same validated content: validate it once per sync, not once per
// collection (at 1,600 wards and 10,000 posts each validation takes ~20 s; BENCHMARKS.md). A change to
// a content file drops the shared result, so the next sync validates again.
let validated: PortalContent | undefined;
const validatedContent = () => (validated ??= loadPortalContentFromDir(contentDir));

/**
 * A loader over the validated content: it throws on any invalid file instead
 * of logging and carrying on, and reloads when a content file changes.
 */
function portalLoader(name: string, pick: (content: PortalContent) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `portal-${name}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        const entries = pick(validatedContent());
        store.clear();
        for (const entry of entries) store.set({ id: entry.id, data: await parseData(entry) });
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('change', (path: string) => {
        if (!path.startsWith(contentDir) || !/\.ya?ml$/.test(path)) return;
        validated = undefined;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/** Indicator rows are stored in appendix order, which getCollection does not keep. */
const ordered = <T extends object>(items: T[], id: (item: T) => string) =>
  items.map((item, order) => ({ id: id(item), data: { ...item, order } }));

export const collections = {
  site: defineCollection({
    loader: portalLoader('site', (content) => [{ id: 'site', data: content.site }]),
    schema: siteSchema,
  }),
  pillars: defineCollection({
    loader: portalLoader('pillars', (content) => ordered(content.pillars, (pillar) => String(pillar.id))),
    schema: pillarSchema.extend({ order: z.int() }),
  }),
  units: defineCollection({
    loader: portalLoader('units', (content) => ordered(content.units, (unit) => unit.id)),
    schema: unitSchema.and(z.object({ order: z.int() })),
  }),
  unitGroups: defineCollection({
    loader: portalLoader('unit-groups', (content) => ordered(content.groups, (group) => group.id)),
    schema: unitGroupSchema.extend({ order: z.int() }),
  }),
  indicators: defineCollection({
    loader: portalLoader('indicators', (content) => ordered(content.indicators, (indicator) => indicator.id)),
    schema: indicatorSchema.extend({ order: z.int() }),
  }),
  progress: defineCollection({
    loader: portalLoader('progress', (content) => content.progressFiles.map((file) => ({ id: file.unit, data: file }))),
    schema: progressFileSchema,
  }),
  documents: defineCollection({
    loader: portalLoader('documents', (content) => ordered(content.documents ?? [], (document) => document.id)),
    schema: legalDocumentSchema.and(z.object({ order: z.int() })),
  }),
  relatedLinks: defineCollection({
    loader: portalLoader('related-links', (content) => ordered(content.links ?? [], (link) => link.id)),
    schema: relatedLinkSchema.extend({ order: z.int() }),
  }),
  plan: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: join(contentDir, 'plan') }),
    schema: planSchema,
  }),
  /** News posts (indicator 1.4); drafts are never loaded. The cover becomes an optimised local image. */
  posts: defineCollection({
    loader: postsLoader(contentDir),
    schema: ({ image }) => postFrontmatterSchema.extend({ cover: postCoverSchema.extend({ src: image() }).optional() }),
  }),
};
