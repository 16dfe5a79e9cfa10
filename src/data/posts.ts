import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Unit } from '../lib/content/schemas/unit.ts';
import { countIndicatorPosts, type PostCounter } from '../lib/posts/counter.ts';
import { parsePostPath } from '../lib/posts/path.ts';
import { countListedPostsByPillar, publishedPosts } from '../lib/posts/listing.ts';
import { paginate, POSTS_PER_PAGE, type ListPage } from '../lib/posts/paginate.ts';
import type { Post } from '../lib/posts/schema.ts';
import { getPortal } from './portal.ts';

/** A published post with its collection entry, for rendering. */
export interface PublishedPost extends Omit<Post, 'cover'> {
  cover?: { src: ImageMetadata; alt: string };
  entry: CollectionEntry<'posts'>;
}

let cached: Promise<PublishedPost[]> | undefined;

/**
 * Every published post, newest first. Drafts never enter the collection; they
 * are filtered again here so that no page can list one.
 */
export function getPublishedPosts(): Promise<PublishedPost[]> {
  cached ??= (async () => {
    const entries = await getCollection('posts');
    const posts = entries.map((entry): PublishedPost => {
      const file = entry.filePath ?? entry.id;
      const path = file.split('/').slice(-2).join('/');
      const parsed = parsePostPath(path);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`);
      return { ...entry.data, file, path, slug: entry.id, format: parsed.value.format, entry };
    });
    return publishedPosts(posts);
  })();
  return cached;
}

let counterCached: Promise<PostCounter | undefined> | undefined;

/** The 1.4 counter for every unit active in the plan year, or undefined when no indicator is counted from posts. Computed once a build. */
export function getPostCounter(): Promise<PostCounter | undefined> {
  counterCached ??= loadPostCounter();
  return counterCached;
}

async function loadPostCounter(): Promise<PostCounter | undefined> {
  const [model, posts] = await Promise.all([getPortal(), getPublishedPosts()]);
  return countIndicatorPosts({
    posts,
    indicators: model.indicators,
    units: model.unitsByKind().flatMap((entry) => entry.units),
    year: model.site.year,
  });
}

/** The pages of a post list, each with its address. */
export function paginatePosts(posts: readonly PublishedPost[], urlOf: (page: number) => string): ListPage<PublishedPost>[] {
  return paginate(posts, POSTS_PER_PAGE, urlOf);
}

let pillarCountsCached: Promise<Map<number, number>> | undefined;

/** Pillar id → how many published posts it has, for every news list page. Computed once a build. */
export function getPostCountsByPillar(): Promise<Map<number, number>> {
  pillarCountsCached ??= getPublishedPosts().then(countListedPostsByPillar);
  return pillarCountsCached;
}

let unitNamesCached: Promise<Record<string, string>> | undefined;

/** Unit id → name, for post cards. Computed once a build. */
export function getUnitNames(): Promise<Record<string, string>> {
  unitNamesCached ??= getPortal().then((model) => Object.fromEntries(model.units.map((unit) => [unit.id, unit.name])));
  return unitNamesCached;
}
