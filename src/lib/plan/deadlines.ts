import type { Indicator } from '../content/schemas/indicator.ts';
import { compareIndicatorIds } from './indicator-id.ts';

/** An indicator with a due date, as listed under "next deadlines". */
export type DatedIndicator = Indicator & { timeframe: NonNullable<Indicator['timeframe']> & { due: string } };

/**
 * The next deadlines on or after `asOf`: indicators whose timeframe has a due
 * date (a deadline, or the end of a window), earliest first, then by id.
 * @example
 * upcomingDeadlines(model.indicators, '2024-10-15', 8).map((i) => i.timeframe.due);
 */
export function upcomingDeadlines(indicators: readonly Indicator[], asOf: string, limit: number): DatedIndicator[] {
  return indicators
    .filter((indicator): indicator is DatedIndicator => {
      const due = indicator.timeframe?.due;
      return due !== undefined && due >= asOf;
    })
    .sort((a, b) => (a.timeframe.due === b.timeframe.due ? compareIndicatorIds(a.id, b.id) : a.timeframe.due < b.timeframe.due ? -1 : 1))
    .slice(0, limit);
}
