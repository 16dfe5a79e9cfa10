/**
 * Every taxonomy of the content model, declared once. Schemas, filters, search
 * metadata and labels all derive from these arrays.
 */

/** Kinds of unit. `agency` = a city agency under the city People's Committee. */
export const UNIT_KINDS = ['agency', 'organization', 'ward', 'commune'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  agency: 'Cơ quan, đơn vị thành phố',
  organization: 'Cơ quan, tổ chức phối hợp',
  ward: 'Phường',
  commune: 'Xã',
};


/** What a target measures. */
export const TARGET_MEASURES = ['percent', 'count', 'money', 'frequency'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

export const TARGET_COMPARATORS = ['>', '>=', '=', '<=', '<'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

export const COMPARATOR_LABELS: Record<TargetComparator, string> = {
  '>': 'trên',
  '>=': 'tối thiểu',
  '=': 'đúng',
  '<=': 'tối đa',
  '<': 'dưới',
};

/** Who a target applies to: the city as a whole, or each unit of a kind. */
export const TARGET_SCOPES = ['city', 'agency', 'ward', 'commune'] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];

export const TARGET_SCOPE_LABELS: Record<TargetScope, string> = {
  city: 'Toàn thành phố',
  agency: 'Mỗi cơ quan, đơn vị',
  ward: 'Mỗi phường',
  commune: 'Mỗi xã',
};

/** What a unit reports about an indicator; Vietnamese ids because editors type them. */
export const REPORT_STATUSES = ['chua-bat-dau', 'dang-thuc-hien', 'hoan-thanh', 'khong-ap-dung'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  'chua-bat-dau': 'Chưa bắt đầu',
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'khong-ap-dung': 'Không áp dụng',
};

/** The reported state of a task: what the unit said, or `chua-bao-cao` when it has sent no report. */
export const REPORTED_STATES = [...REPORT_STATUSES, 'chua-bao-cao'] as const;
export type ReportedState = (typeof REPORTED_STATES)[number];

/** A term of a status vocabulary: Vietnamese for the pages, English for the open data. */
export interface StatusTerm {
  /** Shown on badges and in tables, e.g. "Quá hạn". */
  label: string;
  /** English label, for the open data, e.g. "Overdue". */
  labelEn: string;
}

export const REPORTED_STATE_TERMS: Record<ReportedState, StatusTerm> = {
  'chua-bat-dau': { label: 'Chưa bắt đầu', labelEn: 'Not started' },
  'dang-thuc-hien': { label: 'Đang thực hiện', labelEn: 'In progress' },
  'hoan-thanh': { label: 'Hoàn thành', labelEn: 'Done' },
  'khong-ap-dung': { label: 'Không áp dụng', labelEn: 'Not applicable' },
  'chua-bao-cao': { label: 'Chưa báo cáo', labelEn: 'No report' },
};

export const REPORTED_STATE_LABELS: Record<ReportedState, string> = Object.fromEntries(
  REPORTED_STATES.map((state) => [state, REPORTED_STATE_TERMS[state].label]),
) as Record<ReportedState, string>;

/**
 * The judgement the portal computes for a task as of `site.asOf`, from the reported state, the
 * value and the timeframe. The words fit the timeframe: "Quá hạn" needs a dated deadline, pace
 * and cadence have their own words (docs/adr/0003). The four added in 2026 come last so the
 * open-data count columns keep their order.
 */
export const EFFECTIVE_STATUSES = [
  'done',
  'on-track',
  'due-soon',
  'overdue',
  'not-reported',
  'not-applicable',
  'within-deadline',
  'no-deadline',
  'behind',
  'below-cadence',
] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];
/** The computed judgement; the same vocabulary as {@link EffectiveStatus}. */
export type ComputedStatus = EffectiveStatus;

