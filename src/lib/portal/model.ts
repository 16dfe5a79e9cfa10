import type { PortalContent } from '../loading/load.ts';
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Unit, UnitGroup } from '../content/schemas/unit.ts';
import { compareIndicatorIds, getParentId, getPillarNumber } from '../plan/indicator-id.ts';
import { compareVietnamese } from '../text/fold.ts';
import { expandUnitRefs, isUnitActiveInYear } from '../units/membership.ts';
import { UNIT_KINDS } from '../content/schemas/taxonomies.ts';
import { reportsFromPosts, type PostTally } from '../progress/derived.ts';
import { computeProgress, reportKey, type ProgressReport, type ProgressSummary } from '../progress/rollup.ts';
import type { LegalDocument } from '../content/schemas/legal-document.ts';
import type { RelatedLink } from '../content/schemas/related-link.ts';
import { sortLegalDocuments } from '../documents/order.ts';
import { countIndicatorPosts, postTalliesOf, type PostCounter } from '../posts/counter.ts';
import { publishedPosts } from '../posts/listing.ts';
import type { Post } from '../posts/schema.ts';
import { contentAsOf, type LeftOut } from '../timeline/cut-off.ts';
import { buildTimeline, type Timeline } from '../timeline/snapshots.ts';
import { deriveChanges, type ReportChange } from '../changes/derive.ts';
import { deriveAuditTrail, type AuditTrail, type ProgressHistory } from '../audit/trail.ts';

/** A reference in an agency cell, resolved for display: a unit, or a group with its members. */
export type ResolvedRef =
  | { type: 'unit'; unit: Unit }
  | { type: 'group'; group: UnitGroup; members: Unit[] };

/** The content with its relations worked out once, for every page to read. */
export interface PortalModel extends PortalContent {
  getPillar(id: number): Pillar | undefined;
  getPillarOf(indicator: Indicator): Pillar;
  getIndicator(id: string): Indicator | undefined;
  getUnit(id: string): Unit | undefined;
  /** Indicators of a pillar in appendix order. */
  indicatorsOf(pillar: Pillar): Indicator[];
  childrenOf(indicator: Indicator): Indicator[];
  parentOf(indicator: Indicator): Indicator | undefined;
  resolveRefs(refs: readonly string[]): ResolvedRef[];
  /** Every unit a row assigns, groups expanded. */
  leadUnitsOf(indicator: Indicator): Unit[];
  partnerUnitsOf(indicator: Indicator): Unit[];
  /** Indicators a unit leads, and those it partners on (directly or through a group). */
  assignmentsOf(unit: Unit): { lead: Indicator[]; partner: Indicator[] };
  /** Units active in the plan year, grouped by kind in taxonomy order, sorted by name. */
  unitsByKind(): { kind: Unit['kind']; units: Unit[] }[];
  /** Statuses and completion as of `site.asOf`, rolled up to indicators, pillars, units and the city. */
  progress: ProgressSummary;
  /** The city, every pillar, unit and indicator at each month end of the plan year up to `asOf`, and at `asOf` (src/lib/timeline/). */
  timeline: Timeline;
  /** What the cut-off at `asOf` left out: report states, posts, evidence and documents dated later. */
  leftOut: LeftOut;
  /** Whether any figure shown comes from demonstration data. */
  hasDemoData: boolean;
  /** The legal documents the plan cites, issued on or before `asOf`, in list order (legal hierarchy, then date). */
  documents: LegalDocument[];
  /** Related agencies' portals, in the order of content/links.yaml. */
  links: RelatedLink[];
  /** Every published post (no drafts) dated on or before `asOf`, newest first: every list, feed and counter reads these. */
  publishedPosts: Post[];
  /** The 1.4 counter for every unit active in the plan year; undefined when no indicator is counted from posts. */
  postCounter: PostCounter | undefined;
  /** Every status or value change in the reports up to `site.asOf`, newest first (/cap-nhat/). */
  changes: ReportChange[];
  /** Which commit last changed each report and introduced each state, and rewritten histories (from git, when read). */
  audit: AuditTrail;
}

/** Inputs computed outside the content files. */
export interface ModelOptions {
  /** Posts counted per unit in the plan year, for indicators measured by posts (1.4); counted from `content.posts` when left out. */
  postTallies?: ReadonlyMap<string, PostTally>;
  /** The git history of content/progress/ (src/lib/audit/git-fs.ts); without it the model has no audit trail. */
  progressHistory?: ProgressHistory;
}

/**
 * Builds the linked model from validated content.
 * @example
 * const model = createPortalModel(loadPortalContentFromDir('content'));
 * model.childrenOf(model.getIndicator('1.2')!).map((i) => i.id); // ['1.2.1', '1.2.2']
 */
