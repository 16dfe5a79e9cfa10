/** The units list (/don-vi/) and a unit's page (/don-vi/<id>/). */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import { UNIT_KIND_LABELS } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { anyDemo } from '../dashboard/demo.ts';
import { toPercent } from '../dashboard/percent.ts';
import { targetValueLabel } from '../plan/labels.ts';
import type { PortalModel } from '../portal/model.ts';
import type { UnitProgress } from '../progress/rollup.ts';
import { emptyCounts, leadCountOf } from '../progress/rollup.ts';
import { statusDistribution, type Distribution } from '../progress/distribution.ts';
import { isFrequency } from '../progress/target.ts';
import { hasReportTemplate } from '../reports-xlsx/rows.ts';
import { routes } from '../routes.ts';
import { unitSearchMeta } from '../search/portal-meta.ts';
import { isUnitActiveInYear } from '../units/membership.ts';
import { ogText } from '../og/text.ts';
import type { OgPostCount } from '../og/model.ts';
import { pageImage, unitImage, type UnitFigures } from './images.ts';
import { kindListLink } from './unit-kind-list.ts';
import type { PageView } from './layout.ts';
import { latestPostsView, type LatestPostsView } from './posts-panel.ts';
import { unitTrend } from './trends.ts';
import { unitChange, type ChangeView } from './quarter-change.ts';
import type { Trend } from '../timeline/trend.ts';
import { unitDeadlineEvents } from '../calendar/events.ts';
import { unitBriefView, type UnitBriefView } from './brief.ts';
import { scorecardsView, type ScorecardView } from './scorecards.ts';

/**
 * A unit's posts against the target of the indicator counted from posts (1.4),
 * read from that indicator's assignment to the unit. Undefined when the unit is not assigned it.
 */
function unitPostCount(model: PortalModel, unit: Unit): OgPostCount | undefined {
  const indicator = model.indicators.find((candidate) => candidate.progressSource === 'posts');
  const assignment = indicator && model.progress.indicators.get(indicator.id)?.assignments.find((entry) => entry.unit.id === unit.id);
  if (!indicator || !assignment?.target) return undefined;
  const value = assignment.report?.value;
  return {
    indicatorId: indicator.id,
    count: typeof value === 'number' && !isFrequency(value) ? value : 0,
    target: ogText(targetValueLabel(assignment.target)),
    met: assignment.attainment?.met ?? false,
    percent: toPercent(assignment.attainment?.ratio ?? 0),
  };
}

const figuresMemo = new WeakMap<PortalModel, Map<string, UnitFigures>>();

/**
 * A unit's figures, computed once per model: its page, its line on /don-vi/,
 * its og: tags and its image all read these.
 * @example unitFigures(model, model.getUnit('phuong-tran-phu')!).leadCount; // 17, as du-lieu/don-vi.csv
 */
export function unitFigures(model: PortalModel, unit: Unit): UnitFigures {
  let byUnit = figuresMemo.get(model);
  if (!byUnit) figuresMemo.set(model, (byUnit = new Map()));
  let figures = byUnit.get(unit.id);
  if (!figures) {
    const progress = model.progress.units.get(unit.id);
    figures = {
      leadCount: leadCountOf(model.progress, unit.id),
      partnerCount: model.assignmentsOf(unit).partner.length,
      completion: progress?.completion,
      counts: progress?.counts ?? emptyCounts(),
      demo: progress !== undefined && anyDemo(progress.assignments),
      posts: unitPostCount(model, unit),
      change: unitChange(model, unit.id)?.sentence,
    };
    byUnit.set(unit.id, figures);
  }
  return figures;
}

/** "chủ trì 17, phối hợp 40 chỉ số": one wording wherever a unit's assignment counts are given. */
export const assignmentCountsText = (figures: Pick<UnitFigures, 'leadCount' | 'partnerCount'>) =>
  `chủ trì ${figures.leadCount}, phối hợp ${figures.partnerCount} chỉ số`;

/** One line of /don-vi/: the unit, its counts and, when it leads tasks, its completion and count by status. */
export interface UnitsListEntry {
  unit: Unit;
  href: string;
  figures: UnitFigures;
  /** Its lead tasks by status ("5/16 chỉ số hoàn thành, 11 quá hạn"); undefined when it leads none. */
  distribution: Distribution | undefined;
}

/**
 * @example unitsListEntry(model, tranPhu).distribution?.sentence; // '5/16 chỉ số hoàn thành, 11 quá hạn (…)'
 */
export function unitsListEntry(model: PortalModel, unit: Unit): UnitsListEntry {
  const figures = unitFigures(model, unit);
  const distribution = figures.leadCount > 0 ? statusDistribution(figures.counts, 'chỉ số') : undefined;
  return { unit, href: routes.unit(unit.id), figures, distribution };
}

export interface UnitsListView extends PageView {
  year: number;
  /** `list`: the kind has more units than /don-vi/ lists (above 30); they are on its own pages (issue 18). */
  groups: { kind: Unit['kind']; label: string; units: UnitsListEntry[]; list?: { href: string; pageCount: number } | undefined }[];
  inactive: Unit[];
  /** The scorecards of the units that lead tasks (issue 16). */
  scorecards: ScorecardView[];
}

