/**
 * Ordering and grouping of posts for lists, unit pages, pillar pages and
 * previous/next links. Newest first; ties broken by slug so builds are stable.
 */
import { getPillarNumber } from '../plan/indicator-id.ts';
import type { Post } from './schema.ts';
import { memoized } from '../memo.ts';

type Listed = Pick<Post, 'date' | 'slug' | 'draft'>;

/**
 * Sort comparator: newest date first, then slug A→Z.
 * @example
 * [{ date: '2024-01-02', slug: 'b' }, { date: '2024-03-01', slug: 'a' }].sort(comparePostsNewestFirst)[0].slug; // 'a'
 */
export function comparePostsNewestFirst(a: Pick<Post, 'date' | 'slug'>, b: Pick<Post, 'date' | 'slug'>): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The posts readers see: drafts removed, newest first.
 * @example
 * publishedPosts([{ date: '2024-01-02', slug: 'nhap', draft: true }, { date: '2024-01-01', slug: 'dang', draft: false }]).map((p) => p.slug);
 * // ['dang']
 */
export function publishedPosts<T extends Listed>(posts: readonly T[]): T[] {
  return posts.filter((post) => !post.draft).sort(comparePostsNewestFirst);
}

/**
 * The pillars a post belongs to: those it names, and those of its indicators.
 * @example
 * postPillarIds({ pillars: [8], indicators: ['1.4', '4.1'] }); // [1, 4, 8]
 */
export function postPillarIds(post: Pick<Post, 'pillars' | 'indicators'>): number[] {
  const ids = new Set([...post.pillars, ...post.indicators.map(getPillarNumber)]);
  return [...ids].sort((a, b) => a - b);
}

/**
 * The posts of one unit, in the order given.
 * @example
 * postsOfUnit(posts, 'phuong-tran-phu');
 */
export function postsOfUnit<T extends Pick<Post, 'unit'>>(posts: readonly T[], unitId: string): T[] {
  return [...((postsByUnit(posts).get(unitId) ?? []) as T[])];
}

const postsByUnit = memoized((posts: readonly Pick<Post, 'unit'>[]) => Map.groupBy(posts, (post) => post.unit));

/**
 * How many of the posts given each unit has, in one pass (the list of every
 * unit, /chuyen-doi-so/don-vi/, must not filter all posts once per unit).
 * Every post counts, whatever its year, unlike the 1.4 counter's countPostsByUnit (counter.ts).
 * @example
 * countListedPostsByUnit([{ unit: 'a' }, { unit: 'b' }, { unit: 'a' }]).get('a'); // 2
 */
export function countListedPostsByUnit(posts: readonly Pick<Post, 'unit'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) counts.set(post.unit, (counts.get(post.unit) ?? 0) + 1);
  return counts;
}

/**
 * The posts of one pillar (directly or through an indicator), in the order given.
 * @example
 * postsOfPillar(posts, 1);
 */
export function postsOfPillar<T extends Pick<Post, 'pillars' | 'indicators'>>(posts: readonly T[], pillarId: number): T[] {
  return posts.filter((post) => postPillarIds(post).includes(pillarId));
}

/**
 * How many of the posts given each pillar has (directly or through an
 * indicator), in one pass: every news list page shows the pillars with their counts.
 * @example
 * countListedPostsByPillar([{ pillars: [8], indicators: ['1.4'] }, { pillars: [], indicators: ['1.2'] }]).get(1); // 2
 */
export function countListedPostsByPillar(posts: readonly Pick<Post, 'pillars' | 'indicators'>[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const post of posts) for (const id of postPillarIds(post)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The posts either side of one in a newest-first list: `newer` is published
 * after it, `older` before it.
 * @example
 * adjacentPosts([{ slug: 'c' }, { slug: 'b' }, { slug: 'a' }], 'b'); // { newer: { slug: 'c' }, older: { slug: 'a' } }
 */
export function adjacentPosts<T extends Pick<Post, 'slug'>>(sorted: readonly T[], slug: string): { newer?: T; older?: T } {
  const index = sorted.findIndex((post) => post.slug === slug);
  if (index === -1) return {};
  return { newer: sorted[index - 1], older: sorted[index + 1] };
}
