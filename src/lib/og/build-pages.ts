/**
 * Image models of single things: an indicator, a unit, a post, and any
 * other page. Each takes the portal model and returns only what it draws.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import { UNIT_KIND_LABELS } from '../content/schemas/taxonomies.ts';
import type { Unit } from '../content/schemas/unit.ts';
import { toPercent } from '../dashboard/percent.ts';
import { formatDateVi } from '../format/date.ts';
import { targetValueLabel } from '../plan/labels.ts';
import type { PortalModel } from '../portal/model.ts';
import { isFrequency } from '../progress/target.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { anyDemo, ogCompletion, ogFigure, ogFrame, ogStatus } from './figures.ts';
import type { OgIndicatorImage, OgPageImage, OgPostCount, OgPostImage, OgUnitImage } from './model.ts';
import { ogText } from './text.ts';

/** The fields of a published post an image needs. */
export interface OgPostSource {
  slug: string;
  title: string;
  unit: string;
  date: string;
  demo: boolean;
}

/** A built page as the image planner sees it. */
export interface OgPageInfo {
  /** Root-relative, e.g. "/lien-he/". */
  path: string;
  title: string;
  description: string;
}

/**
 * The indicator image: id, title, lead unit(s), status and completion.
 * @example
 * indicatorImage(portal, portal.getIndicator('1.2.1')!).lead; // 'Phòng Văn hóa và Thông tin'
 */
export function indicatorImage(portal: PortalModel, indicator: Indicator): OgIndicatorImage {
  const progress = portal.progress.indicators.get(indicator.id);
  const assignments = progress ? [...progress.assignments, ...progress.children.flatMap((child) => child.assignments)] : [];
  const pillar = portal.getPillarOf(indicator);
  const lead = portal.resolveRefs(indicator.lead).map((ref) => (ref.type === 'unit' ? ref.unit.name : ref.group.name));
  return {
    kind: 'indicator',
    frame: ogFrame(portal.site, anyDemo(assignments)),
    id: indicator.id,
    title: ogText(inlineEmphasisToText(indicator.title)),
    pillar: ogText(`${pillar.id}. ${pillar.name}`),
    lead: ogText(lead.length > 0 ? lead.join(', ') : (indicator.leadText ?? '')),
    status: ogStatus(progress?.status ?? 'not-reported'),
    completion: ogCompletion(progress?.completion),
  };
}

/**
 * A unit's posts against the target of the indicator counted from posts
 * (1.4), read from that indicator's assignment to the unit: its report value
 * is the post count. Undefined when the unit is not assigned that indicator.
 * @example
 * unitPostCount(portal, portal.getUnit('phuong-tran-phu')!);
 * // { indicatorId: '1.4', count: 6, target: 'trên 20 tin, bài', met: false, percent: 30 }
 */
export function unitPostCount(portal: PortalModel, unit: Unit): OgPostCount | undefined {
  const indicator = portal.indicators.find((candidate) => candidate.progressSource === 'posts');
  const assignment = indicator && portal.progress.indicators.get(indicator.id)?.assignments.find((entry) => entry.unit.id === unit.id);
  if (!indicator || !assignment?.target) return undefined;
  const value = assignment.report?.value;
  const count = typeof value === 'number' && !isFrequency(value) ? value : 0;
  return {
    indicatorId: indicator.id,
    count,
    target: ogText(targetValueLabel(assignment.target)),
    met: assignment.attainment?.met ?? false,
    percent: toPercent(assignment.attainment?.ratio ?? 0),
  };
}

/**
 * The unit image: name, kind, completion, its lead assignments done and
 * overdue, and its posts against the 1.4 target.
 * @example
 * unitImage(portal, portal.getUnit('xa-dong-son')!).completion; // { percent: 78.8, label: '78,8%' }
 */
export function unitImage(portal: PortalModel, unit: Unit): OgUnitImage {
  const progress = portal.progress.units.get(unit.id);
  const assignments = progress?.assignments ?? [];
  const posts = unitPostCount(portal, unit);
  return {
    kind: 'unit',
    frame: ogFrame(portal.site, anyDemo(assignments)),
    name: ogText(unit.name),
    kindLabel: UNIT_KIND_LABELS[unit.kind],
    completion: ogCompletion(progress?.completion, 'Không có chỉ số chủ trì'),
    figures: [
      // As the unit page counts them: rows led, parents (1.2, 5.5) included.
      ogFigure(portal.assignmentsOf(unit).lead.length, 'chỉ số chủ trì'),
      ogFigure(progress?.counts.done ?? 0, 'hoàn thành'),
      ogFigure(progress?.counts.overdue ?? 0, 'quá hạn'),
    ],
    ...(posts ? { posts } : {}),
  };
}

/**
 * The post image: headline, publishing unit and date.
 * @example
 * postImage(portal, { slug: 'ra-mat', title: 'Ra mắt chuyên mục', unit: 'phuong-tran-phu', date: '2024-02-05', demo: false }).date; // '05/02/2024'
 */
export function postImage(portal: PortalModel, post: OgPostSource): OgPostImage {
  return {
    kind: 'post',
    frame: ogFrame(portal.site, post.demo),
    title: ogText(post.title),
    unit: ogText(portal.getUnit(post.unit)?.name ?? post.unit),
    date: formatDateVi(post.date),
  };
}

/**
 * Any other page: its own title and description.
 * @example
 * pageImage(portal, { path: '/lien-he/', title: 'Liên hệ', description: 'Địa chỉ, điện thoại' }).kind; // 'page'
 */
export function pageImage(portal: Pick<PortalModel, 'site'>, page: OgPageInfo): OgPageImage {
  return { kind: 'page', frame: ogFrame(portal.site), title: ogText(page.title), description: ogText(page.description) };
}
