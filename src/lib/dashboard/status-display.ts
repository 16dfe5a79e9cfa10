/**
 * How the two states of a task look. The computed judgement: a text label (always shown), a
 * shape and a colour class; shape and colour only repeat what the text says. The reported state:
 * its words, shown as plain text beside the badge.
 */
import {
  COMPUTED_STATUS_TERMS,
  EFFECTIVE_STATUSES,
  REPORTED_STATE_TERMS,
  REPORTED_STATES,
  type EffectiveStatus,
  type ReportedState,
} from '../content/schemas/taxonomies.ts';

/** A shape drawn in a 16×16 box, distinct per status so it survives greyscale printing. */
export type StatusShape = 'check' | 'arrow' | 'ring' | 'square' | 'clock' | 'down' | 'wave' | 'alert' | 'question' | 'dash';

export interface StatusDisplay {
  status: EffectiveStatus;
  label: string;
  /** English label, as in the open data. */
  labelEn: string;
  shape: StatusShape;
  /** CSS modifier, e.g. `status--overdue`. */
  className: string;
  /** One sentence for the legend. */
  description: string;
}

const SHAPES: Record<EffectiveStatus, StatusShape> = {
  done: 'check',
  'on-track': 'arrow',
  'within-deadline': 'ring',
  'no-deadline': 'square',
  'due-soon': 'clock',
  behind: 'down',
  'below-cadence': 'wave',
  overdue: 'alert',
  'not-reported': 'question',
  'not-applicable': 'dash',
};

/**
 * The display of a computed judgement.
 * @example statusDisplay('overdue') // { label: 'Quá hạn', shape: 'alert', className: 'status--overdue', … }
 */
export function statusDisplay(status: EffectiveStatus): StatusDisplay {
  const term = COMPUTED_STATUS_TERMS[status];
  if (term === undefined) throw new TypeError(`statusDisplay: trạng thái không hợp lệ: ${JSON.stringify(status)}.`);
  return { status, label: term.label, labelEn: term.labelEn, shape: SHAPES[status], className: `status--${status}`, description: term.description };
}

/** Legends and counts read from settled to most urgent, then the two without a judgement. */
const DISPLAY_ORDER: readonly EffectiveStatus[] = [
  'done',
  'on-track',
  'within-deadline',
  'no-deadline',
  'due-soon',
  'behind',
  'below-cadence',
  'overdue',
  'not-reported',
  'not-applicable',
];

/** Every status, in display order, for legends and counts. */
export const STATUS_DISPLAYS: readonly StatusDisplay[] = DISPLAY_ORDER.map(statusDisplay);

// Every status of the vocabulary is displayed exactly once.
if (DISPLAY_ORDER.length !== EFFECTIVE_STATUSES.length || !EFFECTIVE_STATUSES.every((status) => DISPLAY_ORDER.includes(status))) {
  throw new Error('status-display: DISPLAY_ORDER phải liệt kê đúng mỗi trạng thái một lần.');
}

export interface ReportedDisplay {
  state: ReportedState;
  label: string;
  labelEn: string;
}

/**
 * The words of a reported state.
 * @example reportedDisplay('chua-bat-dau').label // 'Chưa bắt đầu'
 */
export function reportedDisplay(state: ReportedState): ReportedDisplay {
  const term = REPORTED_STATE_TERMS[state];
  if (term === undefined) throw new TypeError(`reportedDisplay: trạng thái báo cáo không hợp lệ: ${JSON.stringify(state)}.`);
  return { state, label: term.label, labelEn: term.labelEn };
}

/** Every reported state in taxonomy order, for the legend. */
export const REPORTED_DISPLAYS: readonly ReportedDisplay[] = REPORTED_STATES.map(reportedDisplay);
