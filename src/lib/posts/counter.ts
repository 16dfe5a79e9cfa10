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
import { isUnitActiveInYear } from '../units/membership.ts';
import type { Post } from './schema.ts';

type Counted = Pick<Post, 'unit' | 'date' | 'draft'>;

/** Units whose posts appear on the city portal and count toward its city-wide target. */
export const CITY_LEVEL_KINDS: readonly UnitKind[] = ['agency', 'organization'];

/** The progress model's shape for counted posts (src/lib/progress/derived.ts). */
export type { PostTally };

function isCounted(post: Counted, year: number): boolean {
  return !post.draft && post.date.startsWith(`${year}-`);
}

/** One unit's counted posts: how many, how many of them are demonstration posts, the latest date. */
interface UnitTally {
  count: number;
  demoCount: number;
  latest?: string;
}

/** The only loop that counts posts for 1.4: each unit's published posts dated in the plan year. */
function tallyByUnit(posts: readonly (Counted & Pick<Post, 'demo'>)[], year: number): Map<string, UnitTally> {
  const tallies = new Map<string, UnitTally>();
  for (const post of posts) {
    if (!isCounted(post, year)) continue;
    const tally = tallies.get(post.unit) ?? { count: 0, demoCount: 0 };
    tallies.set(post.unit, {
      count: tally.count + 1,
      demoCount: tally.demoCount + (post.demo ? 1 : 0),
      latest: !tally.latest || post.date > tally.latest ? post.date : tally.latest,
    });
  }
  return tallies;
}

/**
 * Each unit's count of published (non-draft) posts dated in the plan year: a view of the same
 * tally the counter uses. Units without such posts are absent from the map.
 * @example
 * countPostsByUnit([
 *   { unit: 'phuong-tran-phu', date: '2024-03-05', draft: false, demo: false },
 *   { unit: 'phuong-tran-phu', date: '2023-12-31', draft: false, demo: false }, // another year
 *   { unit: 'phuong-tran-phu', date: '2024-04-01', draft: true, demo: false }, // draft
 * ], 2024); // Map { 'phuong-tran-phu' => 1 }
 */
export function countPostsByUnit(posts: readonly (Counted & Pick<Post, 'demo'>)[], year: number): Map<string, number> {
  return new Map([...tallyByUnit(posts, year)].map(([unit, tally]) => [unit, tally.count]));
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
  /** The latest counted post's date; none without posts. */
  latest?: string;
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
 * The counter as a unit's page shows it: the city's line and that unit's row only, so a page's view
 * (and its cache key) does not grow with every other unit (issue 18: 1,600 rows at province scale).
 * @example
 * counterOfUnit(counter, 'phuong-tran-phu')?.units.map((row) => row.unit.id); // ['phuong-tran-phu']
 */
export function counterOfUnit(counter: PostCounter | undefined, unitId: string): PostCounter | undefined {
  return counter && { ...counter, units: counter.units.filter((row) => row.unit.id === unitId) };
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

function row(tally: UnitTally, target: IndicatorTarget | undefined): PostCountRow {
  const { count, demoCount, latest } = tally;
  const base = { count, demoCount, ...(latest ? { latest } : {}) };
  if (!target) return base;
  return { ...base, target, met: attainment(target, count)?.met ?? false, remaining: postsStillNeeded(target, count) };
}

const NONE: UnitTally = { count: 0, demoCount: 0 };

/**
 * The 1.4 counter, the one function that counts posts for the indicator counted from posts:
 * each unit's published posts in the plan year against the target for its kind (`ward`,
 * `commune`…), and the city portal's total (every city-level unit's posts) against the `city`
 * target. Undefined when no indicator is counted from posts. Pages, images, open data and the
 * progress model (through {@link postTalliesOf}) all read this.
 * @example
 * const counter = countIndicatorPosts({ posts, indicators, units, year: 2024 });
 * counter?.city.target?.value; // 50, read from content/indicators/
 */
export function countIndicatorPosts(input: {
  posts: readonly (Counted & Pick<Post, 'demo'>)[];
  indicators: readonly Pick<Indicator, 'id' | 'title' | 'targets' | 'progressSource'>[];
  /** Units in the order the counter lists them; those not active in the plan year are left out. */
  units: readonly Unit[];
  year: number;
}): PostCounter | undefined {
  const { posts, year } = input;
  const indicator = findPostsIndicator(input.indicators);
  if (!indicator) return undefined;
  const units = input.units.filter((unit) => isUnitActiveInYear(unit, year));
  const tallies = tallyByUnit(posts, year);
  const cityTarget = indicator.targets.find((target) => target.measure === 'count' && target.appliesTo.includes('city'));
  const cityUnits = units.filter(isCityLevel).map((unit) => ({ unit, tally: tallies.get(unit.id) ?? NONE }));
  const city = cityUnits.reduce<UnitTally>(
    (sum, { tally }) => ({
      count: sum.count + tally.count,
      demoCount: sum.demoCount + tally.demoCount,
      latest: tally.latest && (!sum.latest || tally.latest > sum.latest) ? tally.latest : sum.latest,
    }),
    NONE,
  );
  return {
    indicator: { id: indicator.id, title: indicator.title },
    year,
    city: { ...row(city, cityTarget), units: cityUnits.map(({ unit, tally }) => ({ unit, count: tally.count })) },
    units: units.map((unit) => {
      const target = indicator.targets.find(
        (candidate) => candidate.measure === 'count' && (candidate.appliesTo as readonly string[]).includes(unit.kind),
      );
      return { unit, countsTowardCity: isCityLevel(unit), ...row(tallies.get(unit.id) ?? NONE, target) };
    }),
  };
}

/**
 * The counter as the progress model reads it: a ward or commune answers for its own posts; a
 * city-level unit leading 1.4 answers for the city portal's total, since the city target is the portal's.
 * @example
 * postTalliesOf(counter).get('phong-vhtt')?.count; // every agency's and organization's posts
 */
export function postTalliesOf(counter: PostCounter | undefined): Map<string, PostTally> {
  const tallies = new Map<string, PostTally>();
  if (!counter) return tallies;
  const tallyOf = (entry: PostCountRow): PostTally => ({ count: entry.count, demo: entry.demoCount > 0, ...(entry.latest ? { latest: entry.latest } : {}) });
  for (const entry of counter.units) tallies.set(entry.unit.id, tallyOf(entry.countsTowardCity ? counter.city : entry));
  return tallies;
}
