/**
 * A measured value next to its target, in Vietnamese: "85% / tối thiểu 90%".
 */
import type { IndicatorTarget } from '../content/schemas/indicator.ts';
import type { ReportValue } from '../content/schemas/progress.ts';
import { formatNumberVi } from '../format/number.ts';
import { cadenceLabel, targetValueLabel } from '../plan/labels.ts';
import { isFrequency } from '../progress/target.ts';

type TargetLike = Pick<IndicatorTarget, 'measure' | 'comparator' | 'value' | 'per' | 'noun'>;

/**
 * A reported value in the target's unit.
 * @example
 * reportValueLabel(85, { measure: 'percent' }) // '85%'
 * reportValueLabel(21, { measure: 'count', noun: 'tin, bài' }) // '21 tin, bài'
 * reportValueLabel({ count: 2, per: 'month' }, undefined) // '2 lần/tháng'
 */
export function reportValueLabel(value: ReportValue, target: Pick<TargetLike, 'measure' | 'noun'> | undefined): string {
  if (isFrequency(value)) return cadenceLabel(value, target?.noun ?? 'lần');
  const number = formatNumberVi(value);
  switch (target?.measure) {
    case 'percent':
      return `${number}%`;
    case 'money':
      return `${number} đồng`;
    case 'count':
      return target.noun ? `${number} ${target.noun}` : number;
    default:
      return number;
  }
}

/** Shown in place of a value that has not been reported. */
export const NO_VALUE = 'chưa có số liệu';
/** Shown when an indicator has no quantitative target. */
export const NO_TARGET = 'Không có chỉ tiêu định lượng';

/**
 * The value against the target, or a plain statement when either is missing.
 * @example
 * valueAgainstTarget(85, { measure: 'percent', comparator: '>=', value: 90 }) // '85% / tối thiểu 90%'
 * valueAgainstTarget(undefined, { measure: 'percent', comparator: '>=', value: 90 }) // 'chưa có số liệu / tối thiểu 90%'
 * valueAgainstTarget(undefined, undefined) // 'Không có chỉ tiêu định lượng'
 */
export function valueAgainstTarget(value: ReportValue | undefined, target: TargetLike | undefined): string {
  if (!target) return value === undefined ? NO_TARGET : reportValueLabel(value, undefined);
  const actual = value === undefined ? NO_VALUE : reportValueLabel(value, target);
  return `${actual} / ${targetValueLabel(target)}`;
}
