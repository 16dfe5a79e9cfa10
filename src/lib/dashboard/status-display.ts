/**
 * How each effective status looks: a text label (always shown), a shape and a
 * colour class. Shape and colour only repeat what the text says.
 */
import { EFFECTIVE_STATUS_LABELS, EFFECTIVE_STATUSES, type EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { DUE_SOON_DAYS } from '../progress/status.ts';

/** A shape drawn in a 16×16 box, distinct per status so it survives greyscale printing. */
export type StatusShape = 'check' | 'arrow' | 'clock' | 'alert' | 'question' | 'dash';

export interface StatusDisplay {
  status: EffectiveStatus;
  label: string;
  shape: StatusShape;
  /** CSS modifier, e.g. `status--overdue`. */
  className: string;
  /** One sentence for the legend. */
  description: string;
}

const SHAPES: Record<EffectiveStatus, StatusShape> = {
  done: 'check',
  'on-track': 'arrow',
  'due-soon': 'clock',
  overdue: 'alert',
  'not-reported': 'question',
  'not-applicable': 'dash',
};

const DESCRIPTIONS: Record<EffectiveStatus, string> = {
  done: 'Đơn vị báo cáo đã hoàn thành và giá trị đạt chỉ tiêu, tần suất.',
  'on-track': 'Đã báo cáo, chưa hoàn thành nhưng còn trong hạn, hoặc đang theo kịp tần suất yêu cầu.',
  'due-soon': `Chưa hoàn thành và còn không quá ${DUE_SOON_DAYS} ngày đến hạn.`,
  overdue: 'Đã quá hạn mà chưa hoàn thành, hoặc không theo kịp tần suất yêu cầu.',
  'not-reported': 'Đơn vị chưa gửi báo cáo, và chưa đến hạn.',
  'not-applicable': 'Đơn vị báo cáo chỉ số không áp dụng với mình; không tính vào tỷ lệ hoàn thành.',
};

/**
 * The display of a status.
 * @example statusDisplay('overdue') // { label: 'Quá hạn', shape: 'alert', className: 'status--overdue', … }
 */
export function statusDisplay(status: EffectiveStatus): StatusDisplay {
  const label = EFFECTIVE_STATUS_LABELS[status];
  if (label === undefined) throw new TypeError(`statusDisplay: trạng thái không hợp lệ: ${JSON.stringify(status)}.`);
  return { status, label, shape: SHAPES[status], className: `status--${status}`, description: DESCRIPTIONS[status] };
}

/** Every status in taxonomy order, for legends and counts. */
export const STATUS_DISPLAYS: readonly StatusDisplay[] = EFFECTIVE_STATUSES.map(statusDisplay);
