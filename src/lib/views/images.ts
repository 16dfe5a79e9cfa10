/**
 * The social image of each page type, built from the figures its view model
 * already computed: a page and its image read the same numbers, never two
 * computations of them. Each model holds only what its image draws (its hash
 * is the image's cache key, src/lib/og/cache-key.ts).
 */
import type { Site } from '../content/schemas/site.ts';
import { UNIT_KIND_LABELS, type EffectiveStatus } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { formatDateVi } from '../format/date.ts';
import { ogCompletion, ogFigure, ogFrame, ogStatus } from '../og/figures.ts';
import type { OgHomeImage, OgIndicatorImage, OgPageImage, OgPillarImage, OgPlanImage, OgPostCount, OgPostImage, OgPrioritiesImage, OgUnitImage } from '../og/model.ts';
import { ogText } from '../og/text.ts';
import type { StatusCounts } from '../progress/rollup.ts';

type FrameSite = Pick<Site, 'name' | 'asOf' | 'demo'>;

/** Figures a summing-up page shows beside its completion: tasks done and overdue. */
export interface StatusFigures {
  completion: number | undefined;
  counts: StatusCounts;
  demo: boolean;
}

const statusFigures = (counts: StatusCounts) => [ogFigure(counts.done, 'nhiệm vụ hoàn thành'), ogFigure(counts.overdue, 'nhiệm vụ quá hạn')];

/** @example homeImage(site, { indicatorCount: 79, completion: 0.59, counts, demo: false }).figures[0]; // { value: '79', label: 'chỉ số' } */
export function homeImage(site: FrameSite & Pick<Site, 'tagline'>, figures: StatusFigures & { indicatorCount: number; change?: string | undefined }): OgHomeImage {
  return {
    kind: 'home',
    frame: ogFrame(site, figures.demo),
    title: ogText(site.tagline),
    completion: ogCompletion(figures.completion),
    figures: [ogFigure(figures.indicatorCount, 'chỉ số'), ...statusFigures(figures.counts)],
    ...(figures.change ? { change: figures.change } : {}),
  };
}

export function planImage(
  site: FrameSite,
  plan: { title: string; issued: string; completion: number | undefined; demo: boolean; indicatorCount: number; pillarCount: number; assignedUnitCount: number },
): OgPlanImage {
  return {
    kind: 'plan',
    frame: ogFrame(site, plan.demo),
    title: ogText(plan.title),
    issued: ogText(plan.issued),
    completion: ogCompletion(plan.completion),
    figures: [ogFigure(plan.indicatorCount, 'chỉ số'), ogFigure(plan.pillarCount, 'trụ cột'), ogFigure(plan.assignedUnitCount, 'đơn vị thực hiện')],
  };
}

export function pillarImage(site: FrameSite, pillar: { kicker: string; name: string; indicatorCount: number }, figures: StatusFigures | undefined): OgPillarImage {
  return {
    kind: 'pillar',
    frame: ogFrame(site, figures?.demo ?? false),
    kicker: pillar.kicker,
    title: ogText(pillar.name),
    completion: ogCompletion(figures?.completion),
    // As the pillar page states it: sub-indicators included (du-lieu/tru-cot.csv's indicator_count counts top-level rows).
    figures: [ogFigure(pillar.indicatorCount, 'chỉ số và chỉ số thành phần'), ...(figures ? statusFigures(figures.counts) : [])],
  };
}

export function indicatorImage(
  site: FrameSite,
  indicator: { id: string; title: string; pillar: string; lead: string; status: EffectiveStatus; completion: number | undefined; demo: boolean },
): OgIndicatorImage {
  return {
    kind: 'indicator',
    frame: ogFrame(site, indicator.demo),
    id: indicator.id,
    title: ogText(indicator.title),
    pillar: ogText(indicator.pillar),
    lead: ogText(indicator.lead),
    status: ogStatus(indicator.status),
    completion: ogCompletion(indicator.completion),
  };
}

/** A unit's figures, as its page, /don-vi/, its og: tags and its image all show them. */
export interface UnitFigures {
  /** Tasks the unit leads: one per leaf indicator assigned to it, as du-lieu/don-vi.csv's assignment_count. */
  leadCount: number;
  partnerCount: number;
  completion: number | undefined;
  counts: StatusCounts;
  demo: boolean;
  posts?: OgPostCount | undefined;
  /** Change since the previous quarter end, in words (src/lib/views/quarter-change.ts). */
  change?: string | undefined;
}

export function unitImage(site: FrameSite, unit: Pick<Unit, 'name' | 'kind'>, figures: UnitFigures): OgUnitImage {
  return {
    kind: 'unit',
    frame: ogFrame(site, figures.demo),
    name: ogText(unit.name),
    kindLabel: UNIT_KIND_LABELS[unit.kind],
    completion: ogCompletion(figures.completion, 'Không có chỉ số chủ trì'),
    figures: [ogFigure(figures.leadCount, 'chỉ số chủ trì'), ogFigure(figures.counts.done, 'hoàn thành'), ogFigure(figures.counts.overdue, 'quá hạn')],
    ...(figures.posts ? { posts: figures.posts } : {}),
    ...(figures.change ? { change: figures.change } : {}),
  };
}

export function postImage(site: FrameSite, post: { title: string; unitName: string; date: string; demo: boolean }): OgPostImage {
  return { kind: 'post', frame: ogFrame(site, post.demo), title: ogText(post.title), unit: ogText(post.unitName), date: formatDateVi(post.date) };
}

/** Any other page: its own title and description. */
export function pageImage(site: FrameSite, page: { title: string; description: string }): OgPageImage {
  return { kind: 'page', frame: ogFrame(site), title: ogText(page.title), description: ogText(page.description) };
}

/** /uu-tien/: its title, the first three tasks with their gains, and the what-if line, as the page states them. */
export function prioritiesImage(
  site: FrameSite,
  page: { title: string; items: readonly { rank: number; gain: string; title: string; unit: Pick<Unit, 'name'>; stake: { assignment: { indicator: { id: string } } } }[]; whatIf: string; demo: boolean },
): OgPrioritiesImage {
  return {
    kind: 'priorities',
    frame: ogFrame(site, page.demo),
    title: ogText(page.title),
    items: page.items.slice(0, 3).map((item) => ({ gain: item.gain, label: ogText(`${item.stake.assignment.indicator.id} · ${item.unit.name}: ${item.title}`) })),
    whatIf: ogText(page.whatIf),
  };
}
