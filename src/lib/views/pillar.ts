/** A pillar's page: /tru-cot/<slug>/. */
import type { Pillar } from '../content/schemas/pillar.ts';
import { anyDemoUnder } from '../dashboard/demo.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import type { PillarProgress } from '../progress/rollup.ts';
import { routes } from '../routes.ts';
import { pillarSearchMeta } from '../search/portal-meta.ts';
import { appendixTable, type AppendixTableView } from './appendix.ts';
import { pillarImage } from './images.ts';
import type { PageLink, PageView } from './layout.ts';
import { pillarTrend } from './trends.ts';
import { pillarChange, type ChangeView } from './quarter-change.ts';
import type { Trend } from '../timeline/trend.ts';

export interface PillarView extends PageView {
  pillar: Pillar;
  indicatorCount: number;
  progress: PillarProgress | undefined;
  demo: boolean;
  table: AppendixTableView;
  pager: { label: string; prev?: PageLink | undefined; next?: PageLink | undefined };
  /** The pillar's completion at each month end up to asOf (issue 15). */
  trend: Trend;
  /** Change since the previous quarter end (issue 15). */
  change: ChangeView | undefined;
}

const link = (pillar: Pillar | undefined): PageLink | undefined => pillar && { href: routes.pillar(pillar.slug), label: `${pillar.id}. ${pillar.name}` };

/** @example pillarView(model, 6).layout.image.kind; // 'pillar' */
export function pillarView(model: PortalModel, id: number): PillarView {
  const pillar = model.getPillar(id);
  if (!pillar) throw new Error(`Không tìm thấy trụ cột ${id}`);
  const indicatorCount = model.indicatorsOf(pillar).length;
  const progress = model.progress.pillars.find((entry) => entry.pillar.id === pillar.id);
  const demo = progress !== undefined && anyDemoUnder(progress.indicators);
  const index = model.pillars.indexOf(pillar);
  const kicker = `Trụ cột ${pillar.id} · ${formatNumberVi(pillar.maxPoints)} điểm DTI`;
  return {
    layout: {
      site: model.site,
      title: `Trụ cột ${pillar.id}: ${pillar.name}`,
      description: `Trụ cột ${pillar.name}: ${formatNumberVi(pillar.maxPoints)} điểm, ${indicatorCount} chỉ số, nhiệm vụ và phân công thực hiện.`,
      image: pillarImage(model.site, { kicker, name: pillar.name, indicatorCount }, progress && { completion: progress.completion, counts: progress.counts, demo }),
      search: pillarSearchMeta(model, pillar),
    },
    breadcrumbs: [{ label: 'Chỉ số', href: routes.indicators() }, { label: `${pillar.id}. ${pillar.name}` }],
    pillar,
    indicatorCount,
    progress,
    demo,
    table: appendixTable(model, pillar),
    pager: { label: 'Trụ cột trước và sau', prev: link(model.pillars[index - 1]), next: link(model.pillars[index + 1]) },
    trend: pillarTrend(model, pillar.id),
    change: pillarChange(model, pillar.id),
  };
}
