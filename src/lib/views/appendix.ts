/** The appendix table (all of it on /chi-so/, one pillar on its page) and the /chi-so/ page. */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { PortalModel, ResolvedRef } from '../portal/model.ts';
import { pageImage } from './images.ts';
import type { PageView } from './layout.ts';

export interface AppendixRowView {
  indicator: Indicator;
  /** A sub-indicator (e.g. 1.2.1), indented under its parent. */
  isSub: boolean;
  lead: ResolvedRef[];
  partners: ResolvedRef[];
}

export interface AppendixTableView {
  caption: string;
  /** One <tbody> per pillar; `heading` is false when the table shows a single pillar. */
  groups: { pillar: Pillar; heading: boolean; rows: AppendixRowView[] }[];
}

export function appendixRow(model: PortalModel, indicator: Indicator): AppendixRowView {
  return {
    indicator,
    isSub: model.parentOf(indicator) !== undefined,
    lead: model.resolveRefs(indicator.lead),
    partners: model.resolveRefs(indicator.partners),
  };
}

/**
 * @example appendixTable(model).groups.length; // 8
 * @example appendixTable(model, model.getPillar(1)).caption; // 'Chỉ số của trụ cột 1. Nhận thức số'
 */
export function appendixTable(model: PortalModel, pillar?: Pillar): AppendixTableView {
  const pillars = pillar ? [pillar] : model.pillars;
  return {
    caption: pillar ? `Chỉ số của trụ cột ${pillar.id}. ${pillar.name}` : 'Phân công thực hiện nhiệm vụ chi tiết theo trụ cột',
    groups: pillars.map((current) => ({ pillar: current, heading: !pillar, rows: model.indicatorsOf(current).map((indicator) => appendixRow(model, indicator)) })),
  };
}

export interface AppendixPageView extends PageView {
  indicatorCount: number;
  pillars: { pillar: Pillar; indicatorCount: number }[];
  table: AppendixTableView;
}

/** /chi-so/: every indicator by pillar. */
export function appendixPageView(model: PortalModel): AppendixPageView {
  const title = 'Chỉ số và phân công thực hiện';
  const description = `${model.indicators.length} chỉ số chuyển đổi số (DTI) năm ${model.site.year}, cơ quan chủ trì, phối hợp, thời gian thực hiện và minh chứng.`;
  return {
    layout: { site: model.site, title, description, image: pageImage(model.site, { title, description }) },
    breadcrumbs: [{ label: 'Chỉ số' }],
    indicatorCount: model.indicators.length,
    pillars: model.pillars.map((pillar) => ({ pillar, indicatorCount: model.indicatorsOf(pillar).length })),
    table: appendixTable(model),
  };
}
