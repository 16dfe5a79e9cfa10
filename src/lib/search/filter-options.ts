/**
 * The choices of the search page's filters, from the portal model: the same
 * ids the pages put in their `data-pagefind-filter` tags, with their labels.
 */
import { EFFECTIVE_STATUS_LABELS, EFFECTIVE_STATUSES, UNIT_KIND_LABELS } from '../content/schemas/taxonomies.ts';
import type { PortalModel } from '../portal/model.ts';
import { SEARCH_FILTERS, SEARCH_PAGE_TYPE_LABELS, SEARCH_PAGE_TYPES, type SearchFilterKey } from './page-types.ts';
import type { FilterLabels } from './messages.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** A filter's choices, grouped (units by kind) or in one group without a label. */
export interface FilterChoices {
  key: SearchFilterKey;
  param: string;
  label: string;
  /** The empty choice: "Mọi đơn vị". */
  all: string;
  groups: { label?: string; options: FilterOption[] }[];
}

/**
 * Every filter with its choices, in the form's order.
 * @example searchFilterChoices(model).find((f) => f.key === 'status')?.groups[0]?.options[0]; // { value: 'done', label: 'Hoàn thành' }
 */
export function searchFilterChoices(model: Pick<PortalModel, 'pillars' | 'unitsByKind' | 'site'>): FilterChoices[] {
  const groupsOf: Record<SearchFilterKey, FilterChoices['groups']> = {
    type: [{ options: SEARCH_PAGE_TYPES.map((type) => ({ value: type, label: SEARCH_PAGE_TYPE_LABELS[type] })) }],
    unit: model.unitsByKind().map((entry) => ({
      label: UNIT_KIND_LABELS[entry.kind],
      options: entry.units.map((unit) => ({ value: unit.id, label: unit.name })),
    })),
    pillar: [{ options: model.pillars.map((pillar) => ({ value: pillar.slug, label: `${pillar.id}. ${pillar.name}` })) }],
    status: [{ options: EFFECTIVE_STATUSES.map((status) => ({ value: status, label: EFFECTIVE_STATUS_LABELS[status] })) }],
    year: [{ options: [{ value: String(model.site.year), label: String(model.site.year) }] }],
  };
  return SEARCH_FILTERS.map((filter) => ({ ...filter, groups: groupsOf[filter.key] }));
}

/**
 * The labels of every choice, for messages ("Đơn vị: Phường Trần Phú").
 * @example filterLabels(searchFilterChoices(model)).unit?.['phuong-tran-phu']; // 'Phường Trần Phú'
 */
export function filterLabels(choices: readonly FilterChoices[]): FilterLabels {
  return Object.fromEntries(
    choices.map((choice) => [choice.key, Object.fromEntries(choice.groups.flatMap((group) => group.options.map((option) => [option.value, option.label])))]),
  );
}
