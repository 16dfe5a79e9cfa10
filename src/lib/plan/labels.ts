/**
 * Display labels built from structured content: cadences and targets.
 * Pure; the wording is Vietnamese because it is UI text.
 */
import type { IndicatorTarget } from '../content/schemas/indicator.ts';
import { COMPARATOR_LABELS, TARGET_SCOPE_LABELS } from '../content/schemas/taxonomies.ts';
import { formatNumberVi } from '../format/number.ts';
import type { Cadence, CadencePeriod } from '../content/schemas/timeframe.ts';

/** The period word used after a slash: "1 lần/tuần". */
export const CADENCE_PERIOD_LABELS: Record<CadencePeriod, string> = {
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  year: 'năm',
};

/**
 * A cadence in words.
 * @example
 * cadenceLabel({ count: 1, per: 'week' }); // '1 lần/tuần'
 * cadenceLabel({ count: 2, per: 'year' }, 'cuộc họp'); // '2 cuộc họp/năm'
 */
export function cadenceLabel(cadence: Cadence, noun = 'lần'): string {
  return `${formatNumberVi(cadence.count)} ${noun}/${CADENCE_PERIOD_LABELS[cadence.per]}`;
}

/**
 * A target's value with its comparator and unit.
 * @example
 * targetValueLabel({ measure: 'percent', comparator: '>=', value: 90 }); // 'tối thiểu 90%'
 * targetValueLabel({ measure: 'count', comparator: '>', value: 50, noun: 'tin, bài' }); // 'trên 50 tin, bài'
 * targetValueLabel({ measure: 'frequency', comparator: '>=', value: 1, per: 'week' }); // 'tối thiểu 1 lần/tuần'
 */
export function targetValueLabel(
  target: Pick<IndicatorTarget, 'measure' | 'comparator' | 'value' | 'per' | 'noun'>,
): string {
  const comparator = COMPARATOR_LABELS[target.comparator];
  const value = formatNumberVi(target.value);
  const noun = target.noun ? ` ${target.noun}` : '';
  switch (target.measure) {
    case 'percent':
      return `${comparator} ${value}%${noun}`;
    case 'money':
      return `${comparator} ${value} đồng${noun}`;
    case 'frequency':
      return target.per
        ? `${comparator} ${cadenceLabel({ count: target.value, per: target.per }, target.noun ?? 'lần')}`
        : `${comparator} ${value} ${target.noun ?? 'lần'}`;
    case 'count':
      return `${comparator} ${value}${noun}`;
  }
}

/**
 * Who a target applies to, as the start of a sentence.
 * @example
 * targetScopeLabel(['city']); // 'Toàn thành phố'
 * targetScopeLabel(['ward', 'commune']); // 'Mỗi phường, mỗi xã'
 */
export function targetScopeLabel(scopes: IndicatorTarget['appliesTo']): string {
  return scopes
    .map((scope, index) => {
      const label = TARGET_SCOPE_LABELS[scope];
      return index === 0 ? label : label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
    })
    .join(', ');
}
