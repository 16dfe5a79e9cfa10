/** /uu-tien/ and its filters: the tasks with the most points at stake, and the what-if of the first five (issue 16). */
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { isDemoAssignment } from '../dashboard/demo.ts';
import { percentLabel } from '../dashboard/percent.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel, ResolvedRef } from '../portal/model.ts';
import { openStakes, openStakesOfUnit, taskStakes, unitGain, whatIf, type TaskStake } from '../priorities/points.ts';
import { pointsMethodology } from '../priorities/methodology.ts';
import { routes } from '../routes.ts';
import { infoPageSearchMeta } from '../search/portal-meta.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { prioritiesImage } from './images.ts';
import type { PageLink, PageView } from './layout.ts';

/** How many tasks /uu-tien/ lists, and how many the what-if completes. */
export const PRIORITY_LIST_SIZE = 20;
export const WHAT_IF_SIZE = 5;

/** The two kinds of unit the list can be narrowed to, by their address segment. */
export const PRIORITY_UNIT_KINDS = {
  'co-quan': { label: 'Cơ quan, đơn vị', kinds: ['agency', 'organization'] },
  'phuong-xa': { label: 'Phường, xã', kinds: ['ward', 'commune'] },
} as const satisfies Record<string, { label: string; kinds: readonly Unit['kind'][] }>;
export type PriorityUnitKind = keyof typeof PRIORITY_UNIT_KINDS;

export interface PriorityFilter {
  pillar?: string;
  kind?: PriorityUnitKind;
}

/**
 * A percentage-point gain as the pages write it.
 * @example gainLabel(0.0183) // '+1,8 điểm %'
 */
export function gainLabel(gain: number): string {
  return `+${formatNumberVi(Math.round(gain * 1000) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} điểm %`;
}

/**
 * Points in Vietnamese notation, one decimal.
 * @example pointsLabel(12.5) // '12,5'
 */
