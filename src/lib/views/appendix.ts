/** The appendix table (all of it on /chi-so/, one pillar on its page) and the /chi-so/ page. */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { EffectiveStatus } from '../content/schemas/taxonomies.ts';
import type { PortalModel, ResolvedRef } from '../portal/model.ts';
import { indicatorDistribution } from '../progress/distribution.ts';
import { pageImage } from './images.ts';
import type { PageView } from './layout.ts';

export interface AppendixRowView {
  indicator: Indicator;
  /** A sub-indicator (e.g. 1.2.1), indented under its parent. */
  isSub: boolean;
  lead: ResolvedRef[];
  partners: ResolvedRef[];
  /** On /chi-so/ only: the indicator's completion and its tasks by status, shown beside its owner. */
  progress?: AppendixRowProgress | undefined;
}

/** An indicator's figures from model.progress, as its own page states them. */
export interface AppendixRowProgress {
  status: EffectiveStatus;
  /** 0–1; undefined when nothing applies. */
  completion: number | undefined;
  /** e.g. "15/17 đơn vị hoàn thành, 2 quá hạn". */
  sentence: string;
}

export interface AppendixTableView {
  caption: string;
  /** Whether the rows carry their progress (a "Tiến độ" column); the plan's own appendix does not. */
  withProgress: boolean;
  /** One <tbody> per pillar; `heading` is false when the table shows a single pillar. */
  groups: { pillar: Pillar; heading: boolean; rows: AppendixRowView[] }[];
}

export function appendixRow(model: PortalModel, indicator: Indicator, withProgress = false): AppendixRowView {
  const progress = withProgress ? model.progress.indicators.get(indicator.id) : undefined;
  return {
    indicator,
    isSub: model.parentOf(indicator) !== undefined,
    lead: model.resolveRefs(indicator.lead),
    partners: model.resolveRefs(indicator.partners),
    progress: progress && { status: progress.status, completion: progress.completion, sentence: indicatorDistribution(progress).sentence },
  };
}

/**
 * @example appendixTable(model).groups.length; // 8
 * @example appendixTable(model, model.getPillar(1)).caption; // 'Chỉ số của trụ cột 1. Nhận thức số'
 */
export function appendixTable(model: PortalModel, pillar?: Pillar, options: { withProgress?: boolean } = {}): AppendixTableView {
  const pillars = pillar ? [pillar] : model.pillars;
  const withProgress = options.withProgress ?? false;
  return {
    caption: pillar ? `Chỉ số của trụ cột ${pillar.id}. ${pillar.name}` : 'Phân công thực hiện nhiệm vụ chi tiết theo trụ cột',
    withProgress,
    groups: pillars.map((current) => ({
      pillar: current,
      heading: !pillar,
      rows: model.indicatorsOf(current).map((indicator) => appendixRow(model, indicator, withProgress)),
    })),
  };
}

export interface AppendixPageView extends PageView {
  indicatorCount: number;
  pillars: { pillar: Pillar; indicatorCount: number }[];
  table: AppendixTableView;
}

/** /chi-so/: every indicator by pillar, each with its completion and status beside its owner. */
export function appendixPageView(model: PortalModel): AppendixPageView {
  const title = 'Chỉ số và phân công thực hiện';
  const description = `${model.indicators.length} chỉ số chuyển đổi số (DTI) năm ${model.site.year}, cơ quan chủ trì, phối hợp, thời gian thực hiện và minh chứng.`;
  return {
    layout: { site: model.site, title, description, image: pageImage(model.site, { title, description }) },
    breadcrumbs: [{ label: 'Chỉ số' }],
    indicatorCount: model.indicators.length,
    pillars: model.pillars.map((pillar) => ({ pillar, indicatorCount: model.indicatorsOf(pillar).length })),
    table: appendixTable(model, undefined, { withProgress: true }),
  };
}
