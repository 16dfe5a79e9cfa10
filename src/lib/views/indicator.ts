/** An indicator's page: /chi-so/<id>/. */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { LegalDocument } from '../content/schemas/legal-document.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import { anyDemoUnder } from '../dashboard/demo.ts';
import type { PortalModel, ResolvedRef } from '../portal/model.ts';
import type { PostCounter } from '../posts/counter.ts';
import type { IndicatorProgress } from '../progress/rollup.ts';
import { routes } from '../routes.ts';
import { indicatorSearchMeta } from '../search/portal-meta.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { indicatorImage } from './images.ts';
import type { PageLink, PageView } from './layout.ts';
import { indicatorTrend } from './trends.ts';
import type { Trend } from '../timeline/trend.ts';
import { reportTrailView, type ReportTrailView } from './report-trail.ts';
import { leadUnitsSummary, type LeadUnitsSummary } from '../distribution/lead-units.ts';

export interface IndicatorView extends PageView {
  indicator: Indicator;
  pillar: Pillar;
  parent: Indicator | undefined;
  children: Indicator[];
  progress: IndicatorProgress | undefined;
  demo: boolean;
  lead: ResolvedRef[];
  partners: ResolvedRef[];
  /** The 1.4 counter's full table, on the indicator counted from posts only. */
  postCounter: PostCounter | undefined;
  citedDocuments: LegalDocument[];
  share: { subject: string };
  pager: { label: string; prev?: PageLink | undefined; next?: PageLink | undefined };
  /** The indicator's value against its target, or its completion, at each month end up to asOf (issue 15); none without tasks. */
  trend: Trend | undefined;
  /** The commit that last changed each report, from git; undefined without the history. */
  trail: ReportTrailView | undefined;
  /** A leaf indicator's lead units: the table of all of them, or above 30 the distribution and links to the full list (issue 18). */
  leadUnits: LeadUnitsSummary | undefined;
}

const link = (indicator: Indicator | undefined): PageLink | undefined =>
  indicator && { href: routes.indicator(indicator.id), label: `Chỉ số ${indicator.id}: ${inlineEmphasisToText(indicator.title)}` };

/**
 * @example indicatorView(model, '1.2.1').parent?.id; // '1.2'
 */
export function indicatorView(model: PortalModel, id: string): IndicatorView {
  const indicator = model.getIndicator(id);
  if (!indicator) throw new Error(`Không tìm thấy chỉ số ${id}`);
  const pillar = model.getPillarOf(indicator);
  const index = model.indicators.indexOf(indicator);
  const progress = model.progress.indicators.get(indicator.id);
  const demo = progress !== undefined && anyDemoUnder([progress]);
  const lead = model.resolveRefs(indicator.lead);
  const plainTitle = inlineEmphasisToText(indicator.title);
  const title = `Chỉ số ${indicator.id}: ${plainTitle}`;
  return {
    layout: {
      site: model.site,
      title,
      description: `Chỉ số ${indicator.id} (trụ cột ${pillar.name}): ${plainTitle}. Cơ quan chủ trì, phối hợp, thời gian thực hiện, minh chứng và chỉ tiêu.`,
      image: indicatorImage(model.site, {
        id: indicator.id,
        title: plainTitle,
        pillar: `${pillar.id}. ${pillar.name}`,
        lead: lead.length > 0 ? lead.map((ref) => (ref.type === 'unit' ? ref.unit.name : ref.group.name)).join(', ') : (indicator.leadText ?? ''),
        status: progress?.status ?? 'not-reported',
        completion: progress?.completion,
        demo,
      }),
      search: indicatorSearchMeta(model, indicator),
    },
    breadcrumbs: [
      { label: 'Chỉ số', href: routes.indicators() },
      { label: `${pillar.id}. ${pillar.name}`, href: routes.pillar(pillar.slug) },
      { label: `Chỉ số ${indicator.id}` },
    ],
    indicator,
    pillar,
    parent: model.parentOf(indicator),
    children: model.childrenOf(indicator),
    progress,
    demo,
    lead,
    partners: model.resolveRefs(indicator.partners),
    postCounter: model.postCounter?.indicator.id === indicator.id ? model.postCounter : undefined,
    citedDocuments: model.documents.filter((doc) => doc.citations.some((citation) => citation.indicator === indicator.id)),
    share: { subject: `chỉ số ${indicator.id}` },
    pager: { label: 'Chỉ số trước và sau', prev: link(model.indicators[index - 1]), next: link(model.indicators[index + 1]) },
    trend: progress ? indicatorTrend(model, indicator.id) : undefined,
    trail: reportTrailView(model, indicator),
    leadUnits: progress && progress.children.length === 0 && progress.assignments.length > 0 ? leadUnitsSummary(progress.assignments, (page) => routes.indicatorUnits(indicator.id, page)) : undefined,
  };
}