export const pointsLabel = (points: number) => formatNumberVi(Math.round(points * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One task of a priority list, ready to show. */
export interface PriorityItem {
  stake: TaskStake;
  rank: number;
  indicatorHref: string;
  /** Plain text, for the image and the what-if. */
  title: string;
  unit: Unit;
  unitHref: string;
  partners: ResolvedRef[];
  /** "+1,8 điểm %". */
  gain: string;
  /** "18,0" of the 1.000 points. */
  points: string;
  weight: string;
  demo: boolean;
}

export interface WhatIfLine {
  count: number;
  from: string;
  to: string;
  /** "Hoàn thành 5 việc đầu danh sách, tỷ lệ hoàn thành chung của thành phố tăng từ 41,2% lên 46,8%." */
  sentence: string;
}

export interface FilterLink extends PageLink {
  current: boolean;
}

/** Builds a list's items from stakes, in order. */
export function priorityItems(model: PortalModel, stakes: readonly TaskStake[]): PriorityItem[] {
  return stakes.map((stake, index) => ({
    stake,
    rank: index + 1,
    indicatorHref: routes.indicator(stake.assignment.indicator.id),
    title: inlineEmphasisToText(stake.assignment.indicator.title),
    unit: stake.assignment.unit,
    unitHref: routes.unit(stake.assignment.unit.id),
    partners: model.resolveRefs(stake.assignment.indicator.partners),
    gain: gainLabel(stake.gain),
    points: pointsLabel(stake.points),
    weight: pointsLabel(stake.weight),
    demo: isDemoAssignment(stake.assignment),
  }));
}

/** "Hoàn thành 5 việc đầu …, từ X% lên Y%": exact, from the unrounded gains. */
export function whatIfLine(model: PortalModel, stakes: readonly TaskStake[], subject: string): WhatIfLine {
  const { from, to } = whatIf(model.progress, stakes);
  const count = stakes.length;
  const fromLabel = percentLabel(from);
  const toLabel = percentLabel(to);
  return {
    count,
    from: fromLabel,
    to: toLabel,
    sentence: `Hoàn thành ${formatNumberVi(count)} việc đầu ${subject}, tỷ lệ hoàn thành chung của ${model.site.cityKind} tăng từ ${fromLabel} lên ${toLabel}.`,
  };
}

/** The open tasks a filter keeps, most points at stake first. */
export function filteredStakes(model: PortalModel, filter: PriorityFilter = {}): TaskStake[] {
  const kinds: readonly Unit['kind'][] | undefined = filter.kind ? PRIORITY_UNIT_KINDS[filter.kind].kinds : undefined;
  return openStakes(taskStakes(model.progress, model.indicators)).filter(
    (stake) => (!filter.pillar || stake.pillar.slug === filter.pillar) && (!kinds || kinds.includes(stake.assignment.unit.kind)),
  );
}

export interface PrioritiesView extends PageView {
  heading: string;
  filter: PriorityFilter;
  items: PriorityItem[];
  /** Open tasks the filter keeps, listed or not. */
  openCount: number;
  whatIf: WhatIfLine | undefined;
  cityCompletion: string;
  pillarLinks: FilterLink[];
  kindLinks: FilterLink[];
  methodology: string[];
  demo: boolean;
  asOf: string;
}

/**
 * @example prioritiesView(model).items[0].gain // '+1,8 điểm %'
 * @example prioritiesView(model, { kind: 'phuong-xa' }).items.every((item) => ['ward', 'commune'].includes(item.unit.kind)) // true
 */
export function prioritiesView(model: PortalModel, filter: PriorityFilter = {}): PrioritiesView {
  const pillar: Pillar | undefined = filter.pillar ? model.pillars.find((candidate) => candidate.slug === filter.pillar) : undefined;
  if (filter.pillar && !pillar) throw new Error(`Không có trụ cột ${filter.pillar}`);
  const stakes = filteredStakes(model, filter);
  const items = priorityItems(model, stakes.slice(0, PRIORITY_LIST_SIZE));
  const narrowed = pillar ? `trụ cột ${pillar.id}. ${pillar.name}` : filter.kind ? PRIORITY_UNIT_KINDS[filter.kind].label.toLocaleLowerCase('vi') : undefined;
  const title = narrowed ? `Việc nâng tỷ lệ hoàn thành nhiều nhất: ${narrowed}` : 'Việc nâng tỷ lệ hoàn thành nhiều nhất';
  const description = `${PRIORITY_LIST_SIZE} nhiệm vụ chưa hoàn thành có nhiều điểm còn thiếu nhất${narrowed ? ` (${narrowed})` : ''} trong Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year}: mỗi việc làm tỷ lệ hoàn thành chung tăng bao nhiêu.`;
  const what = stakes.length > 0 ? whatIfLine(model, stakes.slice(0, WHAT_IF_SIZE), 'danh sách') : undefined;
  const link = (label: string, target: PriorityFilter): FilterLink => ({
    label,
    href: routes.priorities(target),
    current: (target.pillar ?? '') === (filter.pillar ?? '') && (target.kind ?? '') === (filter.kind ?? ''),
  });
  return {
    layout: {
      site: model.site,
      title,
      description,
      image: prioritiesImage(model.site, { title, items, whatIf: what?.sentence ?? '', demo: items.some((item) => item.demo) }),
      search: infoPageSearchMeta(model, title),
    },
    breadcrumbs: narrowed ? [{ label: 'Ưu tiên', href: routes.priorities() }, { label: narrowed }] : [{ label: 'Ưu tiên' }],
    heading: title,
    filter,
    items,
    openCount: stakes.length,
    whatIf: what,
    cityCompletion: percentLabel(model.progress.completion),
    pillarLinks: [link('Tất cả trụ cột', {}), ...model.pillars.map((entry) => link(`${entry.id}. ${entry.name}`, { pillar: entry.slug }))],
    kindLinks: [
      link('Mọi đơn vị', {}),
      ...Object.entries(PRIORITY_UNIT_KINDS).map(([kind, entry]) => link(entry.label, { kind: kind as PriorityUnitKind })),
    ],
    methodology: pointsMethodology(model.pillars),
    demo: items.some((item) => item.demo),
    asOf: model.site.asOf,
  };
}

/** A unit's "3 việc nâng tỷ lệ hoàn thành nhiều nhất": its open tasks with the most points at stake. */
export interface UnitPrioritiesView {
  unitName: string;
  items: (PriorityItem & { unitGain: string })[];
  /** Its open tasks, listed or not. */
  openCount: number;
  href: string;
}

/** How many of its own tasks a unit page lists. */
export const UNIT_PRIORITY_SIZE = 3;

/** @example unitPrioritiesView(model, tranPhu).items.length // 3 */
export function unitPrioritiesView(model: PortalModel, unit: Unit): UnitPrioritiesView | undefined {
  const progress = model.progress.units.get(unit.id);
  if (!progress || progress.assignments.length === 0) return undefined;
  const own = openStakesOfUnit(taskStakes(model.progress, model.indicators), unit.id);
  return {
    unitName: unit.name,
    items: priorityItems(model, own.slice(0, UNIT_PRIORITY_SIZE)).map((item) => ({ ...item, unitGain: gainLabel(unitGain(progress, item.stake.assignment)) })),
    openCount: own.length,
    href: routes.priorities({ kind: PRIORITY_UNIT_KINDS['phuong-xa'].kinds.some((kind) => kind === unit.kind) ? 'phuong-xa' : 'co-quan' }),
  };
}
