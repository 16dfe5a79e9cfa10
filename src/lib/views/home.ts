/** The home page: the plan, the city dashboard, key facts, pillars, deadlines and the latest posts. */
import type { Pillar } from '../content/schemas/pillar.ts';
import type { PlanFrontmatter } from '../content/schemas/plan.ts';
import { anyDemo } from '../dashboard/demo.ts';
import { groupOverdue, type OverdueGroup } from '../dashboard/overdue.ts';
import { cityPillarRows, type PillarChartRow } from '../dashboard/pillar-rows.ts';
import { RANKED_KINDS, rankUnits, type RankedUnit } from '../dashboard/ranking.ts';
import { upcomingDeadlines, type DatedIndicator } from '../plan/deadlines.ts';
import type { PortalModel } from '../portal/model.ts';
import type { ProgressSummary } from '../progress/rollup.ts';
import { homeImage } from './images.ts';
import type { PageView } from './layout.ts';
import { latestPostsView, type LatestPostsView } from './posts-panel.ts';
import { cityTrend } from './trends.ts';
import { cityChange, pillarChange, unitChange, type ChangeView } from './quarter-change.ts';
import type { Trend } from '../timeline/trend.ts';
import { latestChangesView, type LatestChangesView } from './changes.ts';
import { homeBriefView } from './brief.ts';
import { rankingExcerpt, type RankingExcerpt } from '../distribution/ranking-pages.ts';
import { routes } from '../routes.ts';

export interface HomeDashboardView {
  site: PortalModel['site'];
  pillars: readonly Pillar[];
  progress: ProgressSummary;
  pillarRows: PillarChartRow[];
  ranked: RankedUnit[];
  /** What the home page shows of `ranked`: all of it up to 30 units, else its top and bottom and a link to /xep-hang/ (issue 18). */
  rankingExcerpt: RankingExcerpt;
  /** The most urgent overdue indicators (earliest due first), at most {@link HOME_OVERDUE_ROWS}. */
  overdue: OverdueGroup[];
  /** How many overdue indicators the full list (/qua-han/) has. */
  overdueGroupCount: number;
  /** Change since the previous quarter end (issue 15): the city, each pillar, each ranked unit. */
  changes: { city: ChangeView | undefined; pillars: Map<number, ChangeView | undefined>; units: Map<string, ChangeView | undefined> };
}

/** Rows of the overdue list on the home page; the rest is on /qua-han/. */
export const HOME_OVERDUE_ROWS = 10;

export interface HomeView extends PageView {
  plan: PlanFrontmatter | undefined;
  demo: boolean;
  dashboard: HomeDashboardView;
  facts: { value: number; label: string }[];
  pillars: { pillar: Pillar; indicatorCount: number }[];
  deadlines: DatedIndicator[];
  indicatorCount: number;
  latestPosts: LatestPostsView;
  /** The city's completion at each month end up to asOf (issue 15). */
  trend: Trend;
  latestChanges: LatestChangesView;
  /** The leaders' brief and the 3 priorities (issue 16). */
  brief: ReturnType<typeof homeBriefView>;
}

/** Every assignment of the city, for the home and plan images' demo mark. */
export const allAssignments = (model: PortalModel) => [...model.progress.units.values()].flatMap((unit) => unit.assignments);

/** @example homeView(model).facts[0]; // { value: 79, label: 'chỉ số và chỉ số thành phần' } */
export function homeView(model: PortalModel): HomeView {
  const { site, progress } = model;
  const activeUnits = model.unitsByKind().flatMap((entry) => entry.units);
  const activeIds = new Set(activeUnits.map((unit) => unit.id));
  const overdue = groupOverdue(progress.overdue);
  const assignedUnits = activeUnits.filter((unit) => {
    const { lead, partner } = model.assignmentsOf(unit);
    return lead.length + partner.length > 0;
  });
  const ranked = rankUnits([...progress.units.values()].filter((entry) => RANKED_KINDS.includes(entry.unit.kind) && activeIds.has(entry.unit.id)));
  const city = cityChange(model);
  return {
    layout: {
      site,
      title: site.name,
      description: site.tagline,
      image: homeImage(site, { indicatorCount: model.indicators.length, completion: progress.completion, counts: progress.counts, demo: anyDemo(allAssignments(model)), change: city?.sentence }),
    },
    breadcrumbs: [],
    plan: model.plans[0]?.frontmatter,
    demo: model.hasDemoData,
    dashboard: {
      site,
      pillars: model.pillars,
      progress,
      pillarRows: cityPillarRows(progress.pillars),
      ranked,
      rankingExcerpt: rankingExcerpt(ranked, routes.ranking),
      overdue: overdue.slice(0, HOME_OVERDUE_ROWS),
      overdueGroupCount: overdue.length,
      changes: {
        city,
        pillars: new Map(model.pillars.map((pillar) => [pillar.id, pillarChange(model, pillar.id)])),
        units: new Map(ranked.map((row) => [row.progress.unit.id, unitChange(model, row.progress.unit.id)])),
      },
    },
    facts: [
      { value: model.indicators.length, label: 'chỉ số và chỉ số thành phần' },
      { value: model.pillars.length, label: 'trụ cột' },
      { value: assignedUnits.length, label: 'cơ quan, đơn vị và phường, xã được giao nhiệm vụ' },
      { value: activeUnits.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune').length, label: 'phường, xã' },
    ],
    pillars: model.pillars.map((pillar) => ({ pillar, indicatorCount: model.indicatorsOf(pillar).length })),
    deadlines: upcomingDeadlines(model.indicators, site.asOf, 8),
    indicatorCount: model.indicators.length,
    latestPosts: latestPostsView(model),
    trend: cityTrend(model),
    latestChanges: latestChangesView(model),
    brief: homeBriefView(model),
  };
}
