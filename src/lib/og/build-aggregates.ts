/**
 * Image models of the pages that sum things up: the home page, the plan and
 * each pillar. Their figures are roll-ups, so a change to one unit's data
 * reaches exactly the aggregates it feeds.
 */
import type { Pillar } from '../content/schemas/pillar.ts';
import { formatMonthVi } from '../format/date.ts';
import { formatNumberVi } from '../format/number.ts';
import type { PortalModel } from '../portal/model.ts';
import type { Assignment } from '../progress/rollup.ts';
import { anyDemo, ogCompletion, ogFigure, ogFrame, statusFigures } from './figures.ts';
import type { OgHomeImage, OgPillarImage, OgPlanImage } from './model.ts';
import { ogText } from './text.ts';

function allAssignments(portal: PortalModel): Assignment[] {
  return [...portal.progress.units.values()].flatMap((unit) => unit.assignments);
}

function assignedUnitCount(portal: PortalModel): number {
  return new Set(allAssignments(portal).map((assignment) => assignment.unit.id)).size;
}

/**
 * The home page: the portal's tagline, the city's completion, and the tasks done and overdue.
 * @example
 * homeImage(portal).figures.map((figure) => figure.label); // ['chỉ số', 'nhiệm vụ hoàn thành', 'nhiệm vụ quá hạn']
 */
export function homeImage(portal: PortalModel): OgHomeImage {
  const all = allAssignments(portal);
  return {
    kind: 'home',
    frame: ogFrame(portal.site, anyDemo(all)),
    title: ogText(portal.site.tagline),
    completion: ogCompletion(portal.progress.completion),
    figures: [ogFigure(portal.indicators.length, 'chỉ số'), ...statusFigures(portal.progress.counts)],
  };
}

/**
 * The plan: its title, issuer and month, and the city's completion.
 * @example
 * planImage(portal).issued; // 'Ủy ban nhân dân thành phố Bắc Giang · Tháng 02/2024'
 */
export function planImage(portal: PortalModel): OgPlanImage {
  const plan = portal.plans[0]?.frontmatter;
  const issuedMonth = plan ? formatMonthVi(plan.issuedMonth) : undefined;
  return {
    kind: 'plan',
    frame: ogFrame(portal.site, anyDemo(allAssignments(portal))),
    title: ogText(plan?.title ?? `Kế hoạch năm ${portal.site.year}`),
    issued: ogText([plan?.issuer, issuedMonth && issuedMonth.charAt(0).toLocaleUpperCase('vi') + issuedMonth.slice(1)].filter(Boolean).join(' · ')),
    completion: ogCompletion(portal.progress.completion),
    figures: [
      ogFigure(portal.indicators.length, 'chỉ số'),
      ogFigure(portal.pillars.length, 'trụ cột'),
      ogFigure(assignedUnitCount(portal), 'đơn vị thực hiện'),
    ],
  };
}

/**
 * A pillar: its number, DTI points, name, completion and statuses.
 * @example
 * pillarImage(portal, portal.getPillar(6)!).kicker; // 'Trụ cột 6 · 200 điểm DTI'
 */
export function pillarImage(portal: PortalModel, pillar: Pillar): OgPillarImage {
  const progress = portal.progress.pillars.find((entry) => entry.pillar.id === pillar.id);
  const indicators = portal.indicatorsOf(pillar);
  const assignments = indicators.flatMap((indicator) => portal.progress.indicators.get(indicator.id)?.assignments ?? []);
  return {
    kind: 'pillar',
    frame: ogFrame(portal.site, anyDemo(assignments)),
    kicker: `Trụ cột ${pillar.id} · ${formatNumberVi(pillar.maxPoints)} điểm DTI`,
    title: ogText(pillar.name),
    completion: ogCompletion(progress?.completion),
    figures: [ogFigure(indicators.length, 'chỉ số'), ...(progress ? statusFigures(progress.counts) : [])],
  };
}
