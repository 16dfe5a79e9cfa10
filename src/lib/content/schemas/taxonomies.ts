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

/** The status the portal shows, computed as of `site.asOf`. */
export const EFFECTIVE_STATUSES = ['done', 'on-track', 'due-soon', 'overdue', 'not-reported', 'not-applicable'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

export const EFFECTIVE_STATUS_LABELS: Record<EffectiveStatus, string> = {
  done: 'Hoàn thành',
  'on-track': 'Đúng tiến độ',
  'due-soon': 'Sắp đến hạn',
  overdue: 'Quá hạn',
  'not-reported': 'Chưa báo cáo',
  'not-applicable': 'Không áp dụng',
};

/** Where an indicator's progress comes from. */
export const PROGRESS_SOURCES = ['reports', 'posts'] as const;
export type ProgressSource = (typeof PROGRESS_SOURCES)[number];
