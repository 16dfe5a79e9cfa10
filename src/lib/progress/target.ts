import type { IndicatorTarget } from '../content/schemas/indicator.ts';
import type { ReportValue } from '../content/schemas/progress.ts';
import type { Unit } from '../content/schemas/unit.ts';
import type { Cadence, CadencePeriod } from '../content/schemas/timeframe.ts';

/** How many of each period fit in a year, to compare "1 lần/tuần" with "5 lần/quý". */
const PERIODS_PER_YEAR: Record<CadencePeriod, number> = { week: 52, month: 12, quarter: 4, year: 1 };

/**
 * A frequency as occurrences per year.
 * @example yearlyRate({ count: 1, per: 'week' }) // 52
 */
export function yearlyRate(frequency: Cadence): number {
  return frequency.count * PERIODS_PER_YEAR[frequency.per];
}

export function isFrequency(value: ReportValue | undefined): value is Cadence {
  return typeof value === 'object' && value !== null;
}

/**
 * The target that applies to a unit: the one for its kind (each ward, each
 * commune…), else for a city-level unit the city-wide target.
 * @example
 * targetForUnit(indicator14.targets, { kind: 'ward' }) // the "trên 20 tin, bài" target
 */
export function targetForUnit(targets: readonly IndicatorTarget[], unit: Pick<Unit, 'kind'>): IndicatorTarget | undefined {
  const own = targets.find((target) => (target.appliesTo as readonly string[]).includes(unit.kind));
  if (own) return own;
  const cityLevel = unit.kind === 'agency' || unit.kind === 'organization';
  return cityLevel ? targets.find((target) => target.appliesTo.includes('city')) : undefined;
}

/** How far a value is towards its target. */
export interface Attainment {
  /** Whether the comparator holds. */
  met: boolean;
  /** Progress towards the target, 0–1. */
  ratio: number;
}

/**
 * Compares a measured value with a target.
 * @example
 * attainment({ comparator: '>', value: 50, measure: 'count' }, 30) // { met: false, ratio: 0.6 }
 * attainment({ comparator: '>=', value: 1, measure: 'frequency', per: 'week' }, { count: 2, per: 'month' }) // { met: false, ratio: 0.46… }
 */
export function attainment(
  target: Pick<IndicatorTarget, 'comparator' | 'value' | 'measure' | 'per'>,
  value: ReportValue,
): Attainment | undefined {
  let actual: number;
  let goal: number;
  if (target.measure === 'frequency') {
    if (!isFrequency(value) || !target.per) return undefined;
    actual = yearlyRate(value);
    goal = yearlyRate({ count: target.value, per: target.per });
  } else {
    if (isFrequency(value)) return undefined;
    actual = value;
    goal = target.value;
  }
  const met = compare(actual, target.comparator, goal);
  const ratio = goal === 0 ? (met ? 1 : 0) : Math.min(1, actual / goal);
  return { met, ratio: met ? 1 : Math.min(ratio, 0.99) };
}

function compare(actual: number, comparator: IndicatorTarget['comparator'], goal: number): boolean {
  switch (comparator) {
    case '>':
      return actual > goal;
    case '>=':
      return actual >= goal;
    case '=':
      return actual === goal;
    case '<=':
      return actual <= goal;
    case '<':
      return actual < goal;
  }
}

/**
 * Explains, in Vietnamese, why a value does not fit a target; undefined when it fits.
 * @example valueMismatch({ measure: 'percent' }, 120) // 'tỷ lệ phần trăm phải từ 0 đến 100, đang là 120'
 */
export function valueMismatch(target: Pick<IndicatorTarget, 'measure'> | undefined, value: ReportValue): string | undefined {
  if (!target) return 'chỉ số này không có chỉ tiêu định lượng nên không nhận giá trị đo (value)';
  if (target.measure === 'frequency') {
    return isFrequency(value) ? undefined : `chỉ tiêu là một tần suất, cần ghi dạng { count: 1, per: week }, đang là ${String(value)}`;
  }
  if (isFrequency(value)) return `chỉ tiêu là một con số, cần ghi một số, đang là một tần suất`;
  if (target.measure === 'percent' && value > 100) return `tỷ lệ phần trăm phải từ 0 đến 100, đang là ${value}`;
  if ((target.measure === 'count' || target.measure === 'money') && !Number.isInteger(value)) {
    return `chỉ tiêu là một số đếm, cần một số nguyên, đang là ${value}`;
  }
  return undefined;
}
