/**
 * Search metadata for each kind of portal page, from the portal model. The
 * page templates call these and pass the result to BaseLayout's `search` prop.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Unit } from '../content/schemas/unit.ts';
import type { PortalModel } from '../portal/model.ts';
import type { IndicatorProgress } from '../progress/rollup.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { joinUnitNames, latestDate, type SearchPageMeta } from './page-meta.ts';

type Model = Pick<
  PortalModel,
  'site' | 'progress' | 'getPillarOf' | 'getPillar' | 'getUnit' | 'leadUnitsOf' | 'resolveRefs' | 'assignmentsOf'
>;

/** Every assignment under an indicator, its children's included. */
const assignmentsUnder = (progress: IndicatorProgress | undefined): IndicatorProgress['assignments'] =>
  progress ? [...progress.assignments, ...progress.children.flatMap(assignmentsUnder)] : [];

/**
 * An indicator page: filed under its pillar and its lead units, with its
 * status as of `asOf`, dated by the latest report on it.
 * @example indicatorSearchMeta(model, model.getIndicator('1.4')!).unitsText; // 'Phòng Văn hóa và Thông tin; UBND các phường, xã'
 */
export function indicatorSearchMeta(model: Model, indicator: Indicator): SearchPageMeta {
  const progress = model.progress.indicators.get(indicator.id);
  const assignments = assignmentsUnder(progress);
  const refs = model.resolveRefs(indicator.lead);
  return {
    type: 'indicator',
    title: `Chỉ số ${indicator.id}: ${inlineEmphasisToText(indicator.title)}`,
    date: latestDate(assignments.map((assignment) => assignment.report?.updated), model.site.asOf),
    unitIds: model.leadUnitsOf(indicator).map((unit) => unit.id),
    unitsText: joinUnitNames(refs.map((ref) => (ref.type === 'unit' ? ref.unit.name : ref.group.name)), 4),
    pillarSlugs: [model.getPillarOf(indicator).slug],
    ...(progress && { status: progress.status }),
    demo: assignments.some((assignment) => assignment.report?.demo),
  };
}

/**
 * A unit page: filed under the unit and the pillars of the indicators it leads,
 * dated by its latest report.
 */
export function unitSearchMeta(model: Model, unit: Unit): SearchPageMeta {
  const { lead } = model.assignmentsOf(unit);
  const reports = model.progress.units.get(unit.id)?.assignments.map((assignment) => assignment.report?.updated) ?? [];
  return {
    type: 'unit',
    title: unit.name,
    date: latestDate(reports, model.site.asOf),
    unitIds: [unit.id],
    unitsText: unit.name,
    pillarSlugs: [...new Set(lead.map((indicator) => model.getPillarOf(indicator).slug))],
  };
}

/** A pillar page, dated as of the figures' date. */
export function pillarSearchMeta(model: Model, pillar: Pillar): SearchPageMeta {
  return { type: 'pillar', title: `Trụ cột ${pillar.id}: ${pillar.name}`, date: model.site.asOf, pillarSlugs: [pillar.slug] };
}

/** What a post page needs; the posts' own type has more. */
export interface SearchablePost {
  title: string;
  date: string;
  unit: string;
  /** Pillar numbers, those of its indicators included (postPillarIds). */
  pillarIds: readonly number[];
  demo: boolean;
}

/** A news post: filed under its unit and pillars, dated by publication. */
export function postSearchMeta(model: Model, post: SearchablePost): SearchPageMeta {
  return {
    type: 'post',
    title: post.title,
    date: post.date,
    unitIds: [post.unit],
    unitsText: model.getUnit(post.unit)?.name ?? post.unit,
    pillarSlugs: post.pillarIds.flatMap((id) => model.getPillar(id)?.slug ?? []),
    demo: post.demo,
  };
}

/** The plan itself, dated by its month of issue. */
export function planSearchMeta(title: string, issuedMonth: string): SearchPageMeta {
  return { type: 'plan', title, date: issuedMonth };
}

/**
 * A legal document, dated by its date of issue, or by the year in its number
 * ("42/2022/NĐ-CP") when the plan gives no date.
 * @example documentSearchMeta('Nghị định 42/2022/NĐ-CP', { number: '42/2022/NĐ-CP' }).date; // '2022'
 */
export function documentSearchMeta(title: string, document: { number: string; date?: string | undefined }): SearchPageMeta {
  const date = document.date ?? /\/(\d{4})\//.exec(document.number)?.[1];
  return { type: 'document', title, ...(date && { date }) };
}

/** An information page (contact, open data), dated as of the figures' date. */
export function infoPageSearchMeta(model: Pick<Model, 'site'>, title: string): SearchPageMeta {
  return { type: 'page', title, date: model.site.asOf };
}
