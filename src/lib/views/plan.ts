/** The plan's page: /ke-hoach/ (its MDX body is compiled by Astro; everything else comes from here). */
import type { PlanFrontmatter } from '../content/schemas/plan.ts';
import { anyDemo } from '../dashboard/demo.ts';
import { formatMonthVi } from '../format/date.ts';
import { planIssued, planNumberLabel, type PlanIssued } from '../plan/blanks.ts';
import type { PortalModel } from '../portal/model.ts';
import { planSearchMeta } from '../search/portal-meta.ts';
import { appendixTable, type AppendixTableView } from './appendix.ts';
import { allAssignments } from './home.ts';
import { planImage } from './images.ts';
import type { PageView } from './layout.ts';

export interface PlanView extends PageView {
  plan: PlanFrontmatter;
  /** The number and the issue date as the page prints them, a draft's blanks said as such. */
  identity: { number: string; issued: PlanIssued };
  /** Cited documents with their own page, by number, so the legal bases link to them. */
  documentIds: Record<string, string>;
  appendix: AppendixTableView;
}

/** The plan of the plan year (its file), else the first one. */
export function planFile(model: PortalModel): string | undefined {
  const sorted = [...model.plans].sort((a, b) => a.file.localeCompare(b.file));
  return (sorted.find((plan) => plan.frontmatter.issuedMonth.startsWith(String(model.site.year))) ?? sorted[0])?.file;
}

/** @example planView(model).appendix.groups.length; // 8 */
export function planView(model: PortalModel): PlanView {
  const file = planFile(model);
  const plan = model.plans.find((candidate) => candidate.file === file)?.frontmatter;
  if (!plan) throw new Error('Thiếu văn bản Kế hoạch trong content/plan/: cần một tệp .mdx, ví dụ ke-hoach-2024.mdx.');
  const issuedMonth = formatMonthVi(plan.issuedMonth);
  const assigned = new Set(allAssignments(model).map((assignment) => assignment.unit.id)).size;
  return {
    layout: {
      site: model.site,
      title: plan.title,
      description: plan.summary,
      image: planImage(model.site, {
        title: plan.title,
        issued: [plan.issuer, issuedMonth.charAt(0).toLocaleUpperCase('vi') + issuedMonth.slice(1)].filter(Boolean).join(' · '),
        completion: model.progress.completion,
        demo: anyDemo(allAssignments(model)),
        indicatorCount: model.indicators.length,
        pillarCount: model.pillars.length,
        assignedUnitCount: assigned,
      }),
      search: planSearchMeta(plan.title, plan.issuedMonth),
    },
    breadcrumbs: [{ label: 'Kế hoạch' }],
    plan,
    identity: { number: planNumberLabel(plan), issued: planIssued(plan) },
    documentIds: Object.fromEntries(model.documents.map((doc) => [doc.number, doc.id])),
    appendix: { ...appendixTable(model), caption: 'Phụ lục: phân công thực hiện nhiệm vụ chi tiết theo trụ cột' },
  };
}
