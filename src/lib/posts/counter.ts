/**
 * The indicator 1.4 counter: posts published in the plan year, per unit,
 * against the targets the indicator itself states (never hard-coded). Which
 * posts count toward the city target is decided in docs/adr/0006.
 */
import type { Indicator, IndicatorTarget } from '../content/schemas/indicator.ts';
import type { UnitKind } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import type { PostTally } from '../progress/derived.ts';
import { attainment } from '../progress/target.ts';
import type { Post } from './schema.ts';

type Counted = Pick<Post, 'unit' | 'date' | 'draft'>;

/** Units whose posts appear on the city portal and count toward its city-wide target. */
export const CITY_LEVEL_KINDS: readonly UnitKind[] = ['agency', 'organization'];

/** The progress model's shape for counted posts (src/lib/progress/derived.ts). */
export type { PostTally };

function isCounted(post: Counted, year: number): boolean {
  return !post.draft && post.date.startsWith(`${year}-`);
}

/**
 * Counts each unit's published (non-draft) posts dated in the plan year.
 * Units without such posts are absent from the map.
 * @example
 * countPostsByUnit([
 *   { unit: 'phuong-tran-phu', date: '2024-03-05', draft: false },
 *   { unit: 'phuong-tran-phu', date: '2023-12-31', draft: false }, // another year
 *   { unit: 'phuong-tran-phu', date: '2024-04-01', draft: true }, // draft
 * ], 2024); // Map { 'phuong-tran-phu' => 1 }
 */
export function countPostsByUnit(posts: readonly Counted[], year: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) if (isCounted(post, year)) counts.set(post.unit, (counts.get(post.unit) ?? 0) + 1);
  return counts;
}

/**
 * Like countPostsByUnit, with the latest date and whether any counted post is demonstration content.
 * @example
 * tallyPostsByUnit([{ unit: 'xa-song-mai', date: '2024-05-02', draft: false, demo: true }], 2024).get('xa-song-mai');
 * // { count: 1, latest: '2024-05-02', demo: true }
 */
export function tallyPostsByUnit(posts: readonly (Counted & Pick<Post, 'demo'>)[], year: number): Map<string, PostTally> {
  const tallies = new Map<string, PostTally>();
  for (const post of posts) {
    if (!isCounted(post, year)) continue;
    const tally = tallies.get(post.unit) ?? { count: 0, demo: false };
    tallies.set(post.unit, {
      count: tally.count + 1,
      latest: !tally.latest || post.date > tally.latest ? post.date : tally.latest,
      demo: tally.demo || post.demo,
    });
  }
  return tallies;
}

/**
 * Whether a unit's posts belong to the city portal (see CITY_LEVEL_KINDS).
 * @example
 * isCityLevel({ kind: 'agency' }); // true
 * isCityLevel({ kind: 'ward' }); // false
 */
export function isCityLevel(unit: Pick<Unit, 'kind'>): boolean {
  return CITY_LEVEL_KINDS.includes(unit.kind);
}

/**
 * Tallies for the progress figures: a ward or commune gets its own tally; a
 * city-level unit gets the city portal's total, since the city target is the
 * portal's, and the unit leading 1.4 answers for it.
 * @example
 * postTalliesForProgress(posts, units, 2024).get('phong-vhtt')?.count; // every agency's and organization's posts
 */
export function postTalliesForProgress(
  posts: readonly (Counted & Pick<Post, 'demo'>)[],
  units: readonly Pick<Unit, 'id' | 'kind'>[],
  year: number,
): Map<string, PostTally> {
  const own = tallyPostsByUnit(posts, year);
  const city: PostTally = { count: 0, demo: false };
  for (const unit of units.filter(isCityLevel)) {
    const tally = own.get(unit.id);
    if (!tally) continue;
    city.count += tally.count;
    city.demo ||= tally.demo;
    if (tally.latest && (!city.latest || tally.latest > city.latest)) city.latest = tally.latest;
  }
  const result = new Map<string, PostTally>();
  for (const unit of units) result.set(unit.id, isCityLevel(unit) ? { ...city } : own.get(unit.id) ?? { count: 0, demo: false });
  return result;
}