/** The title and description of /don-vi/, which its kinds' lists share with its image (issue 18). */
export function unitsIndexText(model: Pick<PortalModel, 'site'>): { title: string; description: string } {
  return {
    title: 'Cơ quan, đơn vị và phường, xã',
    description: `Các cơ quan, đơn vị và phường, xã được giao nhiệm vụ trong Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year}.`,
  };
}

/** /don-vi/: every unit active in the plan year by kind, with its counts; those outside it after. */
export function unitsListView(model: PortalModel): UnitsListView {
  const { title, description } = unitsIndexText(model);
  return {
    layout: { site: model.site, title, description, image: pageImage(model.site, { title, description }) },
    breadcrumbs: [{ label: 'Đơn vị' }],
    year: model.site.year,
    groups: model.unitsByKind().map(({ kind, units }) => ({
      kind,
      label: UNIT_KIND_LABELS[kind],
      units: units.map((unit) => unitsListEntry(model, unit)),
      list: kindListLink(kind, units.length),
    })),
    // Units outside the plan year (merged or dissolved) keep their pages; list them so none is orphaned.
    inactive: model.units.filter((unit) => !isUnitActiveInYear(unit, model.site.year)),
    // A kind listed on its own pages (above 30 units) has its scorecards there (issue 18).
    scorecards: scorecardsView(model).filter((card) => !kindListLink(card.unit.kind, model.unitsByKind().find((entry) => entry.kind === card.unit.kind)?.units.length ?? 0)),
  };
}

export interface UnitView extends PageView {
  unit: Unit;
  kindLabel: string;
  aliases: string[];
  figures: UnitFigures;
  progress: UnitProgress | undefined;
  pillars: readonly Pillar[];
  asOf: string;
  /** The indicators behind the lead count, one per task, with the groups through which each came. */
  lead: { indicator: Indicator; viaGroups: string[] }[];
  /** Parent rows that name the unit: their progress is their sub-indicators', listed in `lead`. */
  leadParents: Indicator[];
  partner: { indicator: Indicator; viaGroups: string[] }[];
  latestPosts: LatestPostsView;
  /** The unit's Excel report template (/du-lieu/mau-bao-cao/<unit>.xlsx), for units that lead tasks reported by hand. */
  reportTemplateHref: string | undefined;
  share: { subject: string };
  /** The unit's completion at each month end up to asOf, with the city's (issue 15); none for a unit that leads nothing. */
  trend: Trend | undefined;
  /** Change since the previous quarter end (issue 15); the image draws the same sentence. */
  change: ChangeView | undefined;
  /** The unit's deadline calendar and the feed of its report changes. */
  follow: { unitName: string; calendarPath: string; changesFeedHref: string; eventCount: number };
  /** The leaders' brief: key figures, scorecard, 3 priorities, overdue tasks (issue 16). */
  brief: UnitBriefView;
}

/** @example unitView(model, 'phuong-tran-phu').figures.leadCount; // as du-lieu/don-vi.csv */
export function unitView(model: PortalModel, id: string): UnitView {
  const unit = model.getUnit(id);
  if (!unit) throw new Error(`Không tìm thấy đơn vị ${id}`);
  const figures = unitFigures(model, unit);
  const progress = model.progress.units.get(unit.id);
  const { lead, partner } = model.assignmentsOf(unit);
  const via = (indicator: Indicator, role: 'lead' | 'partner') => {
    const refs = role === 'lead' ? indicator.lead : indicator.partners;
    if (refs.includes(unit.id)) return [];
    return model.resolveRefs(refs).flatMap((ref) => (ref.type === 'group' && ref.members.some((member) => member.id === unit.id) ? [ref.group.name] : []));
  };
  const tasks = new Set((progress?.assignments ?? []).map((assignment) => assignment.indicator.id));
  return {
    layout: {
      site: model.site,
      title: unit.name,
      description: `${unit.name}: ${assignmentCountsText(figures)} trong Kế hoạch nâng cao Chỉ số chuyển đổi số năm ${model.site.year}.`,
      image: unitImage(model.site, unit, figures),
      search: unitSearchMeta(model, unit),
    },
    breadcrumbs: [{ label: 'Đơn vị', href: routes.units() }, { label: unit.name }],
    unit,
    kindLabel: UNIT_KIND_LABELS[unit.kind],
    aliases: unit.aliases.filter((alias) => alias !== unit.name),
    figures,
    progress,
    pillars: model.pillars,
    asOf: model.site.asOf,
    lead: lead.filter((indicator) => tasks.has(indicator.id)).map((indicator) => ({ indicator, viaGroups: via(indicator, 'lead') })),
    leadParents: lead.filter((indicator) => !tasks.has(indicator.id)),
    partner: partner.map((indicator) => ({ indicator, viaGroups: via(indicator, 'partner') })),
    latestPosts: latestPostsView(model, unit),
    reportTemplateHref: hasReportTemplate(model, unit) ? routes.reportTemplate(unit.id) : undefined,
    share: { subject: `trang của ${unit.name}` },
    trend: progress && progress.assignments.length > 0 ? unitTrend(model, unit.id) : undefined,
    change: unitChange(model, unit.id),
    follow: { unitName: unit.name, calendarPath: routes.unitCalendar(unit.id), changesFeedHref: routes.unitChangesFeed(unit.id), eventCount: unitDeadlineEvents(model, unit).length },
    brief: unitBriefView(model, unit),
  };
}