export function createPortalModel(content: PortalContent, options: ModelOptions = {}): PortalModel {
  let unitsByKindOnce: { kind: Unit['kind']; units: Unit[] }[] | undefined;
  const year = content.site.year;
  const pillars = [...content.pillars].sort((a, b) => a.id - b.id);
  const indicators = [...content.indicators].sort((a, b) => compareIndicatorIds(a.id, b.id));
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const unitById = new Map(content.units.map((unit) => [unit.id, unit]));
  const groupById = new Map(content.groups.map((group) => [group.id, group]));
  // Pages ask for the same rows' units again and again (every unit page, every indicator page); each
  // expansion walks every unit, so with 1,600 wards uncached expansions dominated the build (BENCHMARKS.md).
  const expanded = new Map<string, Unit[]>();
  const expand = (refs: readonly string[]) => {
    const key = refs.join('\u0000');
    let units = expanded.get(key);
    if (!units) expanded.set(key, (units = expandUnitRefs(refs, content.units, content.groups, year)));
    return [...units];
  };

  const assignments = new Map<string, { lead: Indicator[]; partner: Indicator[] }>();
  for (const unit of content.units) assignments.set(unit.id, { lead: [], partner: [] });
  for (const indicator of indicators) {
    for (const unit of expand(indicator.lead)) assignments.get(unit.id)?.lead.push(indicator);
    const leads = new Set(expand(indicator.lead).map((unit) => unit.id));
    for (const unit of expand(indicator.partners)) {
      if (!leads.has(unit.id)) assignments.get(unit.id)?.partner.push(indicator);
    }
  }

  const unitsByKind = () =>
    (unitsByKindOnce ??= UNIT_KINDS.map((kind) => ({
      kind,
      units: content.units
        .filter((unit) => unit.kind === kind && isUnitActiveInYear(unit, year))
        .sort((a, b) => compareVietnamese(a.name, b.name)),
    })).filter((entry) => entry.units.length > 0));
  const countedUnits = unitsByKind().flatMap((entry) => entry.units);
  // The portal at any date (issue 15): the reports as they stood that day, and nothing dated later.
  const progressAt = (date: string) => {
    const cut = contentAsOf(content, date);
    const posts = publishedPosts(cut.posts);
    // 1.4 is counted from the news posts, never typed in by hand: one counter for pages, images, open data and progress.
    const postCounter = countIndicatorPosts({ posts, indicators, units: countedUnits, year });
    const postTallies = options.postTallies ?? postTalliesOf(postCounter);
    const reports = new Map<string, ProgressReport>();
    for (const file of cut.progressFiles) {
      for (const report of file.reports) reports.set(reportKey(file.unit, report.indicator), report);
    }
    for (const indicator of indicators.filter((candidate) => candidate.progressSource === 'posts')) {
      const derived = reportsFromPosts(indicator, expand(indicator.lead), postTallies);
      for (const [key, report] of derived) reports.set(key, report);
    }
    const progress = computeProgress({
      year,
      asOf: date,
      pillars,
      indicators,
      units: content.units,
      leadUnitsOf: (indicator) => expand(indicator.lead),
      reports,
    });
    return { cut, posts, postCounter, reports, progress };
  };
  const { cut, posts, postCounter, reports, progress } = progressAt(content.site.asOf);
  // Each snapshot, the asOf one included, is computed afresh by the same function: the agreement of the
  // asOf snapshot with `progress` is tested, not assumed.
  const timeline = buildTimeline(year, content.site.asOf, (date) => progressAt(date).progress);

  const getPillar = (id: number) => pillars.find((pillar) => pillar.id === id);
  return {
    ...content,
    pillars,
    indicators,
    progress,
    timeline,
    leftOut: cut.leftOut,
    documents: sortLegalDocuments(cut.documents),
    links: [...(content.links ?? [])],
    publishedPosts: posts,
    postCounter,
    changes: deriveChanges(content.progressFiles, content.site.asOf),
    audit: deriveAuditTrail(options.progressHistory, content.site.repository),
    hasDemoData: [...reports.values()].some((report) => report.demo),
    getPillar,
    getPillarOf: (indicator) => {
      const pillar = getPillar(getPillarNumber(indicator.id));
      if (!pillar) throw new Error(`Chỉ số ${indicator.id} không thuộc trụ cột nào`);
      return pillar;
    },
    getIndicator: (id) => indicatorById.get(id),
    getUnit: (id) => unitById.get(id),
    indicatorsOf: (pillar) => indicators.filter((indicator) => getPillarNumber(indicator.id) === pillar.id),
    childrenOf: (indicator) => indicators.filter((candidate) => getParentId(candidate.id) === indicator.id),
    parentOf: (indicator) => {
      const parent = getParentId(indicator.id);
      return parent ? indicatorById.get(parent) : undefined;
    },
    resolveRefs: (refs) =>
      refs.flatMap((ref): ResolvedRef[] => {
        const group = groupById.get(ref);
        if (group) return [{ type: 'group', group, members: expand([ref]) }];
        const unit = unitById.get(ref);
        return unit ? [{ type: 'unit', unit }] : [];
      }),
    leadUnitsOf: (indicator) => expand(indicator.lead),
    partnerUnitsOf: (indicator) => expand(indicator.partners),
    assignmentsOf: (unit) => assignments.get(unit.id) ?? { lead: [], partner: [] },
    // Sorted once: news list pages ask for it on every page, and sorting with the Vietnamese collator is not cheap.
    unitsByKind,
  };
}