/**
 * The indicator counted from posts: the one whose progressSource is "posts" (1.4 in the 2024 plan).
 * @example
 * findPostsIndicator(indicators)?.id; // '1.4'
 */
export function findPostsIndicator<T extends Pick<Indicator, 'progressSource'>>(indicators: readonly T[]): T | undefined {
  return indicators.find((indicator) => indicator.progressSource === 'posts');
}

/** One line of the counter: a count against its target. */
export interface PostCountRow {
  count: number;
  /** Of which demonstration posts. */
  demoCount: number;
  target?: IndicatorTarget;
  met?: boolean;
  /** Posts still needed to meet the target; 0 once met. */
  remaining?: number;
}

/** The counter: the city portal's total, and each unit's own count. */
export interface PostCounter {
  indicator: Pick<Indicator, 'id' | 'title'>;
  year: number;
  city: PostCountRow & { units: { unit: Unit; count: number }[] };
  units: (PostCountRow & { unit: Unit; countsTowardCity: boolean })[];
}

/**
 * How many more posts a target needs.
 * @example
 * postsStillNeeded({ comparator: '>', value: 20 }, 15); // 6
 * postsStillNeeded({ comparator: '>=', value: 20 }, 25); // 0
 */
export function postsStillNeeded(target: Pick<IndicatorTarget, 'comparator' | 'value'>, count: number): number {
  const needed = target.comparator === '>' ? Math.floor(target.value) + 1 : target.comparator === '>=' ? Math.ceil(target.value) : count;
  return Math.max(0, needed - count);
}

function row(count: number, demoCount: number, target: IndicatorTarget | undefined): PostCountRow {
  if (!target) return { count, demoCount };
  return { count, demoCount, target, met: attainment(target, count)?.met ?? false, remaining: postsStillNeeded(target, count) };
}

/**
 * Pairs per-unit counts with the indicator's own targets: the `city` target
 * for the sum of city-level units, and the target for each unit's kind
 * (`ward`, `commune`, …) for that unit.
 * @example
 * const counter = pairPostCountsWithTargets({ counts, demoCounts, indicator: indicator14, units, year: 2024 });
 * counter.city.target?.value; // 50, read from content/indicators/
 */
export function pairPostCountsWithTargets(input: {
  counts: ReadonlyMap<string, number>;
  demoCounts?: ReadonlyMap<string, number>;
  indicator: Pick<Indicator, 'id' | 'title' | 'targets'>;
  /** The units active in the plan year. */
  units: readonly Unit[];
  year: number;
}): PostCounter {
  const { counts, demoCounts = new Map<string, number>(), indicator, units, year } = input;
  const cityTarget = indicator.targets.find((target) => target.measure === 'count' && target.appliesTo.includes('city'));
  const cityUnits = units.filter(isCityLevel).map((unit) => ({ unit, count: counts.get(unit.id) ?? 0 }));
  const cityCount = cityUnits.reduce((sum, entry) => sum + entry.count, 0);
  const cityDemo = units.filter(isCityLevel).reduce((sum, unit) => sum + (demoCounts.get(unit.id) ?? 0), 0);
  return {
    indicator: { id: indicator.id, title: indicator.title },
    year,
    city: { ...row(cityCount, cityDemo, cityTarget), units: cityUnits },
    units: units.map((unit) => {
      const target = indicator.targets.find(
        (candidate) => candidate.measure === 'count' && (candidate.appliesTo as readonly string[]).includes(unit.kind),
      );
      return {
        unit,
        countsTowardCity: isCityLevel(unit),
        ...row(counts.get(unit.id) ?? 0, demoCounts.get(unit.id) ?? 0, target),
      };
    }),
  };
}
