/**
 * Each top-level indicator's share of its pillar's DTI points (issue 16). By default a pillar's
 * points are shared equally among its top-level indicators; an indicator's optional `points:` (from
 * the province's scoring sheet) takes exactly that many, and the rest of the pillar's points are
 * shared equally among the others. Sub-indicators share their parent's weight. The roll-up
 * (`computeProgress`) weights a pillar's indicators by these shares, so the city figure and every
 * "points at stake" figure come from the same weights.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import { getParentId, getPillarNumber } from '../plan/indicator-id.ts';

/** The top-level indicators of a pillar (no parent row), in the order given. */
export function topLevelIndicatorsOf(pillar: Pick<Pillar, 'id'>, indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((indicator) => getPillarNumber(indicator.id) === pillar.id && !getParentId(indicator.id));
}

/**
 * Points of each top-level indicator of a pillar, keyed by indicator id.
 * @example
 * indicatorPoints({ id: 1, maxPoints: 100 }, [i11, i12, i13, i14]) // Map { '1.1' => 25, '1.2' => 25, '1.3' => 25, '1.4' => 25 }
 * indicatorPoints({ id: 1, maxPoints: 100 }, [{ …i11, points: 40 }, i12, i13, i14]) // '1.1' => 40, the others 20 each
 */
export function indicatorPoints(pillar: Pick<Pillar, 'id' | 'maxPoints'>, indicators: readonly Indicator[]): Map<string, number> {
  const top = topLevelIndicatorsOf(pillar, indicators);
  const explicit = top.reduce((sum, indicator) => sum + (indicator.points ?? 0), 0);
  const without = top.filter((indicator) => indicator.points === undefined).length;
  const share = without === 0 ? 0 : Math.max(0, pillar.maxPoints - explicit) / without;
  return new Map(top.map((indicator) => [indicator.id, indicator.points ?? share]));
}