/** A computed judgement's words: its badge, how a count of it reads in a sentence, and its meaning. */
export interface ComputedStatusTerm extends StatusTerm {
  /** How "n tasks" of this status read after a number, e.g. "2 quá hạn". */
  phrase: string;
  /** One sentence for the legend and the data dictionary. */
  description: string;
}

export const COMPUTED_STATUS_TERMS: Record<EffectiveStatus, ComputedStatusTerm> = {
  done: {
    label: 'Hoàn thành',
    labelEn: 'Done',
    phrase: 'hoàn thành',
    description: 'Đơn vị báo cáo đã hoàn thành và giá trị đạt chỉ tiêu, tần suất.',
  },
  'on-track': {
    label: 'Đúng tiến độ',
    labelEn: 'On track',
    phrase: 'đúng tiến độ',
    description: 'Đã bắt đầu, còn trong hạn, và theo kịp tần suất hoặc nhịp độ cả năm mà chỉ tiêu đòi hỏi.',
  },
  'within-deadline': {
    label: 'Còn trong hạn',
    labelEn: 'Not started, within deadline',
    phrase: 'chưa bắt đầu, còn trong hạn',
    description: 'Nhiệm vụ có hạn chót còn xa (hơn 30 ngày) và chưa có ngày bắt đầu đã qua; đơn vị chưa bắt đầu.',
  },
  'no-deadline': {
    label: 'Không xét hạn',
    labelEn: 'No deadline to judge',
    phrase: 'chưa hoàn thành, không xét hạn',
    description: 'Nhiệm vụ thực hiện khi có yêu cầu hoặc đã ban hành, không có hạn để so; chưa báo cáo hoàn thành.',
  },
  'due-soon': {
    label: 'Sắp đến hạn',
    labelEn: 'Due soon',
    phrase: 'sắp đến hạn',
    description: 'Chưa hoàn thành và còn không quá 30 ngày đến hạn chót.',
  },
  behind: {
    label: 'Chậm tiến độ',
    labelEn: 'Behind schedule',
    phrase: 'chậm tiến độ',
    description:
      'Chưa bắt đầu (hoặc ở mức 0%) khi đã qua ngày bắt đầu, hay với nhiệm vụ thường xuyên, cả năm đã qua đầu năm kế hoạch; hoặc số lượng đạt được thấp hơn nhịp độ cả năm đòi hỏi tính đến ngày chốt.',
  },
  'below-cadence': {
    label: 'Chưa đạt tần suất',
    labelEn: 'Below required frequency',
    phrase: 'chưa đạt tần suất',
    description: 'Nhiệm vụ định kỳ báo cáo tần suất thấp hơn tần suất Kế hoạch yêu cầu (ví dụ 1 lần/tháng khi cần 1 lần/tuần).',
  },
  overdue: {
    label: 'Quá hạn',
    labelEn: 'Overdue',
    phrase: 'quá hạn',
    description: 'Đã qua hạn chót ghi trong Kế hoạch (một ngày cụ thể) mà chưa hoàn thành.',
  },
  'not-reported': {
    label: 'Chưa báo cáo',
    labelEn: 'Not reported',
    phrase: 'chưa báo cáo',
    description: 'Đơn vị chưa gửi báo cáo, và chưa qua hạn chót (nếu có).',
  },
  'not-applicable': {
    label: 'Không áp dụng',
    labelEn: 'Not applicable',
    phrase: 'không áp dụng',
    description: 'Đơn vị báo cáo chỉ số không áp dụng với mình; không tính vào tỷ lệ hoàn thành.',
  },
};

export const EFFECTIVE_STATUS_LABELS: Record<EffectiveStatus, string> = Object.fromEntries(
  EFFECTIVE_STATUSES.map((status) => [status, COMPUTED_STATUS_TERMS[status].label]),
) as Record<EffectiveStatus, string>;

/** Where an indicator's progress comes from. */
export const PROGRESS_SOURCES = ['reports', 'posts'] as const;
export type ProgressSource = (typeof PROGRESS_SOURCES)[number];
