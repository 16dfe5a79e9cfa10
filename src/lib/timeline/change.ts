/**
 * Change since the previous quarter end (issue 15): completion in percentage points and rank in places,
 * between the snapshot at asOf and the one at the last quarter end before it. Both sides are the figures
 * as pages show them (one decimal), so "▲ 5,2 điểm %" is the difference a reader can check on the page.
 */
import { toPercent } from '../dashboard/percent.ts';
import { formatDateVi } from '../format/date.ts';
import { formatNumberVi } from '../format/number.ts';
import type { Timeline, UnitSnapshot } from './snapshots.ts';

export interface FigureChange {
  /** The quarter end compared with (YYYY-MM-DD). */
  since: string;
  /** Percentage points, one decimal; undefined when either day has no completion. */
  points?: number;
  /** Places moved up (negative: down), for ranked units; undefined when either day has no rank. */
  places?: number;
}

export type ChangeDirection = 'up' | 'down' | 'same';

/** A change as text: the arrow (shown, not read), the words beside it, and the sentence a screen reader hears. */
export interface ChangeLabel {
  direction: ChangeDirection;
  arrow: '▲' | '▼' | '—';
  /** e.g. "5,2 điểm % so với 30/06/2024", "2 bậc", "không đổi". */
  text: string;
  /** e.g. "tăng 5,2 điểm % so với 30/06/2024", "xuống 2 bậc". */
  spoken: string;
}

const directionOf = (value: number): ChangeDirection => (value > 0 ? 'up' : value < 0 ? 'down' : 'same');
const ARROWS = { up: '▲', down: '▼', same: '—' } as const;

/**
 * The change of one entity between two snapshots' figures.
 * @example figureChange({ completion: 0.6, rank: 3 }, { completion: 0.548, rank: 5 }, '2024-09-30') // { since: '2024-09-30', points: 5.2, places: 2 }
 */
export function figureChange(now: Pick<UnitSnapshot, 'completion' | 'rank'> | undefined, then: Pick<UnitSnapshot, 'completion' | 'rank'> | undefined, since: string): FigureChange {
  const [a, b] = [toPercent(now?.completion), toPercent(then?.completion)];
  const points = a !== undefined && b !== undefined ? Math.round((a - b) * 10) / 10 : undefined;
  const places = now?.rank !== undefined && then?.rank !== undefined ? then.rank - now.rank : undefined;
  return { since, ...(points !== undefined ? { points } : {}), ...(places !== undefined ? { places } : {}) };
}

/**
 * Changes since the previous quarter end, for the city, a pillar or a unit; undefined when that quarter end
 * is not in the plan year (asOf in its first quarter).
 * @example changeSinceQuarter(model.timeline, (s) => s.units.get('phuong-tran-phu'))?.points // 5.2
 */
export function changeSinceQuarter<T extends Pick<UnitSnapshot, 'completion' | 'rank'>>(timeline: Timeline, pick: (snapshot: Timeline['current']) => T | undefined): FigureChange | undefined {
  const then = timeline.previousQuarter;
  if (!then) return undefined;
  return figureChange(pick(timeline.current), pick(then), then.date);
}

/**
 * @example pointsLabel({ since: '2024-06-30', points: 5.2 }) // { arrow: '▲', text: '5,2 điểm % so với 30/06/2024', spoken: 'tăng 5,2 điểm % so với 30/06/2024', direction: 'up' }
 * @example pointsLabel({ since: '2024-06-30', points: 0 }).text // 'không đổi so với 30/06/2024'
 */
export function pointsLabel(change: FigureChange): ChangeLabel | undefined {
  if (change.points === undefined) return undefined;
  const direction = directionOf(change.points);
  const since = `so với ${formatDateVi(change.since)}`;
  if (direction === 'same') return { direction, arrow: ARROWS.same, text: `không đổi ${since}`, spoken: `không đổi ${since}` };
  // Exactly one decimal, like every percentage on the pages: "5,0 điểm %", never "5 điểm %".
  const amount = `${formatNumberVi(Math.abs(change.points), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} điểm % ${since}`;
  return { direction, arrow: ARROWS[direction], text: amount, spoken: `${direction === 'up' ? 'tăng' : 'giảm'} ${amount}` };
}

/**
 * @example placesLabel({ since: '2024-06-30', places: -2 }) // { arrow: '▼', text: '2 bậc', spoken: 'xuống 2 bậc', direction: 'down' }
 * @example placesLabel({ since: '2024-06-30', places: 0 }).text // 'không đổi'
 */
export function placesLabel(change: FigureChange): ChangeLabel | undefined {
  if (change.places === undefined) return undefined;
  const direction = directionOf(change.places);
  if (direction === 'same') return { direction, arrow: ARROWS.same, text: 'không đổi', spoken: 'thứ hạng không đổi' };
  const amount = `${formatNumberVi(Math.abs(change.places))} bậc`;
  return { direction, arrow: ARROWS[direction], text: amount, spoken: `${direction === 'up' ? 'lên' : 'xuống'} ${amount}` };
}

/**
 * The change in one sentence without arrows, for social images (whose font has no arrow glyphs) and their alt text.
 * @example changeSentence({ since: '2024-06-30', points: 5.2, places: -2 }) // 'Tăng 5,2 điểm % so với 30/06/2024, xuống 2 bậc'
 */
export function changeSentence(change: FigureChange): string | undefined {
  const points = pointsLabel(change);
  if (!points) return undefined;
  const places = placesLabel(change);
  const sentence = places ? `${points.spoken}, ${places.spoken}` : points.spoken;
  return sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1);
}
