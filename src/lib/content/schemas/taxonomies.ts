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

/** Plural headings used when units are listed by kind. */
export const UNIT_KIND_PLURALS: Record<UnitKind, string> = {
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
